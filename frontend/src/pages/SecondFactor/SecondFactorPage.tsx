import { useRef, useState, type FormEvent } from 'react';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Notice } from '../../components/Status';
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
import { passkeysSupported } from '../../lib/webauthn';
import { askPasskey, declined } from '../SignIn/PasskeySignIn';
import { SecondFactorLocked } from './SecondFactorLocked';

type Mode = 'passkey' | 'code' | 'recovery';

/**
 * The ways the screen offers, first the one it opens with: a passkey when
 * the account has one (and this browser can use it), then the
 * authenticator app's code, then a recovery code (always: the server
 * decides). Without the sign-in page's word (a reload), the code comes
 * first and a passkey is offered too.
 */
export function secondFactorModes(methods: readonly string[] | undefined, canUsePasskeys: boolean): Mode[] {
  if (!methods) return canUsePasskeys ? ['code', 'passkey', 'recovery'] : ['code', 'recovery'];
  const modes: Mode[] = [];
  if (methods.includes('PASSKEY') && canUsePasskeys) modes.push('passkey');
  if (methods.includes('TOTP')) modes.push('code');
  modes.push('recovery');
  return modes;
}

const ids = { code: 'second-factor-code', recoveryCode: 'second-factor-recovery-code' };

/** Where a finished sign-in goes: the password change first when it is due, else ?next= or home. */
export function afterSignIn(next: string | undefined, mustChangePassword: boolean): string {
  if (mustChangePassword) return `${paths.changePassword}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  return next ?? paths.home;
}

/**
 * The second step of signing in, once the password was right for an
 * account with a second factor: a passkey, a code from the authenticator
 * app, or one of the recovery codes. The server holds the pending sign-in
 * (bound to this browser, short-lived, single-use); this screen only
 * finishes it.
 */
export default function SecondFactorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('secondFactor.title'));
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const { viewer, loading, reload } = useViewer();
  const [methods] = useState(pendingMethods);
  const [modes] = useState(() => secondFactorModes(methods, passkeysSupported()));
  // A passkey this browser cannot use: said, so that the recovery code is not a surprise.
  const passkeyUnusable = Boolean(methods?.includes('PASSKEY')) && !modes.includes('passkey');
  const [mode, setMode] = useState<Mode>(modes[0]);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [done, setDone] = useState(false);
  // The pending sign-in is gone (expired, used, or ended): only starting again helps.
  const [startAgain, setStartAgain] = useState(false);
  // Too many wrong codes: when the lock lifts (null when not said). A passkey still completes the sign-in.
  const [codesLocked, setCodesLocked] = useState<{ until: string | null }>();
  const submit = useSubmit(ids);
  const codeInput = useRef<HTMLInputElement>(null);
  const recoveryInput = useRef<HTMLInputElement>(null);
  const passkeyButton = useRef<HTMLButtonElement>(null);
  const signInAgain = `${paths.signIn}${next ? `?next=${encodeURIComponent(next)}` : ''}`;

  const switchLabel = { passkey: t('secondFactor.usePasskeyInstead'), code: t('secondFactor.useCode'), recovery: t('secondFactor.useRecoveryCode') };

  if (viewer && !loading && !done) return <Redirect to={afterSignIn(next, viewer.mustChangePassword)} replace />;

  function switchTo(m: Mode) {
    submit.clear();
    setMode(m);
    // The field (or button) appears on this render; focus it on the next frame.
    requestAnimationFrame(() => (m === 'code' ? codeInput : m === 'recovery' ? recoveryInput : passkeyButton).current?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.busy) return;
    const input = mode === 'code' ? { code: normaliseCode(code) } : mode === 'recovery' ? { recoveryCode: normaliseRecoveryCode(recoveryCode) } : {};
    const verified = await submit.run(
      async () => {
        if (mode === 'passkey') {
          // The assertion (options from beginPasskeySignIn in this browser,
          // whose state the server keeps with the pending sign-in), then
          // verifySecondFactor checks it is a passkey of this account.
          const asked = await askPasskey();
          if (asked.userErrors) return { user: null, mustChangePassword: false, secondFactorLockedUntil: null, userErrors: asked.userErrors };
          return (await request(VerifySecondFactorDocument, { input: { credential: asked.credential } })).verifySecondFactor;
        }
        return (await request(VerifySecondFactorDocument, { input })).verifySecondFactor;
      },
      {
        check: () => {
          if (mode === 'passkey') return {};
          if (mode === 'code') {
            if (!input.code) return { code: { key: 'secondFactor.codeRequired' } };
            if (!/^\d{6}$/.test(input.code)) return { code: { key: 'secondFactor.codeFormat' } };
          } else if (!input.recoveryCode) return { recoveryCode: { key: 'secondFactor.recoveryCodeRequired' } };
          return {};
        },
        succeeded: (p) => Boolean(p.user),
        // A wrong code is about the field shown, whatever path the server gives.
        fieldFor: () => (mode === 'code' ? 'code' : mode === 'recovery' ? 'recoveryCode' : undefined),
        handle: (errors, payload) => {
          setCode('');
          setRecoveryCode('');
          if (errors[0]?.code === declined.code) {
            submit.show({}, [{ key: 'secondFactor.passkeyDeclined' }]);
            return true;
          }
          // The pending sign-in expired (a few minutes), was completed, or was ended.
          if (errors.some((e) => e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID')) {
            submit.show({}, [{ key: 'secondFactor.expired' }]);
            setStartAgain(true);
            return true;
          }
          if (errors.some((e) => e.code === 'SECOND_FACTOR_LOCKED')) {
            submit.clear();
            setCodesLocked({ until: payload.secondFactorLockedUntil ?? null });
            // Codes wait for the lock; a passkey does not, so it stays on offer when the account has one.
            if (modes.includes('passkey')) setMode('passkey');
            else setStartAgain(true);
            return true;
          }
          // An administrator locked the account meanwhile: said as such, and only starting again is left.
          if (errors.some((e) => e.code === 'ACCOUNT_LOCKED')) setStartAgain(true);
          return false;
        },
      },
    );
    if (!verified?.user) return;
    clearPendingMethods();
    setDone(true);
    reload();
    navigate(afterSignIn(next, verified.mustChangePassword), { replace: true });
  }

  return (
    <div className="narrow">
      <PageHeading>{t('secondFactor.title')}</PageHeading>
      <p>{mode === 'code' ? t('secondFactor.introCode') : mode === 'passkey' ? t('secondFactor.introPasskey') : t('secondFactor.introRecovery')}</p>
      {passkeyUnusable && (
        <Notice tone="info">
          <p>{t('secondFactor.passkeyUnsupported')}</p>
        </Notice>
      )}
      {codesLocked && <SecondFactorLocked key={codesLocked.until ?? ''} until={codesLocked.until} passkeyHere={mode === 'passkey' && !startAgain} />}
      {submit.summary}
      {startAgain ? (
        <p>
          <Link href={signInAgain}>{t('secondFactor.startAgain')}</Link>
        </p>
      ) : (
        <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
          {mode === 'passkey' ? null : mode === 'code' ? (
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
          {mode === 'passkey' ? (
            <button key="passkey" ref={passkeyButton} type="submit" className="button" aria-disabled={submit.busy || undefined}>
              {submit.busy ? t('secondFactor.passkeyWaiting') : t('secondFactor.usePasskey')}
            </button>
          ) : (
            <button key="verify" type="submit" className="button" aria-disabled={submit.busy || undefined}>
              {submit.busy ? t('secondFactor.verifying') : t('secondFactor.verify')}
            </button>
          )}
        </form>
      )}
      <div className="aside">
        {!startAgain &&
          modes
            .filter((m) => m !== mode && !(codesLocked && m !== 'passkey'))
            .map((m) => (
              <p key={m}>
                <button type="button" className="link-button" onClick={() => switchTo(m)}>
                  {switchLabel[m]}
                </button>
              </p>
            ))}
        <p>
          <Link href={signInAgain}>{t('secondFactor.cancel')}</Link>
        </p>
      </div>
    </div>
  );
}
