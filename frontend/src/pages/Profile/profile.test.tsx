import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';
import { endOfDay } from './AccessTokens';
import { me, profileServer } from './profile.fixtures';


describe('endOfDay', () => {
  it('is the last second of the chosen local day, in RFC 3339', () => {
    const iso = endOfDay('2030-06-15')!;
    const d = new Date(iso);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2030, 5, 15, 23, 59]);
    expect(endOfDay('15/06/2030')).toBeUndefined();
  });
});

describe('my profile', () => {
  it('marks this device, offers to sign out the others, and lists the organisations', async () => {
    fakeServer({
      ...profileServer(me),
    });
    renderApp('/profile');
    expect(await screen.findByRole('heading', { level: 1, name: en.profile.title })).toBeTruthy();
    const sessions = await screen.findByRole('region', { name: en.profile.sessionsTitle });
    expect(within(sessions).getByText(en.profile.thisDevice)).toBeTruthy();
    // Only the other session has its own button.
    expect(within(sessions).getAllByRole('button', { name: /^Sign out .*\(10\.0\.0\.2\)$/ })).toHaveLength(1);
    expect(within(sessions).queryByRole('button', { name: /10\.0\.0\.1/ })).toBeNull();
    // How each session was authenticated.
    expect(within(sessions).getByText(`${en.authMethod.PASSWORD} + ${en.authMethod.TOTP}`, { exact: false })).toBeTruthy();
    expect(within(sessions).getAllByText(en.profile.twoStep)).toHaveLength(1);
    // The way to the Sign-in methods screen, and whether a second step is on.
    const methods = screen.getByRole('region', { name: en.signInMethods.title });
    expect(within(methods).getByText(en.signInMethods.statusOff)).toBeTruthy();
    expect(within(methods).getByRole('link', { name: en.signInMethods.manage }).getAttribute('href')).toBe('/profile/sign-in-methods');
    // Passkeys are on the Sign-in methods screen, not here.
    expect(screen.queryByRole('region', { name: en.passkeys.title })).toBeNull();
    expect(screen.getByText(en.tokens.none)).toBeTruthy();
    expect(await screen.findByText(en.profile.noActivity)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hôtel du Lac' }).getAttribute('href')).toBe('/organizations/org_1');
    // "Change password" is a checkbox that reveals the three fields.
    expect(document.getElementById('profile-password-current')).toBeNull();
    expect(screen.queryByLabelText(en.password.new)).toBeNull();
    screen.getByRole('checkbox', { name: en.changePassword.title }).click();
    expect(await screen.findByLabelText(en.password.new)).toBeTruthy();
    expect(document.getElementById('profile-password-current')).toBeTruthy();
    expect(screen.getByLabelText(en.password.confirm)).toBeTruthy();
  });
});

describe('the sign-in methods summary', () => {
  it('says what is set up: how many passkeys, the authenticator app, the recovery codes left', async () => {
    const factors = [
      { id: 'sf_1', kind: 'TOTP' },
      { id: 'pky_1', kind: 'PASSKEY' },
      { id: 'pky_2', kind: 'PASSKEY' },
    ];
    fakeServer({ ...profileServer({ ...me, secondFactors: factors, recoveryCodesLeft: 7 }) });
    renderApp('/profile');
    const methods = await screen.findByRole('region', { name: en.signInMethods.title });
    expect(within(methods).getByText(en.signInMethods.statusOn)).toBeTruthy();
    const facts = [...methods.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(facts).toEqual([
      [en.passkeys.title, '2'],
      [en.totp.title, en.signInMethods.totpOn],
      [en.recoveryCodes.title, en.signInMethods.codesLeft.replace('{{number}}', '7')],
    ]);
  });

  it('says nothing is set up yet, without a count of recovery codes', async () => {
    fakeServer({ ...profileServer(me) });
    renderApp('/profile');
    const methods = await screen.findByRole('region', { name: en.signInMethods.title });
    const facts = [...methods.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(facts).toEqual([
      [en.passkeys.title, '0'],
      [en.totp.title, en.signInMethods.totpOff],
    ]);
  });
});

describe('changing the password', () => {
  const profile = profileServer(me);

  async function change(user: ReturnType<typeof renderApp>['user'], keep: boolean) {
    await user.click(await screen.findByRole('checkbox', { name: en.changePassword.title }));
    await user.type(document.getElementById('profile-password-current')!, 'Correct-Horse-9');
    await user.type(screen.getByLabelText(en.password.new), 'Brand-New-Pass-42');
    await user.type(screen.getByLabelText(en.password.confirm), 'Brand-New-Pass-42');
    const box = screen.getByRole('checkbox', { name: en.changePassword.keepTokens }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    if (keep) await user.click(box);
    const form = document.getElementById('profile-password-current')!.closest('form')!;
    await user.click(within(form).getByRole('button', { name: en.app.save }));
  }

  it('revokes the access tokens by default and says what was ended', async () => {
    const server = fakeServer({
      ...profile,
      ChangePassword: { changePassword: { user: { id: 'usr_1', mustChangePassword: false }, revokedSessions: 1, revokedTokens: 2, userErrors: [] } },
    });
    const { user } = renderApp('/profile');
    await change(user, false);
    expect(await screen.findByText(en.profile.passwordChanged)).toBeTruthy();
    expect(screen.getByText('Other sessions signed out: 1. Access tokens revoked: 2.')).toBeTruthy();
    expect(server.sent('ChangePassword')[0].variables.input).toMatchObject({ keepAccessTokens: false });
  });

  it('keeps them when the person ticks the box, and says so', async () => {
    const server = fakeServer({
      ...profile,
      ChangePassword: { changePassword: { user: { id: 'usr_1', mustChangePassword: false }, revokedSessions: 0, revokedTokens: 0, userErrors: [] } },
    });
    const { user } = renderApp('/profile');
    await change(user, true);
    expect(await screen.findByText('Other sessions signed out: 0. Your access tokens were kept and still work.')).toBeTruthy();
    expect(server.sent('ChangePassword')[0].variables.input).toMatchObject({ keepAccessTokens: true });
  });
});

describe('PASSWORD_CHANGE_REQUIRED', () => {
  it('sends the person to the change-password screen from wherever the error comes', async () => {
    fakeServer({
      Viewer: { me },
      Profile: { errors: [{ message: 'change it', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } }] },
    });
    const { location } = renderApp('/profile');
    expect(await screen.findByRole('heading', { level: 1, name: en.changePassword.title })).toBeTruthy();
    expect(location.history.at(-1)).toMatch(/^\/change-password/);
  });
});

describe('security emails', () => {
  const profile = profileServer(me);

  it('turns off the new sign-in emails and lists those about credentials as always sent', async () => {
    const server = fakeServer({
      ...profile,
      UpdateNotificationPreferences: {
        updateNotificationPreferences: {
          notificationPreferences: [{ notice: 'NEW_SIGN_IN', enabled: false, optional: true }],
          userErrors: [],
        },
      },
    });
    const { user } = renderApp('/profile');
    const section = await screen.findByRole('region', { name: en.notifications.title });
    const box = within(section).getByRole('checkbox', { name: en.notifications.notice.NEW_SIGN_IN }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    // Only the optional notice is a checkbox; the others cannot be turned off.
    expect(within(section).getAllByRole('checkbox')).toHaveLength(1);
    const always = within(section).getByRole('list', { name: en.notifications.always });
    expect(within(always).getAllByRole('listitem')).toHaveLength(4);
    expect(within(always).getByText(new RegExp(en.notifications.notice.ACCESS_TOKEN_CREATED))).toBeTruthy();
    await user.click(box);
    await user.click(within(section).getByRole('button', { name: en.app.save }));
    expect(await within(section).findByText(en.notifications.saved)).toBeTruthy();
    expect(server.sent('UpdateNotificationPreferences')[0].variables.input).toEqual({
      preferences: [{ notice: 'NEW_SIGN_IN', enabled: false }],
    });
  });

  it('shows a refusal from the server', async () => {
    fakeServer({
      ...profile,
      UpdateNotificationPreferences: {
        updateNotificationPreferences: {
          notificationPreferences: null,
          userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'preferences', '0', 'enabled'], message: 'cannot be turned off' }],
        },
      },
    });
    const { user } = renderApp('/profile');
    const section = await screen.findByRole('region', { name: en.notifications.title });
    await user.click(within(section).getByRole('button', { name: en.app.save }));
    expect(await within(section).findByRole('alert')).toBeTruthy();
    expect(within(section).queryByText(en.notifications.saved)).toBeNull();
  });
});
