import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';
import { afterSignIn, secondFactorModes } from './SecondFactorPage';
import { normaliseCode } from '../../lib/codes';
import { formatDateTime } from '../../i18n/format';

const alice = { id: 'u1', name: 'Alice Example', email: 'alice@example.com', username: 'alice', role: 'USER', locale: 'en', mustChangePassword: false };
const home = { me: { ...alice, createdAt: '2024-03-05T14:30:00Z', lastSignInAt: null } };

const needsCode = {
  signIn: {
    user: null,
    mustChangePassword: false,
    secondFactorRequired: true,
    secondFactorMethods: ['TOTP', 'RECOVERY_CODE'],
    userErrors: [],
  },
};

/** A server where alice's password is right and her account has an authenticator app (or the methods given). */
function server(verify: (input: Record<string, unknown>) => unknown, person = alice, methods = needsCode.signIn.secondFactorMethods) {
  let signedIn = false;
  const s = fakeServer({
    Viewer: () => ({ me: signedIn ? person : null }),
    Home: () => home,
    SignIn: { signIn: { ...needsCode.signIn, secondFactorMethods: methods } },
    BeginPasskeySignIn: { beginPasskeySignIn: { options: { challenge: 'AQID', rpId: 'localhost' }, userErrors: [] } },
    VerifySecondFactor: ({ input }: Record<string, unknown>) => {
      const answer = verify(input as Record<string, unknown>) as { verifySecondFactor: { user: unknown } };
      if (answer.verifySecondFactor.user) signedIn = true;
      return answer;
    },
  });
  return s;
}

const ok = (mustChangePassword = false) => ({ verifySecondFactor: { user: { id: 'u1' }, mustChangePassword, userErrors: [] } });
const locked = (until: string) => ({
  verifySecondFactor: { user: null, mustChangePassword: false, secondFactorLockedUntil: until, userErrors: [{ code: 'SECOND_FACTOR_LOCKED', field: null, message: 'locked' }] },
});
const refused = (code: string) => ({ verifySecondFactor: { user: null, mustChangePassword: false, userErrors: [{ code, field: ['input', 'code'], message: 'no' }] } });

async function signInWithPassword(path = '/sign-in') {
  const app = renderApp(path);
  await app.user.type(screen.getByLabelText(en.signIn.login), 'alice');
  await app.user.type(screen.getByLabelText(en.signIn.password), 'Correct-Horse-9');
  await app.user.click(screen.getByRole('button', { name: en.signIn.submit }));
  await screen.findByRole('heading', { level: 1, name: en.secondFactor.title });
  return app;
}

describe('normaliseCode', () => {
  it('drops the spaces of "123 456" and of a paste', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('12\t34 56')).toBe('123456');
  });
});

describe('afterSignIn', () => {
  it('goes to ?next=, home, or the password change first', () => {
    expect(afterSignIn('/profile', false)).toBe('/profile');
    expect(afterSignIn(undefined, false)).toBe('/');
    expect(afterSignIn('/profile', true)).toBe('/change-password?next=%2Fprofile');
    expect(afterSignIn(undefined, true)).toBe('/change-password');
  });
});

describe('secondFactorModes', () => {
  it('opens with a passkey when the account has one and the browser can, then the code, then a recovery code', () => {
    expect(secondFactorModes(['PASSKEY', 'RECOVERY_CODE'], true)).toEqual(['passkey', 'recovery']);
    expect(secondFactorModes(['TOTP', 'PASSKEY', 'RECOVERY_CODE'], true)).toEqual(['passkey', 'code', 'recovery']);
    expect(secondFactorModes(['TOTP', 'RECOVERY_CODE'], true)).toEqual(['code', 'recovery']);
    expect(secondFactorModes(['PASSKEY', 'RECOVERY_CODE'], false)).toEqual(['recovery']);
    // After a reload the sign-in page's word is gone: the server decides.
    expect(secondFactorModes(undefined, true)).toEqual(['code', 'passkey', 'recovery']);
    expect(secondFactorModes(undefined, false)).toEqual(['code', 'recovery']);
  });
});

/** A browser with WebAuthn whose get() answers with `answer` (or throws it). */
function browserWithPasskeys(answer: unknown) {
  const get = vi.fn(async () => {
    if (answer instanceof Error || answer instanceof DOMException) throw answer;
    return answer;
  });
  vi.stubGlobal('PublicKeyCredential', class {});
  Object.defineProperty(navigator, 'credentials', { value: { create: vi.fn(), get }, configurable: true });
  return get;
}

describe('the second step with a passkey', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Object.defineProperty(navigator, 'credentials', { value: undefined, configurable: true });
  });

  it('offers the passkey first to an account with only a passkey and recovery codes, and sends its assertion', async () => {
    const assertion = { id: 'AQ', type: 'public-key', response: { clientDataJSON: 'e30' } };
    const get = browserWithPasskeys({ toJSON: () => assertion });
    const s = server(() => ok(), alice, ['PASSKEY', 'RECOVERY_CODE']);
    const { user, location } = await signInWithPassword('/sign-in?next=%2Fprofile');
    expect(screen.getByText(en.secondFactor.introPasskey)).toBeTruthy();
    expect(screen.queryByLabelText(en.secondFactor.code)).toBeNull();
    expect(screen.queryByRole('button', { name: en.secondFactor.useCode })).toBeNull();
    expect(screen.getByRole('button', { name: en.secondFactor.useRecoveryCode })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: en.secondFactor.usePasskey }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/profile'));
    expect(get).toHaveBeenCalledOnce();
    // Options for any passkey of the site: the server checks it is one of this account's.
    expect(s.sent('BeginPasskeySignIn')[0].variables).toEqual({ input: {} });
    expect(s.sent('VerifySecondFactor')[0].variables).toEqual({ input: { credential: assertion } });
  });

  it('says so when the passkey prompt is closed, sends nothing, and lets the person use a recovery code', async () => {
    browserWithPasskeys(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
    const s = server(() => ok(), alice, ['PASSKEY', 'RECOVERY_CODE']);
    const { user, location } = await signInWithPassword();
    await user.click(screen.getByRole('button', { name: en.secondFactor.usePasskey }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(en.secondFactor.passkeyDeclined);
    expect(s.sent('VerifySecondFactor')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: en.secondFactor.useRecoveryCode }));
    await user.type(await screen.findByLabelText(en.secondFactor.recoveryCode), 'abcde-12345');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/'));
    expect(s.sent('VerifySecondFactor')[0].variables).toEqual({ input: { recoveryCode: 'abcde-12345' } });
  });

  it('keeps the passkey on offer when the codes are locked, and completes the sign-in with it', async () => {
    const assertion = { id: 'AQ', type: 'public-key', response: { clientDataJSON: 'e30' } };
    browserWithPasskeys({ toJSON: () => assertion });
    const s = server((input) => (input.credential ? ok() : locked('2026-12-03T11:05:00Z')), alice, ['TOTP', 'PASSKEY', 'RECOVERY_CODE']);
    const { user, location } = await signInWithPassword();
    await user.click(screen.getByRole('button', { name: en.secondFactor.useCode }));
    await user.type(await screen.findByLabelText(en.secondFactor.code), '111111');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    const alert = await screen.findByRole('alert', { name: en.secondFactorLocked.title });
    expect(alert.textContent).toContain(en.secondFactorLocked.passkeyHere);
    // Codes wait for the lock: only the passkey is offered.
    expect(screen.queryByLabelText(en.secondFactor.code)).toBeNull();
    expect(screen.queryByRole('button', { name: en.secondFactor.useCode })).toBeNull();
    expect(screen.queryByRole('button', { name: en.secondFactor.useRecoveryCode })).toBeNull();
    await user.click(screen.getByRole('button', { name: en.secondFactor.usePasskey }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/'));
    expect(s.sent('VerifySecondFactor').at(-1)?.variables).toEqual({ input: { credential: assertion } });
  });

  it("announces a passkey that is not the account's", async () => {
    browserWithPasskeys({ toJSON: () => ({ id: 'Ag' }) });
    server(() => refused('SECOND_FACTOR_INVALID'), alice, ['TOTP', 'PASSKEY', 'RECOVERY_CODE']);
    const { user } = await signInWithPassword();
    // An app too: its code is one choice away.
    expect(screen.getByRole('button', { name: en.secondFactor.useCode })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: en.secondFactor.usePasskey }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(en.errors.SECOND_FACTOR_INVALID);
    expect(document.activeElement).toBe(summary);
  });

  it('says when this browser cannot use passkeys, and opens with a recovery code', async () => {
    server(() => ok(), alice, ['PASSKEY', 'RECOVERY_CODE']);
    await signInWithPassword();
    expect(screen.getByText(en.secondFactor.passkeyUnsupported)).toBeTruthy();
    expect(screen.getByLabelText(en.secondFactor.recoveryCode)).toBeTruthy();
    expect(screen.queryByRole('button', { name: en.secondFactor.usePasskey })).toBeNull();
  });
});

describe('the second step of signing in', () => {
  it('asks for the code after a right password, then continues to ?next=', async () => {
    const s = server(() => ok());
    const { user, location } = await signInWithPassword('/sign-in?next=%2Fprofile%2Fsign-in-methods');
    expect(location.history.at(-1)).toBe('/sign-in/second-factor?next=%2Fprofile%2Fsign-in-methods');
    const code = screen.getByLabelText(en.secondFactor.code);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    expect(code.getAttribute('type')).toBe('text');
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/profile/sign-in-methods'));
    expect(s.sent('VerifySecondFactor')[0].variables).toEqual({ input: { code: '123456' } });
  });

  it('checks the code before sending it', async () => {
    const s = server(() => ok());
    const { user } = await signInWithPassword();
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain(en.secondFactor.codeRequired);
    expect(document.activeElement).toBe(summary);
    await user.type(screen.getByLabelText(en.secondFactor.code), '12345');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    expect(screen.getByRole('alert').textContent).toContain(en.secondFactor.codeFormat);
    expect(s.sent('VerifySecondFactor')).toHaveLength(0);
  });

  it('announces a wrong code, tied to the field, and empties it', async () => {
    server(() => refused('SECOND_FACTOR_INVALID'));
    const { user } = await signInWithPassword();
    const code = screen.getByLabelText(en.secondFactor.code) as HTMLInputElement;
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: en.errors.SECOND_FACTOR_INVALID })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(code.value).toBe('');
  });

  it('takes a recovery code instead', async () => {
    const s = server(() => ok());
    const { user, location } = await signInWithPassword();
    await user.click(screen.getByRole('button', { name: en.secondFactor.useRecoveryCode }));
    const field = await screen.findByLabelText(en.secondFactor.recoveryCode);
    await vi.waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.queryByLabelText(en.secondFactor.code)).toBeNull();
    await user.type(field, ' abcde-12345 ');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/'));
    expect(s.sent('VerifySecondFactor')[0].variables).toEqual({ input: { recoveryCode: 'abcde-12345' } });
  });

  it('says when too many wrong codes locked the codes and when it lifts, without a password reset, and offers to start again', async () => {
    const until = '2026-12-03T11:05:00Z';
    server(() => locked(until));
    const { user } = await signInWithPassword();
    await user.type(screen.getByLabelText(en.secondFactor.code), '111111');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    const alert = await screen.findByRole('alert', { name: en.secondFactorLocked.title });
    expect(document.activeElement).toBe(alert);
    const text = alert.textContent ?? '';
    expect(text).toContain(en.secondFactorLocked.until.replace('{{time}}', formatDateTime(until, 'en')));
    expect(text).toContain(en.secondFactorLocked.passkey.replace('{{button}}', en.signIn.passkey));
    expect(text).toContain(en.secondFactorLocked.admin);
    expect(text).toContain(en.secondFactorLocked.noReset);
    expect(screen.queryByRole('link', { name: en.signIn.forgotPassword })).toBeNull();
    expect(screen.queryByLabelText(en.secondFactor.code)).toBeNull();
    expect(screen.queryByRole('button', { name: en.secondFactor.useRecoveryCode })).toBeNull();
    expect(screen.getByRole('link', { name: en.secondFactor.startAgain }).getAttribute('href')).toBe('/sign-in');
  });

  it('says an administrator locked the account meanwhile, and offers to start again', async () => {
    server(() => refused('ACCOUNT_LOCKED'));
    const { user } = await signInWithPassword();
    await user.type(screen.getByLabelText(en.secondFactor.code), '111111');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.errors.ACCOUNT_LOCKED);
    expect(screen.queryByRole('alert', { name: en.secondFactorLocked.title })).toBeNull();
    expect(screen.getByRole('link', { name: en.secondFactor.startAgain })).toBeTruthy();
  });

  it('sends a temporary password to the change-password screen once the code is right', async () => {
    server(() => ok(true), { ...alice, mustChangePassword: true });
    const { user, location } = await signInWithPassword('/sign-in?next=%2Fprofile');
    await user.type(screen.getByLabelText(en.secondFactor.code), '123456');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    await vi.waitFor(() => expect(location.history.at(-1)).toMatch(/^\/change-password\?next=%2Fprofile/));
  });

  it('says when the pending sign-in has expired, and offers to start again', async () => {
    server(() => refused('TOKEN_INVALID'));
    const { user } = await signInWithPassword('/sign-in?next=%2Fprofile');
    await user.type(screen.getByLabelText(en.secondFactor.code), '111111');
    await user.click(screen.getByRole('button', { name: en.secondFactor.verify }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.secondFactor.expired);
    expect(screen.queryByLabelText(en.secondFactor.code)).toBeNull();
    expect(screen.getByRole('link', { name: en.secondFactor.startAgain }).getAttribute('href')).toBe('/sign-in?next=%2Fprofile');
  });
});
