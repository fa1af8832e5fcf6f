import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerUserError } from '../../components/useProblems';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { conditionalMediationAvailable, getPasskey, isDeclined, passkeysSupported, type RequestOptionsJSON } from '../../lib/webauthn';
import { BeginPasskeySignInDocument, FinishPasskeySignInDocument } from './passkey.graphql';

/** What the screen answers itself when the person (or the browser) declines the passkey prompt. */
export const declined = { code: 'PASSKEY_DECLINED', field: null, message: '' } as unknown as ServerUserError;

/**
 * A passkey assertion from this browser: options from beginPasskeySignIn
 * (for `login`'s account, or any), then the browser's prompt (or autofill).
 * Resolves to the credential's JSON, or to the userErrors to show (a
 * declined prompt is the code PASSKEY_DECLINED). The second-factor step of
 * a password sign-in sends the credential to verifySecondFactor.
 */
export async function askPasskey(
  login?: string,
  signal?: AbortSignal,
  conditional = false,
): Promise<{ credential: unknown; userErrors?: undefined } | { credential?: undefined; userErrors: readonly ServerUserError[] }> {
  const begin = (await request(BeginPasskeySignInDocument, { input: login ? { login } : {} })).beginPasskeySignIn;
  if (begin.userErrors.length > 0 || !begin.options) return { userErrors: begin.userErrors.length > 0 ? begin.userErrors : [declined] };
  try {
    return { credential: await getPasskey(begin.options as RequestOptionsJSON, signal, conditional) };
  } catch (err) {
    if (isDeclined(err)) return { userErrors: [declined] };
    throw err;
  }
}

/** One passkey sign-in: the assertion, then finishPasskeySignIn. */
async function signInWithPasskey(signal?: AbortSignal, conditional = false) {
  const asked = await askPasskey(undefined, signal, conditional);
  if (asked.userErrors) return { user: null, userErrors: asked.userErrors };
  return (await request(FinishPasskeySignInDocument, { input: { credential: asked.credential } })).finishPasskeySignIn;
}

/**
 * "Sign in with a passkey", and the browser's autofill of passkeys in the
 * login field (conditional mediation: the field's autocomplete says
 * "username webauthn"). A passkey is the whole sign-in: no password after it.
 */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const autofill = useRef<AbortController | null>(null);
  const signedIn = useRef(onSignedIn);
  signedIn.current = onSignedIn;
  const supported = passkeysSupported();

  // Offer passkeys in the login field's autofill while the page is open.
  useEffect(() => {
    if (!supported) return;
    let stopped = false;
    const controller = new AbortController();
    autofill.current = controller;
    conditionalMediationAvailable().then(async (available) => {
      if (!available || stopped) return;
      try {
        const finish = await signInWithPasskey(controller.signal, true);
        if (!stopped && finish.user) signedIn.current();
      } catch {
        // Aborted (the button was pressed, or the page left) or refused:
        // the button and the password stay.
      }
    });
    return () => {
      stopped = true;
      controller.abort();
    };
  }, [supported]);

  if (!supported) return null;

  async function onClick() {
    // One WebAuthn request at a time: the autofill's waiting one goes.
    autofill.current?.abort();
    const done = await submit.run(() => signInWithPasskey(), {
      succeeded: (p) => Boolean(p.user),
      handle: (errors) => {
        if (errors[0]?.code !== declined.code) return false;
        submit.show({}, [{ key: 'signIn.passkeyDeclined' }]);
        return true;
      },
    });
    if (done?.user) signedIn.current();
  }

  return (
    <div className="passkey-sign-in">
      {submit.alert}
      <button type="button" className="button button-secondary" onClick={onClick} aria-disabled={submit.busy || undefined}>
        {submit.busy ? t('signIn.passkeyWaiting') : t('signIn.passkey')}
      </button>
    </div>
  );
}
