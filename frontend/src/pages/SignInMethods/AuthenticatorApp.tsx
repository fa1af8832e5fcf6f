import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';
import { confirmed } from '../../components/RecentAuthentication';
import { Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { groupSecret, svgDataUrl } from '../../lib/totp';
import { normaliseCode } from '../../lib/codes';
import { RecoveryCodesOnce } from './RecoveryCodesOnce';
import { ConfirmTotpDocument, EnrollTotpDocument } from './signInMethods.graphql';
import type { Methods } from './types';

type Enrolment = { secret: string; otpauthUrl: string; qrCodeSvg?: string | null };

/**
 * Adding an authenticator app: the server makes a secret (shown as its QR
 * code and as text, to type in), the person enters the app's first code,
 * and only then is the app added. The first second factor comes with ten
 * recovery codes, shown once.
 */
export function AuthenticatorApp({ me, onChanged, onFinished }: { me: Methods; onChanged: () => void; onFinished?: () => void }) {
  const { t } = useTranslation();
  const start = useSubmit();
  const ids = { code: 'totp-code' };
  const submit = useSubmit(ids);
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<readonly string[]>();
  const [added, setAdded] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const hasTotp = me.secondFactors.some((f) => f.kind === 'TOTP');

  useEffect(() => {
    if (enrolment) stepHeading.current?.focus();
  }, [enrolment]);

  async function begin() {
    if (start.busy) return;
    setAdded(false);
    const begun = await start.run(async () => confirmed(async () => (await request(EnrollTotpDocument)).enrollTotp), {
      succeeded: (p) => Boolean(p.secret),
    });
    if (begun?.secret) setEnrolment({ secret: begun.secret, otpauthUrl: begun.otpauthUrl ?? '', qrCodeSvg: begun.qrCodeSvg });
  }

  async function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = normaliseCode(code);
    const done = await submit.run(async () => (await request(ConfirmTotpDocument, { input: { code: typed } })).confirmTotp, {
      check: () => {
        if (!typed) return { code: { key: 'secondFactor.codeRequired' } };
        if (!/^\d{6}$/.test(typed)) return { code: { key: 'secondFactor.codeFormat' } };
        return {};
      },
      fieldFor: () => 'code',
      handle: () => setCode(''),
    });
    if (!done) return;
    setEnrolment(undefined);
    setCode('');
    if (done.recoveryCodes.length > 0) setCodes(done.recoveryCodes);
    else {
      setAdded(true);
      onFinished?.();
    }
    onChanged();
  }

  if (codes) {
    return (
      <RecoveryCodesOnce
        codes={codes}
        account={me.email}
        onDone={() => {
          setCodes(undefined);
          setAdded(true);
          onFinished?.();
        }}
      />
    );
  }

  if (enrolment) {
    return (
      <div className="panel enrolment" role="region" aria-labelledby="totp-enrol-title">
        <h3 id="totp-enrol-title" ref={stepHeading} tabIndex={-1}>
          {t('totp.enrolTitle')}
        </h3>
        <ol className="steps">
          <li>
            <p>{t('totp.stepInstall')}</p>
          </li>
          <li>
            <p>{t('totp.stepScan')}</p>
            {enrolment.qrCodeSvg && (
              <img className="qr-code" src={svgDataUrl(enrolment.qrCodeSvg)} alt={t('totp.qrAlt')} width={200} height={200} />
            )}
            <p>{t('totp.manual')}</p>
            <code className="secret">{groupSecret(enrolment.secret)}</code>
            <p className="actions">
              <CopyButton text={enrolment.secret} label={t('totp.copySecret')} />
            </p>
          </li>
          <li>
            <p>{t('totp.stepCode')}</p>
            {submit.summary}
            <form noValidate onSubmit={onConfirm} aria-busy={submit.busy || undefined}>
              <TextField
                id={ids.code}
                name="code"
                label={t('secondFactor.code')}
                hint={t('secondFactor.codeHint')}
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9 ]*"
                maxLength={7}
                spellCheck={false}
                value={code}
                error={submit.fieldError('code')}
                onChange={(e) => setCode(e.target.value)}
              />
              <div className="actions">
                <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
                  {submit.busy ? t('app.working') : t('totp.confirm')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    submit.clear();
                    setEnrolment(undefined);
                    setCode('');
                  }}
                >
                  {t('app.cancel')}
                </button>
              </div>
            </form>
          </li>
        </ol>
      </div>
    );
  }

  return (
    <>
      {added && <Notice>{t('totp.added')}</Notice>}
      {start.alert}
      {hasTotp ? (
        <p>{t('totp.enrolled')}</p>
      ) : (
        <>
          <p>{t('totp.intro')}</p>
          <button type="button" className="button" aria-disabled={start.busy || undefined} onClick={begin}>
            {start.busy ? t('app.working') : t('totp.add')}
          </button>
        </>
      )}
    </>
  );
}
