// My profile: details and name (a name with a link is refused), "Change
// password" (and what it ended: other sessions, access tokens unless kept),
// email change with its confirmation link, language, sessions, access
// tokens, activity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import { Api, expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const frank = { email: 'frank@example.com', username: 'frank', name: 'Frank Ocean', password: 'Purple-Rain-2024!' };

beforeAll(async () => {
  lk = await startLatchkey();
  lk.createUser(frank);
});
afterAll(async () => {
  await lk?.stop();
});

/** `{ me { username } }` over a bearer token: the answer's JSON. */
async function bearerMe(token: string): Promise<unknown> {
  const res = await fetch(`${lk.base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { username } }' }),
  });
  return res.json();
}

describe('my profile', () => {
  it('opens from the gear menu, changes the password, manages sessions and access tokens', async () => {
    // Some history for "My activity" (failed attempts count there too)…
    const stranger = new Api(lk.base);
    for (let i = 0; i < 3; i++) {
      await stranger.gql('mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }', {
        i: { login: frank.username, password: `wrong-${i}` },
      });
    }
    // …and a second session elsewhere, with an access token, for the password change to end.
    const elsewhere = new Api(lk.base);
    await elsewhere.signIn(frank.username, frank.password);
    const script = await elsewhere.gql<{ createAccessToken: { token: string } }>(
      'mutation($i: CreateAccessTokenInput!) { createAccessToken(input: $i) { token } }',
      { i: { name: 'laptop script' } },
    );

    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, frank.email, frank.password);
    await page.waitForURL(`${lk.base}/`);
    // No Admin entry for a person who is not an admin.
    expect(await page.getByRole('link', { name: en.nav.admin, exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: new RegExp(en.nav.accountMenu) }).click();
    await page.getByRole('link', { name: en.nav.settings }).click();
    await page.waitForURL(`${lk.base}/profile`);
    await expectHeading(page, en.profile.title);
    await page.getByRole('heading', { name: en.profile.accountDetails }).waitFor();
    await page.getByText(en.profile.thisDevice).waitFor();
    await expectAccessible(page, 'profile');
    await shot(page, 'profile');

    // A name with a web address is refused, announced and tied to the field; what was typed stays.
    const phishy = 'IT Security: re-validate at http://evil.example';
    await page.locator('#profile-name').fill(phishy);
    await page.getByRole('button', { name: en.profile.saveName }).click();
    await page.getByRole('alert').getByText(en.fieldErrors.name.INVALID_INPUT).waitFor();
    expect(await page.locator('#profile-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.locator('#profile-name').inputValue()).toBe(phishy);
    expect(await page.getByText(en.profile.nameSaved).count()).toBe(0);
    await page.getByRole('button', { name: new RegExp(frank.name) }).waitFor(); // the header keeps the name
    await expectAccessible(page, 'profile name refused');
    await shot(page, 'profile-name-refused');

    // Name.
    await page.locator('#profile-name').fill('Frank O.');
    await page.getByRole('button', { name: en.profile.saveName }).click();
    await page.getByText(en.profile.nameSaved).waitFor();
    await page.getByRole('button', { name: /Frank O\./ }).waitFor(); // the header follows

    // "Change password": the checkbox reveals the fields; a wrong current password is refused, what was typed stays.
    await page.getByRole('checkbox', { name: en.changePassword.title }).check();
    await page.getByLabel(en.password.current).first().fill('not-my-password');
    await page.getByLabel(en.password.new, { exact: true }).fill('Second-Purple-77');
    await page.getByLabel(en.password.confirm).fill('Second-Purple-77');
    await page.getByRole('button', { name: en.app.save, exact: true }).first().click();
    await page.getByRole('alert').getByText(en.errors.INVALID_CREDENTIALS).first().waitFor();
    expect(await page.getByLabel(en.password.new, { exact: true }).inputValue()).toBe('Second-Purple-77');
    await expectAccessible(page, 'profile change password error');
    await page.locator('#profile-password-current').fill(frank.password);
    await page.getByRole('button', { name: en.app.save, exact: true }).first().click();
    await page.getByText(en.profile.passwordChanged).waitFor();
    // The page says what it ended: the other session and, by default, the access token.
    await page.getByText(en.profile.passwordEnded.replace('{{sessions}}', '1').replace('{{tokens}}', '1')).waitFor();
    await expect(elsewhere.gql('{ me { id } }')).resolves.toEqual({ me: null });
    expect(await bearerMe(script.createAccessToken.token)).not.toEqual({ data: { me: { username: 'frank' } } });

    // Access token: made, shown once with a copy button, usable, then revoked.
    await page.locator('#token-name').fill('CI deploys');
    await page.getByRole('button', { name: en.tokens.create }).click();
    const secret = await page.getByLabel(en.tokens.tokenLabel).textContent();
    expect(secret).toBeTruthy();
    await page.getByRole('button', { name: en.app.copy }).waitFor();
    expect(await bearerMe(secret!)).toEqual({ data: { me: { username: 'frank' } } });
    await page.getByRole('button', { name: en.tokens.stored }).click();
    await page.getByRole('button', { name: en.tokens.revokeLabel.replace('{{name}}', 'CI deploys') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'profile revoke token dialog');
    // Escape closes and the focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Revoke CI deploys');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: en.tokens.revoke }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByText(en.tokens.none).waitFor();

    // Sessions: another one, signed out from here; then everywhere.
    const third = new Api(lk.base);
    await third.signIn(frank.username, 'Second-Purple-77');
    await page.reload();
    await page.getByRole('button', { name: /^Sign out .*\(/ }).first().waitFor();
    const others = await page.getByRole('button', { name: /^Sign out .*\(/ }).count();
    expect(others).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: /^Sign out .*\(/ }).first().click();
    await page.getByText(en.profile.sessionRevoked).waitFor();
    // The notice comes before the list is read again: wait for the ended
    // session's card to go, or the list shrinking under the pointer can
    // take the next click (seen on a loaded machine).
    await expect.poll(() => page.getByRole('button', { name: /^Sign out .*\(/ }).count()).toBe(others - 1);
    await page.getByRole('button', { name: en.profile.signOutEverywhere }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.profile.signOutEverywhere }).click();
    await page.getByText(/^Done. Other sessions ended: /).waitFor();
    await expect(third.gql('{ me { id } }')).resolves.toEqual({ me: null });

    // Activity, paged.
    const activity = page.locator('section[aria-labelledby="activity"]');
    await activity.getByText(en.audit.type.PASSWORD_CHANGED).first().waitFor();
    const next = page.getByRole('navigation', { name: en.profile.activityPages }).getByRole('button', { name: en.pager.next });
    expect(await next.isEnabled()).toBe(true);
    await next.click();
    await activity.getByText('Page 2').waitFor();
    await activity.getByText(en.audit.type.USER_CREATED).waitFor();
    await context.close();
  });

  it('changes the email with the link sent to the new address, and the language (fr)', async () => {
    const { context, page } = await lk.newPage({ locale: 'fr-FR' });
    await signInWithForm(page, lk.base, frank.username, 'Second-Purple-77', {
      login: fr.signIn.login,
      password: fr.signIn.password,
      submit: fr.signIn.submit,
    });
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile`);
    await expectHeading(page, fr.profile.title);
    await page.getByLabel(fr.profile.newEmail).fill('frank@new.example');
    await page.locator('#profile-email-password').fill('Second-Purple-77');
    await page.getByRole('button', { name: fr.profile.sendEmailLink }).click();
    await page.getByText(fr.profile.emailSent.replace('{{email}}', 'frank@new.example')).waitFor();

    const link = await lk.mailbox.link('frank@new.example', '/confirm-email');
    await page.goto(link);
    await expectHeading(page, fr.confirmEmail.title);
    await expectAccessible(page, 'confirm-email');
    await page.getByRole('button', { name: fr.confirmEmail.button }).click();
    await page.getByText(fr.confirmEmail.done.replace('{{email}}', 'frank@new.example')).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('');

    await page.goto(`${lk.base}/profile`);
    await page.locator('main dl').getByText('frank@new.example').waitFor();
    await page.getByLabel(fr.profile.language).selectOption('sv');
    await page.getByRole('region', { name: fr.profile.languageTitle }).getByRole('button', { name: fr.app.save, exact: true }).click();
    await expectHeading(page, 'Min profil');
    const me = await lk.api.gql<{ users: { edges: { node: { locale: string } }[] } }>(
      '{ users(where: {username: "frank"}) { edges { node { locale } } } }',
    );
    expect(me.users.edges[0].node.locale).toBe('sv');
    // The header's switcher saves the choice on the account too.
    await page.locator('#language').selectOption('en');
    await expectHeading(page, en.profile.title);
    await expect
      .poll(async () => {
        const d = await lk.api.gql<{ users: { edges: { node: { locale: string } }[] } }>(
          '{ users(where: {username: "frank"}) { edges { node { locale } } } }',
        );
        return d.users.edges[0].node.locale;
      })
      .toBe('en');
    await context.close();
  });

  it('sends the person to sign in (and back) when their session ends while the page is open', async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, frank.username, 'Second-Purple-77');
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile`);
    await expectHeading(page, en.profile.title);
    await page.locator('#profile-name').waitFor();
    await page.getByText(en.profile.noActivity).or(page.locator('section[aria-labelledby="activity"] table')).first().waitFor();
    // Elsewhere, "sign out everywhere" ends this browser's session.
    const other = new Api(lk.base);
    await other.signIn(frank.username, 'Second-Purple-77');
    await other.gql('mutation { signOutEverywhere { revokedSessions } }');
    await page.getByRole('button', { name: en.profile.saveName }).click();
    await page.waitForURL(`${lk.base}/sign-in?next=%2Fprofile`);
    await expectHeading(page, en.signIn.title);
    await context.close();
  });
  it('keeps the access tokens when the person ticks the box, and says so', async () => {
    // One session elsewhere (the others of the tests above ended), with a token.
    const elsewhere = new Api(lk.base);
    await elsewhere.signIn(frank.username, 'Second-Purple-77');
    await elsewhere.gql('mutation { signOutEverywhere { revokedSessions } }');
    const script = await elsewhere.gql<{ createAccessToken: { token: string } }>(
      'mutation($i: CreateAccessTokenInput!) { createAccessToken(input: $i) { token } }',
      { i: { name: 'backup job' } },
    );
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, frank.username, 'Second-Purple-77');
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile`);
    await expectHeading(page, en.profile.title);
    await page.getByRole('checkbox', { name: en.changePassword.title }).check();
    await page.locator('#profile-password-current').fill('Second-Purple-77');
    await page.getByLabel(en.password.new, { exact: true }).fill('Third-Purple-88');
    await page.getByLabel(en.password.confirm).fill('Third-Purple-88');
    const keep = page.getByRole('checkbox', { name: en.changePassword.keepTokens });
    expect(await keep.isChecked()).toBe(false);
    await keep.check();
    await expectAccessible(page, 'profile change password, keep tokens');
    await shot(page, 'profile-change-password');
    await page.getByRole('button', { name: en.app.save, exact: true }).first().click();
    await page.getByText(en.profile.passwordEndedKept.replace('{{sessions}}', '1')).waitFor();
    await expectAccessible(page, 'profile password changed, tokens kept');
    await shot(page, 'profile-password-changed');
    await expect(elsewhere.gql('{ me { id } }')).resolves.toEqual({ me: null });
    expect(await bearerMe(script.createAccessToken.token)).toEqual({ data: { me: { username: 'frank' } } });
    await context.close();
  });
});
