import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { takeFlash } from '../../components/flash';
import { PageHeading } from '../../components/PageHeading';
import { Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSubmit } from '../../components/useSubmit';
import { useChallenge } from '../../components/useChallenge';
import { request } from '../../graphql';
import { safeNext } from '../../lib/next';
import { paths } from '../../routes';
import { useViewer } from '../../viewer';
import { RequestResetDocument } from '../../components/requestReset.graphql';
import { setPendingMethods } from '../SecondFactor/pending';
import { SecondFactorLocked } from '../SecondFactor/SecondFactorLocked';
import { SignInDocument } from './signIn.graphql';
import { PasskeySignIn } from './PasskeySignIn';
import { signInFields, validateSignIn, type SignInField, type SignInValues } from './validate';

const fieldIds: Record<SignInField, string> = { login: 'sign-in-login', password: 'sign-in-password' };

/**
 * The account is locked: say why, and offer to email a link to create a
 * new password ("Yes, create my password") to the address on the account.
 */
function LockedAccount({ login }: { login: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [sent, setSent] = useState(false);
  const submit = useSubmit();
  const challenge = useChallenge();
  useEffect(() => ref.current?.focus(), []);

  async function send() {
    if (sent) return;
    const sendReset = () =>
      challenge.send(async (solution) => (await request(RequestResetDocument, { input: { login, challenge: solution } })).requestReset);
    if (await submit.run(sendReset)) setSent(true);
  }

  return (
    <div className="notice notice-warning locked" ref={ref} tabIndex={-1} role="alert" aria-labelledby="locked-title">
      <h2 id="locked-title">{t('locked.title')}</h2>
      {sent ? (
        <div role="status">
          <p>
            <strong>{t('locked.sent')}</strong>
          </p>
          <p>{t('forgotPassword.checkSpam')}</p>
        </div>
      ) : (
        <>
          <p>{t('locked.body')}</p>
          <p>{t('locked.question')}</p>
          {submit.message && <p className="field-error">{submit.message}</p>}
          {challenge.status}
          <button type="button" className="button" onClick={send} aria-disabled={submit.busy || undefined}>
            {submit.busy ? t('app.sending') : t('locked.confirm')}
          </button>
        </>
      )}
    </div>
  );
}

export default function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const [, navigate] = useLocation();
  const search = useSearch();
  const next = safeNext(new URLSearchParams(search).get('next'));
  const { viewer, loading, reload } = useViewer();
  const helpId = useId();

  const [values, setValues] = useState<SignInValues>({ login: '', password: '' });
  const submit = useSubmit(fieldIds);
  const challenge = useChallenge();
  const [locked, setLocked] = useState<string>();
  // The password was right but the second factor's codes are locked: when it lifts (or null when not said).
  const [codesLocked, setCodesLocked] = useState<{ until: string | null }>();
  const [helpOpen, setHelpOpen] = useState(false);
  const [done, setDone] = useState(false);
  // A message left by the page before (the account was deleted).
  const [flash] = useState(takeFlash);

  if (viewer && !loading && !done) {
    return <Redirect to={viewer.mustChangePassword ? paths.changePassword : (next ?? paths.home)} replace />;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.busy) return;
    setLocked(undefined);
    setCodesLocked(undefined);
    const login = values.login.trim();
    const signIn = await submit.run(
      () =>
        challenge.send(
          async (solution) =>
            (await request(SignInDocument, { input: { login, password: values.password, challenge: solution } })).signIn,
        ),
      {
        check: () => {
          const invalid = validateSignIn(values);
          const fields: Partial<Record<SignInField, { key: string }>> = {};
          for (const f of signInFields) {
            const key = invalid[f];
            if (key) fields[f] = { key };
          }
          return fields;
        },
        // A right password for an account with a second factor: no session yet, the second step comes next.
        succeeded: (p) => Boolean(p.user) || p.secondFactorRequired,
        handle: (errors, payload) => {
          setValues((v) => ({ ...v, password: '' }));
          // Not the account's lock: a password reset would not help, so none is offered.
          if (errors.some((e) => e.code === 'SECOND_FACTOR_LOCKED')) {
            submit.clear();
            setCodesLocked({ until: payload.secondFactorLockedUntil ?? null });
            return true;
          }
          if (!errors.some((e) => e.code === 'ACCOUNT_LOCKED')) return false;
          submit.clear();
          setLocked(login);
          return true;
        },
      },
    );
    if (!signIn) return;
    if (signIn.secondFactorRequired) {
      setPendingMethods(signIn.secondFactorMethods);
      navigate(`${paths.secondFactor}${next ? `?next=${encodeURIComponent(next)}` : ''}`);
      return;
    }
    setDone(true);
    reload();
    if (signIn.mustChangePassword) {
      navigate(`${paths.changePassword}${next ? `?next=${encodeURIComponent(next)}` : ''}`, { replace: true });
    } else {
      navigate(next ?? paths.home, { replace: true });
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      {flash && (
        <Notice>
          <p>{t(flash.key as 'leave.deleted', flash.values)}</p>
        </Notice>
      )}
      {submit.summary}
      {challenge.status}
      {locked && <LockedAccount key={locked} login={locked} />}
      {codesLocked && <SecondFactorLocked key={codesLocked.until ?? ''} until={codesLocked.until} />}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <TextField
          id={fieldIds.login}
          name="login"
          label={t('signIn.login')}
          error={submit.fieldError('login')}
          type="text"
          autoComplete="username webauthn"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={values.login}
          onChange={(e) => setValues((v) => ({ ...v, login: e.target.value }))}
        />
        <TextField
          id={fieldIds.password}
          name="password"
          label={t('signIn.password')}
          error={submit.fieldError('password')}
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
        />
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <PasskeySignIn
        onSignedIn={() => {
          setDone(true);
          reload();
          navigate(next ?? paths.home, { replace: true });
        }}
      />
      <div className="aside">
        <button
          type="button"
          className="link-button"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen((o) => !o)}
        >
          {t('signIn.cantSignIn')}
        </button>
        <ul id={helpId} className="help-links" hidden={!helpOpen}>
          <li>
            <Link href={paths.forgotPassword}>{t('signIn.forgotPassword')}</Link>
          </li>
          <li>
            <Link href={paths.forgotUsername}>{t('signIn.forgotUsername')}</Link>
          </li>
        </ul>
        <p>
          {t('signIn.noAccount')} <Link href={paths.signUp}>{t('signIn.signUp')}</Link>
        </p>
      </div>
    </div>
  );
}
