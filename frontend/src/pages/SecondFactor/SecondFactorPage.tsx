import { useRef, useState, type FormEvent } from 'react';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { safeNext } from '../../lib/next';
import { paths } from '../../routes';
import { useViewer } from '../../viewer';
import { clearPendingMethods, pendingMethods } from './pending';
import { VerifySecondFactorDocument } from './secondFactor.graphql';
import { normaliseCode, normaliseRecoveryCode } from '../../lib/codes';

type Mode = 'code' | 'recovery';

const ids = { code: 'second-factor-code', recoveryCode: 'second-factor-recovery-code' };

/** Where a finished sign-in goes: the password change first when it is due, else ?next= or home. */
export function afterSignIn(next: string | undefined, mustChangePassword: boolean): string {
  if (mustChangePassword) return `${paths.changePassword}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  return next ?? paths.home;
}

/**
 * The second step of signing in, once the password was right for an
 * account with a second factor: a code from the authenticator app, or one
 * of the recovery codes. The server holds the pending sign-in (bound to
 * this browser, short-lived, single-use); this screen only finishes it.
 */
export default function SecondFactorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('secondFactor.title'));
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const { viewer, loading, reload } = useViewer();
  const [methods] = useState(pendingMethods);
  const hasTotp = !methods || methods.includes('TOTP');
  const [mode, setMode] = useState<Mode>(hasTotp ? 'code' : 'recovery');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [done, setDone] = useState(false);
  // The pending sign-in is gone (expired, used, or ended): only starting again helps.
  const [startAgain, setStartAgain] = useState(false);
  const submit = useSubmit(ids);
  const codeInput = useRef<HTMLInputElement>(null);
  const recoveryInput = useRef<HTMLInputElement>(null);
  const signInAgain = `${paths.signIn}${next ? `?next=${encodeURIComponent(next)}` : ''}`;

  if (viewer && !loading && !done) return <Redirect to={afterSignIn(next, viewer.mustChangePassword)} replace />;

  function switchTo(m: Mode) {
    submit.clear();
    setMode(m);
    // The field appears on this render; focus it on the next frame.
    requestAnimationFrame(() => (m === 'code' ? codeInput : recoveryInput).current?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.busy) return;
    const input = mode === 'code' ? { code: normaliseCode(code) } : { recoveryCode: normaliseRecoveryCode(recoveryCode) };
    const verified = await submit.run(async () => (await request(VerifySecondFactorDocument, { input })).verifySecondFactor, {
      check: () => {
        if (mode === 'code') {
          if (!input.code) return { code: { key: 'secondFactor.codeRequired' } };
          if (!/^\d{6}$/.test(input.code)) return { code: { key: 'secondFactor.codeFormat' } };
        } else if (!input.recoveryCode) return { recoveryCode: { key: 'secondFactor.recoveryCodeRequired' } };
        return {};
      },
      succeeded: (p) => Boolean(p.user),
      // A wrong code is about the field shown, whatever path the server gives.
      fieldFor: () => (mode === 'code' ? 'code' : 'recoveryCode'),
      handle: (errors) => {
        setCode('');
        setRecoveryCode('');
        // The pending sign-in expired (a few minutes), was completed, or was ended.
        if (errors.some((e) => e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID')) {
          submit.show({}, [{ key: 'secondFactor.expired' }]);
          setStartAgain(true);
          return true;
        }
        if (errors.some((e) => e.code === 'ACCOUNT_LOCKED')) {
          submit.show({}, [{ key: 'secondFactor.locked' }]);
          setStartAgain(true);
          return true;
        }
        return false;
      },
    });
    if (!verified?.user) return;
    clearPendingMethods();
    setDone(true);
    reload();
    navigate(afterSignIn(next, verified.mustChangePassword), { replace: true });
  }

  return (
    <div className="narrow">
      <PageHeading>{t('secondFactor.title')}</PageHeading>
      <p>{mode === 'code' ? t('secondFactor.introCode') : t('secondFactor.introRecovery')}</p>
      {submit.summary}
      {startAgain ? (
        <p>
          <Link href={signInAgain}>{t('secondFactor.startAgain')}</Link>
        </p>
      ) : (
        <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
          {mode === 'code' ? (
            <TextField
              key="code"
              ref={codeInput}
              id={ids.code}
              name="code"
              label={t('secondFactor.code')}
              hint={t('secondFactor.codeHint')}
              error={submit.fieldError('code')}
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={7}
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          ) : (
            <TextField
              key="recovery"
              ref={recoveryInput}
              id={ids.recoveryCode}
              name="recovery-code"
              label={t('secondFactor.recoveryCode')}
              hint={t('secondFactor.recoveryCodeHint')}
              error={submit.fieldError('recoveryCode')}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              value={recoveryCode}
              onChange={(e) => setRecoveryCode(e.target.value)}
            />
          )}
          <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
            {submit.busy ? t('secondFactor.verifying') : t('secondFactor.verify')}
          </button>
        </form>
      )}
      <div className="aside">
        {!startAgain && hasTotp && (
          <p>
            <button type="button" className="link-button" onClick={() => switchTo(mode === 'code' ? 'recovery' : 'code')}>
              {mode === 'code' ? t('secondFactor.useRecoveryCode') : t('secondFactor.useCode')}
            </button>
          </p>
        )}
        <p>
          <Link href={signInAgain}>{t('secondFactor.cancel')}</Link>
        </p>
      </div>
    </div>
  );
}
