import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';
import { me as profileMe, profileServer } from '../Profile/profile.fixtures';
import { recoveryCodesFile } from './RecoveryCodesOnce';
import { enrolmentRequiredPath } from '../../routes';

const viewer = { id: 'usr_1', email: 'alice@example.com', username: 'alice', name: 'Alice Example', role: 'USER', locale: 'en', mustChangePassword: false };
const totp = { id: 'sf_1', kind: 'TOTP', name: '', createdAt: '2024-03-05T14:30:00Z', lastUsedAt: null };
const codes = Array.from({ length: 10 }, (_, i) => `code-${String(i).padStart(5, '0')}`);
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>';
const ok = { userErrors: [] };
const recentAuthRequired = { userErrors: [{ code: 'RECENT_AUTHENTICATION_REQUIRED', field: null, message: 'confirm' }] };

function methods(secondFactors: unknown[], recoveryCodesLeft = 0) {
  return { me: { id: 'usr_1', email: 'alice@example.com', recoveryCodesLeft, secondFactors } };
}

describe('enrolmentRequiredPath', () => {
  it('comes back to where the person was, never to itself or another site', () => {
    expect(enrolmentRequiredPath('/profile')).toBe('/profile/sign-in-methods?required=1&next=%2Fprofile');
    expect(enrolmentRequiredPath('//evil.example')).toBe('/profile/sign-in-methods?required=1');
    expect(enrolmentRequiredPath('/profile/sign-in-methods')).toBe('/profile/sign-in-methods?required=1');
  });
});

describe('recovery codes file', () => {
  it('is a title and one code a line', () => {
    expect(recoveryCodesFile('Codes', ['a', 'b'])).toBe('Codes\n\na\nb\n');
  });
});

describe('sign-in methods', () => {
  it('adds an authenticator app: QR code as an image, the key as text, the first code, then the recovery codes once', async () => {
    let enrolled = false;
    const server = fakeServer({
      Viewer: { me: viewer },
      SignInMethods: () => methods(enrolled ? [totp] : [], enrolled ? 10 : 0),
      EnrollTotp: { enrollTotp: { secret: 'JBSWY3DPEHPK3PXP', otpauthUrl: 'otpauth://totp/Latchkey:alice?secret=JBSWY3DPEHPK3PXP', qrCodeSvg: svg, ...ok } },
      ConfirmTotp: ({ input }: Record<string, unknown>) => {
        if ((input as { code: string }).code !== '123456') {
          return { confirmTotp: { recoveryCodes: [], userErrors: [{ code: 'SECOND_FACTOR_INVALID', field: ['input', 'code'], message: 'no' }] } };
        }
        enrolled = true;
        return { confirmTotp: { recoveryCodes: codes, ...ok } };
      },
    });
    const { user } = renderApp('/profile/sign-in-methods');
    expect(await screen.findByRole('heading', { level: 1, name: en.signInMethods.title })).toBeTruthy();
    expect(await screen.findByText(en.signInMethods.none)).toBeTruthy();
    expect(screen.getByText(en.recoveryCodes.noneYet)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: en.totp.add }));
    const step = await screen.findByRole('region', { name: en.totp.enrolTitle });
    expect(document.activeElement).toBe(within(step).getByRole('heading', { name: en.totp.enrolTitle }));
    // The server's SVG is an image's data: URL, never markup in the page.
    const qr = within(step).getByRole('img', { name: en.totp.qrAlt }) as HTMLImageElement;
    expect(qr.src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(step.querySelector('svg')).toBeNull();
    expect(within(step).getByText('JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(within(step).getByRole('button', { name: en.totp.copySecret })).toBeTruthy();

    // A wrong first code: said at the field, nothing added.
    const code = within(step).getByLabelText(en.secondFactor.code);
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    await user.type(code, '654321');
    await user.click(within(step).getByRole('button', { name: en.totp.confirm }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.errors.SECOND_FACTOR_INVALID);

    await user.type(within(step).getByLabelText(en.secondFactor.code), '123 456');
    await user.click(within(step).getByRole('button', { name: en.totp.confirm }));
    const shown = await screen.findByRole('region', { name: en.recoveryCodes.shownTitle });
    expect(server.sent('ConfirmTotp').at(-1)!.variables).toEqual({ input: { code: '123456' } });
    expect(document.activeElement).toBe(within(shown).getByRole('heading', { name: en.recoveryCodes.shownTitle }));
    expect(within(shown).getAllByRole('listitem').map((li) => li.textContent)).toEqual(codes);
    expect(within(shown).getByRole('button', { name: en.recoveryCodes.copy })).toBeTruthy();

    // "Done" only once the person says they saved them.
    await user.click(within(shown).getByRole('button', { name: en.recoveryCodes.done }));
    expect(within(shown).getByRole('alert').textContent).toBe(en.recoveryCodes.savedRequired);
    const box = within(shown).getByRole('checkbox', { name: en.recoveryCodes.savedCheck });
    expect(document.activeElement).toBe(box);
    await user.click(box);
    await user.click(within(shown).getByRole('button', { name: en.recoveryCodes.done }));
    expect(await screen.findByText(en.totp.added)).toBeTruthy();
    expect(screen.queryByText(codes[0])).toBeNull();
    const list = screen.getByRole('region', { name: en.signInMethods.listTitle });
    expect(await within(list).findByText(en.signInMethods.kindName.TOTP, { selector: '.card-title' })).toBeTruthy();
    expect(screen.getByText('Recovery codes left: 10')).toBeTruthy();
  });

  it('downloads the recovery codes as a text file', async () => {
    fakeServer({
      Viewer: { me: viewer },
      SignInMethods: methods([totp], 10),
      RegenerateRecoveryCodes: { regenerateRecoveryCodes: { recoveryCodes: codes, ...ok } },
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:codes';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp('/profile/sign-in-methods');
    await user.click(await screen.findByRole('button', { name: en.recoveryCodes.regenerate }));
    const dialog = await screen.findByRole('dialog', { name: en.recoveryCodes.regenerateTitle });
    await user.click(within(dialog).getByRole('button', { name: en.recoveryCodes.regenerate }));
    const shown = await screen.findByRole('region', { name: en.recoveryCodes.shownTitle });
    await user.click(within(shown).getByRole('button', { name: en.recoveryCodes.download }));
    expect(clicked[0].download).toBe('latchkey-recovery-codes.txt');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(text.split('\n').slice(2, 12)).toEqual(codes);
    expect(text).toContain('alice@example.com');
    expect(blobs[0].type).toBe('text/plain;charset=utf-8');
  });

  it('asks who it is when removing a factor needs a recent authentication, then removes it', async () => {
    let removed = false;
    let confirmedIt = false;
    const server = fakeServer({
      Viewer: { me: viewer },
      SignInMethods: () => methods(removed ? [] : [totp], removed ? 0 : 8),
      ReauthMethods: { me: { id: 'usr_1', secondFactors: [{ id: 'sf_1', kind: 'TOTP' }] } },
      RemoveSecondFactor: () => {
        if (!confirmedIt) return { removeSecondFactor: recentAuthRequired };
        removed = true;
        return { removeSecondFactor: ok };
      },
      Reauthenticate: ({ input }: Record<string, unknown>) => {
        if ((input as { password?: string }).password !== 'Correct-Horse-9') {
          return { reauthenticate: { userErrors: [{ code: 'INVALID_CREDENTIALS', field: ['input', 'password'], message: 'no' }] } };
        }
        confirmedIt = true;
        return { reauthenticate: ok };
      },
    });
    const { user } = renderApp('/profile/sign-in-methods');
    expect(await screen.findByText('Recovery codes left: 8')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: `Remove ${en.signInMethods.kindName.TOTP}` }));
    const confirm = await screen.findByRole('dialog', { name: `Remove ${en.signInMethods.kindName.TOTP}?` });
    expect(within(confirm).getByText(en.signInMethods.removeLastBody)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: en.signInMethods.remove }));

    const reauth = await screen.findByRole('dialog', { name: en.reauth.title });
    await user.type(within(reauth).getByLabelText(en.signIn.password), 'wrong');
    await user.click(within(reauth).getByRole('button', { name: en.reauth.confirm }));
    expect((await within(reauth).findByRole('alert')).textContent).toContain(en.errors.INVALID_CREDENTIALS);
    // A code from the app would do too.
    await user.click(within(reauth).getByRole('button', { name: en.reauth.useCode }));
    expect(await within(reauth).findByLabelText(en.secondFactor.code)).toBeTruthy();
    await user.click(within(reauth).getByRole('button', { name: en.reauth.usePassword }));
    await user.type(await within(reauth).findByLabelText(en.signIn.password), 'Correct-Horse-9');
    await user.click(within(reauth).getByRole('button', { name: en.reauth.confirm }));

    expect(await screen.findByText(`${en.signInMethods.kindName.TOTP} was removed.`)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.sent('RemoveSecondFactor').map((c) => c.variables)).toEqual([{ input: { id: 'sf_1' } }, { input: { id: 'sf_1' } }]);
    expect(server.sent('Reauthenticate').at(-1)!.variables).toEqual({ input: { password: 'Correct-Horse-9' } });
    expect(await screen.findByText(en.signInMethods.none)).toBeTruthy();
  });

  it('shows the first answer when the person cancels the confirmation', async () => {
    const server = fakeServer({
      Viewer: { me: viewer },
      SignInMethods: methods([totp], 10),
      ReauthMethods: { me: { id: 'usr_1', secondFactors: [{ id: 'sf_1', kind: 'TOTP' }] } },
      RegenerateRecoveryCodes: { regenerateRecoveryCodes: { recoveryCodes: [], ...recentAuthRequired } },
    });
    const { user } = renderApp('/profile/sign-in-methods');
    await user.click(await screen.findByRole('button', { name: en.recoveryCodes.regenerate }));
    const dialog = await screen.findByRole('dialog', { name: en.recoveryCodes.regenerateTitle });
    await user.click(within(dialog).getByRole('button', { name: en.recoveryCodes.regenerate }));
    const reauth = await screen.findByRole('dialog', { name: en.reauth.title });
    await user.click(within(reauth).getByRole('button', { name: en.app.cancel }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(en.errors.RECENT_AUTHENTICATION_REQUIRED);
    expect(server.sent('RegenerateRecoveryCodes')).toHaveLength(1);
    expect(server.sent('Reauthenticate')).toHaveLength(0);
  });

  it('sends a person who must add a second factor here, says why, and goes back once one is added', async () => {
    let enrolled = false;
    fakeServer({
      ...profileServer(profileMe),
      Viewer: { me: viewer },
      Profile: () => (enrolled ? { me: profileMe } : { errors: [{ message: 'enrol first', extensions: { code: 'SECOND_FACTOR_REQUIRED' } }] }),
      SignInMethods: () => methods(enrolled ? [totp] : [], enrolled ? 10 : 0),
      EnrollTotp: { enrollTotp: { secret: 'JBSWY3DPEHPK3PXP', otpauthUrl: 'otpauth://totp/x', qrCodeSvg: svg, ...ok } },
      ConfirmTotp: () => {
        enrolled = true;
        return { confirmTotp: { recoveryCodes: codes, ...ok } };
      },
    });
    const { user, location } = renderApp('/profile');
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/profile/sign-in-methods?required=1&next=%2Fprofile'));
    expect(await screen.findByText(en.signInMethods.requiredTitle)).toBeTruthy();
    expect(screen.getByText(en.signInMethods.requiredBody)).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: en.totp.add }));
    await user.type(await screen.findByLabelText(en.secondFactor.code), '123456');
    await user.click(screen.getByRole('button', { name: en.totp.confirm }));
    const shown = await screen.findByRole('region', { name: en.recoveryCodes.shownTitle });
    await user.click(within(shown).getByRole('checkbox', { name: en.recoveryCodes.savedCheck }));
    await user.click(within(shown).getByRole('button', { name: en.recoveryCodes.done }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/profile'));
    expect(await screen.findByRole('heading', { level: 1, name: en.profile.title })).toBeTruthy();
  });

  it('sends a person the server marks as having to enrol (mustEnrollSecondFactor) here from any page', async () => {
    fakeServer({
      ...profileServer(profileMe),
      Viewer: { me: { ...viewer, mustEnrollSecondFactor: true } },
      SignInMethods: methods([]),
    });
    const { location } = renderApp('/profile');
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/profile/sign-in-methods?required=1&next=%2Fprofile'));
    expect(await screen.findByText(en.signInMethods.requiredTitle)).toBeTruthy();
    expect(screen.queryByRole('link', { name: en.signInMethods.backToProfile })).toBeNull();
  });

  it('sends them from a page that needs no account too (home), right after signing in', async () => {
    let signedIn = false;
    fakeServer({
      Viewer: () => ({ me: signedIn ? { ...viewer, mustEnrollSecondFactor: true } : null }),
      SignIn: () => {
        signedIn = true;
        return { signIn: { user: { id: 'usr_1' }, mustChangePassword: false, secondFactorRequired: false, secondFactorMethods: [], userErrors: [] } };
      },
      Home: { me: { ...viewer, createdAt: '2024-03-05T14:30:00Z', lastSignInAt: null } },
      SignInMethods: methods([]),
    });
    const { user, location } = renderApp('/sign-in');
    await user.type(screen.getByLabelText(en.signIn.login), 'alice');
    await user.type(screen.getByLabelText(en.signIn.password), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: en.signIn.submit }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/profile/sign-in-methods?required=1&next=%2F'));
    expect(await screen.findByText(en.signInMethods.requiredTitle)).toBeTruthy();
  });
});
