import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import en from '../i18n/en.json';
import { RequestError } from '../graphql';
import { fakeServer, renderApp } from '../testing';
import { me, profileServer } from '../pages/Profile/profile.fixtures';
import { needsRecentAuthentication } from './RecentAuthentication';

describe('needsRecentAuthentication', () => {
  it('reads the code from userErrors or from a failed request', () => {
    expect(needsRecentAuthentication({ userErrors: [{ code: 'RECENT_AUTHENTICATION_REQUIRED', field: null, message: '' }] })).toBe(true);
    expect(needsRecentAuthentication({ userErrors: [{ code: 'INVALID_INPUT', field: null, message: '' }] })).toBe(false);
    expect(needsRecentAuthentication(new RequestError('RECENT_AUTHENTICATION_REQUIRED', 'again'))).toBe(true);
    expect(needsRecentAuthentication(new RequestError('FORBIDDEN', 'no'))).toBe(false);
    expect(needsRecentAuthentication(undefined)).toBe(false);
  });
});

describe('a sensitive action long after signing in', () => {
  it('asks for a code from the authenticator app, then creates the access token', async () => {
    let recent = false;
    const server = fakeServer({
      ...profileServer(me),
      ReauthMethods: { me: { id: 'usr_1', secondFactors: [{ id: 'sf_1', kind: 'TOTP' }] } },
      // The server may say it as a top-level error too.
      CreateAccessToken: () =>
        recent
          ? { createAccessToken: { token: 'lk_secret', accessToken: { id: 't1', name: 'CI', createdAt: '2024-03-05T14:30:00Z', lastUsedAt: null, expiresAt: null }, userErrors: [] } }
          : { errors: [{ message: 'again', extensions: { code: 'RECENT_AUTHENTICATION_REQUIRED' } }] },
      Reauthenticate: ({ input }: Record<string, unknown>) => {
        recent = (input as { code?: string }).code === '123456';
        return { reauthenticate: { userErrors: recent ? [] : [{ code: 'SECOND_FACTOR_INVALID', field: ['input', 'code'], message: 'no' }] } };
      },
    });
    const { user } = renderApp('/profile');
    await screen.findByRole('region', { name: en.tokens.title });
    await user.type(document.getElementById('token-name')!, 'CI');
    await user.click(screen.getByRole('button', { name: en.tokens.create }));
    const dialog = await screen.findByRole('dialog', { name: en.reauth.title });
    expect(document.activeElement).toBe(dialog);
    await user.click(await within(dialog).findByRole('button', { name: en.reauth.useCode }));
    const code = await within(dialog).findByLabelText(en.secondFactor.code);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    await user.type(code, '12');
    await user.click(within(dialog).getByRole('button', { name: en.reauth.confirm }));
    expect(within(dialog).getByRole('alert').textContent).toContain(en.secondFactor.codeFormat);
    // What was typed stays after the check; a refused code is emptied.
    expect((within(dialog).getByLabelText(en.secondFactor.code) as HTMLInputElement).value).toBe('12');
    await user.type(within(dialog).getByLabelText(en.secondFactor.code), '0000');
    await user.click(within(dialog).getByRole('button', { name: en.reauth.confirm }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(en.errors.SECOND_FACTOR_INVALID);
    await user.type(within(dialog).getByLabelText(en.secondFactor.code), '123 456');
    await user.click(within(dialog).getByRole('button', { name: en.reauth.confirm }));
    expect(await screen.findByText('lk_secret')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.sent('CreateAccessToken')).toHaveLength(2);
    expect(server.sent('Reauthenticate').map((c) => c.variables)).toEqual([{ input: { code: '120000' } }, { input: { code: '123456' } }]);
  });

  describe('with a passkey', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      Object.defineProperty(navigator, 'credentials', { value: undefined, configurable: true });
    });

    it('offers a passkey to a person who has one, and sends its assertion to reauthenticate', async () => {
      const assertion = { id: 'AQ', type: 'public-key', response: { clientDataJSON: 'e30' } };
      const get = vi.fn(async () => ({ toJSON: () => assertion }));
      vi.stubGlobal('PublicKeyCredential', class {});
      Object.defineProperty(navigator, 'credentials', { value: { create: vi.fn(), get }, configurable: true });
      let recent = false;
      const server = fakeServer({
        ...profileServer(me),
        ReauthMethods: { me: { id: 'usr_1', recoveryCodesLeft: 10, secondFactors: [{ id: 'pky_1', kind: 'PASSKEY' }] } },
        BeginPasskeySignIn: { beginPasskeySignIn: { options: { challenge: 'AQID', rpId: 'localhost' }, userErrors: [] } },
        CreateAccessToken: () =>
          recent
            ? { createAccessToken: { token: 'lk_secret', accessToken: { id: 't1', name: 'CI', createdAt: '2024-03-05T14:30:00Z', lastUsedAt: null, expiresAt: null }, userErrors: [] } }
            : { createAccessToken: { token: null, accessToken: null, userErrors: [{ code: 'RECENT_AUTHENTICATION_REQUIRED', field: null, message: 'again' }] } },
        Reauthenticate: () => {
          recent = true;
          return { reauthenticate: { userErrors: [] } };
        },
      });
      const { user } = renderApp('/profile');
      await screen.findByRole('region', { name: en.tokens.title });
      await user.type(document.getElementById('token-name')!, 'CI');
      await user.click(screen.getByRole('button', { name: en.tokens.create }));
      const dialog = await screen.findByRole('dialog', { name: en.reauth.title });
      // No app: no code offered; a passkey and a recovery code are.
      expect(within(dialog).queryByRole('button', { name: en.reauth.useCode })).toBeNull();
      expect(await within(dialog).findByRole('button', { name: en.reauth.useRecoveryCode })).toBeTruthy();
      await user.click(await within(dialog).findByRole('button', { name: en.reauth.usePasskey }));
      expect(within(dialog).getByText(en.reauth.introPasskey)).toBeTruthy();
      expect(within(dialog).queryByLabelText(en.signIn.password)).toBeNull();
      await user.click(within(dialog).getByRole('button', { name: en.reauth.confirmPasskey }));
      expect(await screen.findByText('lk_secret')).toBeTruthy();
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(get).toHaveBeenCalledOnce();
      expect(server.sent('Reauthenticate').map((c) => c.variables)).toEqual([{ input: { credential: assertion } }]);
      expect(server.sent('CreateAccessToken')).toHaveLength(2);
    });

    it('says so when the passkey prompt is closed, and keeps the dialog open', async () => {
      vi.stubGlobal('PublicKeyCredential', class {});
      const get = vi.fn(async () => {
        throw new DOMException('closed', 'NotAllowedError');
      });
      Object.defineProperty(navigator, 'credentials', { value: { create: vi.fn(), get }, configurable: true });
      const server = fakeServer({
        ...profileServer(me),
        ReauthMethods: { me: { id: 'usr_1', recoveryCodesLeft: 0, secondFactors: [{ id: 'pky_1', kind: 'PASSKEY' }] } },
        BeginPasskeySignIn: { beginPasskeySignIn: { options: { challenge: 'AQID' }, userErrors: [] } },
        CreateAccessToken: { createAccessToken: { token: null, accessToken: null, userErrors: [{ code: 'RECENT_AUTHENTICATION_REQUIRED', field: null, message: 'again' }] } },
      });
      const { user } = renderApp('/profile');
      await screen.findByRole('region', { name: en.tokens.title });
      await user.type(document.getElementById('token-name')!, 'CI');
      await user.click(screen.getByRole('button', { name: en.tokens.create }));
      const dialog = await screen.findByRole('dialog', { name: en.reauth.title });
      await user.click(await within(dialog).findByRole('button', { name: en.reauth.usePasskey }));
      await user.click(within(dialog).getByRole('button', { name: en.reauth.confirmPasskey }));
      expect((await within(dialog).findByRole('alert')).textContent).toContain(en.reauth.passkeyDeclined);
      expect(server.sent('Reauthenticate')).toHaveLength(0);
    });
  });
});
