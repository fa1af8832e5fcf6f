import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request, RequestError, useQuery } from '../graphql';
import { Dialog } from './Dialog';
import { TextField } from './TextField';
import { useSubmit, type Payload } from './useSubmit';
import { normaliseCode, normaliseRecoveryCode } from '../lib/codes';
import { passkeysSupported } from '../lib/webauthn';
import { askPasskey, declined } from '../pages/SignIn/PasskeySignIn';
import { ReauthenticateDocument, ReauthMethodsDocument } from './reauthenticate.graphql';

const code = 'RECENT_AUTHENTICATION_REQUIRED';

/** Whether an answer (a payload or a failed request) asks for a recent authentication. */
export function needsRecentAuthentication(answer: Payload | unknown): boolean {
  if (answer instanceof RequestError) return answer.code === code;
  const errors = (answer as Partial<Payload> | undefined)?.userErrors;
  return Array.isArray(errors) && errors.some((e) => e.code === code);
}

// The question being asked, if any: the dialog (mounted once, by App)
// shows it and answers it. One at a time: a second action waits for it.
type Question = { answer: (confirmed: boolean) => void };
let question: Question | undefined;
const watchers = new Set<() => void>();
let queue: Promise<unknown> = Promise.resolve();

function ask(): Promise<boolean> {
  // Without the dialog (nothing mounted it), the first answer stands.
  if (watchers.size === 0) return Promise.resolve(false);
  const asked = queue.then(
    () =>
      new Promise<boolean>((resolve) => {
        question = {
          answer: (confirmed) => {
            question = undefined;
            for (const w of watchers) w();
            resolve(confirmed);
          },
        };
        for (const w of watchers) w();
      }),
  );
  queue = asked;
  return asked;
}

/**
 * Sends a sensitive action (removing a second factor, new recovery codes,
 * a new password or email address, an access token, an admin's reset of
 * another person's factors). When the server answers
 * RECENT_AUTHENTICATION_REQUIRED, the dialog asks the person to confirm it
 * is them (their password, a passkey, a code from their authenticator app
 * or a recovery code), then
 * the action is sent again. Cancelling gives the first answer back, so its
 * error is shown where the action was. Use it inside useSubmit's run:
 * `submit.run(() => confirmed(send))`.
 */
export async function confirmed<P extends Payload>(send: () => Promise<P>): Promise<P> {
  let first: P;
  try {
    first = await send();
  } catch (err) {
    if (needsRecentAuthentication(err) && (await ask())) return send();
    throw err;
  }
  if (needsRecentAuthentication(first) && (await ask())) return send();
  return first;
}

/** The re-authentication dialog, when an action asks for it (mounted once, in App). */
export function RecentAuthenticationDialog() {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const watch = () => setVersion((v) => v + 1);
    watchers.add(watch);
    return () => {
      watchers.delete(watch);
    };
  }, []);
  const asked = question;
  if (!asked) return null;
  return <ReauthenticateDialog onDone={(ok) => asked.answer(ok)} />;
}

type Method = 'password' | 'passkey' | 'code' | 'recoveryCode';

function ReauthenticateDialog({ onDone }: { onDone: (confirmed: boolean) => void }) {
  const { t } = useTranslation();
  const ids = { password: 'reauth-password', code: 'reauth-code', recoveryCode: 'reauth-recovery-code' };
  const submit = useSubmit(ids);
  const { data } = useQuery(ReauthMethodsDocument);
  const hasTotp = Boolean(data?.me?.secondFactors.some((f) => f.kind === 'TOTP'));
  const hasPasskey = Boolean(data?.me?.secondFactors.some((f) => f.kind === 'PASSKEY')) && passkeysSupported();
  const hasRecovery = (data?.me?.recoveryCodesLeft ?? 0) > 0;
  const [method, setMethod] = useState<Method>('password');
  const [values, setValues] = useState<Record<Exclude<Method, 'passkey'>, string>>({ password: '', code: '', recoveryCode: '' });
  const inputs = {
    password: useRef<HTMLInputElement>(null),
    passkey: useRef<HTMLButtonElement>(null),
    code: useRef<HTMLInputElement>(null),
    recoveryCode: useRef<HTMLInputElement>(null),
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.busy) return;
    const input =
      method === 'password'
        ? { password: values.password }
        : method === 'code'
          ? { code: normaliseCode(values.code) }
          : method === 'recoveryCode'
            ? { recoveryCode: normaliseRecoveryCode(values.recoveryCode) }
            : {};
    const send = async () => {
      if (method !== 'passkey') return (await request(ReauthenticateDocument, { input })).reauthenticate;
      // A passkey of this person: options from beginPasskeySignIn (kept
      // in this browser's session), then reauthenticate checks it.
      const asked = await askPasskey();
      if (asked.userErrors) return { userErrors: asked.userErrors };
      return (await request(ReauthenticateDocument, { input: { credential: asked.credential } })).reauthenticate;
    };
    const done = await submit.run(send, {
      check: () => {
        if (method === 'passkey') return {};
        if (method === 'password') return input.password ? {} : { password: { key: 'password.currentRequired' } };
        if (method === 'recoveryCode') return input.recoveryCode ? {} : { recoveryCode: { key: 'secondFactor.recoveryCodeRequired' } };
        if (!input.code) return { code: { key: 'secondFactor.codeRequired' } };
        return /^\d{6}$/.test(input.code) ? {} : { code: { key: 'secondFactor.codeFormat' } };
      },
      fieldFor: () => (method === 'passkey' ? undefined : method),
      handle: (errors) => {
        setValues({ password: '', code: '', recoveryCode: '' });
        if (errors[0]?.code !== declined.code) return false;
        submit.show({}, [{ key: 'reauth.passkeyDeclined' }]);
        return true;
      },
    });
    if (done) onDone(true);
  }

  function switchTo(m: Method) {
    submit.clear();
    setMethod(m);
    requestAnimationFrame(() => inputs[m].current?.focus());
  }

  const set = (m: Method) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [m]: e.target.value }));
  const others = (['password', 'passkey', 'code', 'recoveryCode'] as const).filter(
    (m) => m !== method && (m === 'password' || (m === 'passkey' && hasPasskey) || (m === 'code' && hasTotp) || (m === 'recoveryCode' && hasRecovery)),
  );
  const switchLabel = { password: t('reauth.usePassword'), passkey: t('reauth.usePasskey'), code: t('reauth.useCode'), recoveryCode: t('reauth.useRecoveryCode') };
  const intro = { password: t('reauth.introPassword'), passkey: t('reauth.introPasskey'), code: t('reauth.introCode'), recoveryCode: t('reauth.introRecoveryCode') };

  return (
    <Dialog title={t('reauth.title')} onClose={() => onDone(false)}>
      <p>{intro[method]}</p>
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        {method === 'password' && (
          <TextField
            key="password"
            ref={inputs.password}
            id={ids.password}
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={values.password}
            error={submit.fieldError('password')}
            onChange={set('password')}
          />
        )}
        {method === 'code' && (
          <TextField
            key="code"
            ref={inputs.code}
            id={ids.code}
            label={t('secondFactor.code')}
            hint={t('secondFactor.codeHint')}
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            value={values.code}
            error={submit.fieldError('code')}
            onChange={set('code')}
          />
        )}
        {method === 'recoveryCode' && (
          <TextField
            key="recoveryCode"
            ref={inputs.recoveryCode}
            id={ids.recoveryCode}
            label={t('secondFactor.recoveryCode')}
            hint={t('secondFactor.recoveryCodeHint')}
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            value={values.recoveryCode}
            error={submit.fieldError('recoveryCode')}
            onChange={set('recoveryCode')}
          />
        )}
        {others.map((m) => (
          <p key={m}>
            <button type="button" className="link-button" onClick={() => switchTo(m)}>
              {switchLabel[m]}
            </button>
          </p>
        ))}
        <div className="actions">
          {method === 'passkey' ? (
            <button key="passkey" ref={inputs.passkey} type="submit" className="button" aria-disabled={submit.busy || undefined}>
              {submit.busy ? t('secondFactor.passkeyWaiting') : t('reauth.confirmPasskey')}
            </button>
          ) : (
            <button key="confirm" type="submit" className="button" aria-disabled={submit.busy || undefined}>
              {submit.busy ? t('app.working') : t('reauth.confirm')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
