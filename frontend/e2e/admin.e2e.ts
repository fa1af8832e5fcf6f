// The admin screens: users grid (search, sort, locked filter, pages), a
// user's page (edit, reset password, force sign-in, lock/unlock, delete),
// an admin's lock (named as such, and not lifted by the owner's reset),
// creating a user, security settings, the audit log and the outbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import { admin, Api, expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const people = Array.from({ length: 23 }, (_, i) => ({
  email: `person${String(i).padStart(2, '0')}@example.org`,
  username: `person${String(i).padStart(2, '0')}`,
  name: `Person ${String(i).padStart(2, '0')}`,
  password: 'Sunny-Meadow-2024!',
}));
const gina = { email: 'gina@example.com', username: 'gina', name: 'Gina Haas', password: 'Violet-Cloud-2024!' };
const ida = { email: 'ida@example.com', username: 'ida', name: 'Ida Berg', password: 'Silver-Birch-2024!' };
const jon = { email: 'jon@example.com', username: 'jon', name: 'Jon Ek', password: 'Amber-Field-2024!' };

beforeAll(async () => {
  lk = await startLatchkey();
  lk.createUser(gina);
  for (const p of people) lk.createUser(p);
});
afterAll(async () => {
  await lk?.stop();
});

async function signedInAdmin() {
  const opened = await lk.newPage();
  await signInWithForm(opened.page, lk.base, admin.email, admin.password);
  await opened.page.waitForURL(`${lk.base}/`);
  return opened;
}

describe('admin', () => {
  it('users grid: search, sort, locked filter and pages', async () => {
    const { context, page } = await signedInAdmin();
    await page.getByRole('link', { name: en.nav.admin, exact: true }).click();
    await page.waitForURL(`${lk.base}/admin/users`);
    await expectHeading(page, en.admin.users.title);
    await page.getByText('Users found: 25').waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(20);
    await expectAccessible(page, 'admin-users');
    await shot(page, 'admin-users');

    // Pages.
    const pages = page.getByRole('navigation', { name: en.admin.users.pages });
    await pages.getByRole('button', { name: en.pager.next }).click();
    await expect.poll(() => rows.count()).toBe(5);
    await pages.getByRole('button', { name: en.pager.previous }).click();
    await expect.poll(() => rows.count()).toBe(20);

    // Sort by username, ascending: alice first.
    await page.getByLabel(en.admin.users.sort).selectOption('USERNAME:ASC');
    await expect.poll(() => rows.first().locator('td').nth(2).textContent()).toBe('alice');
    await page.getByLabel(en.admin.users.sort).selectOption('USERNAME:DESC');
    await expect.poll(() => rows.first().locator('td').nth(2).textContent()).toBe('person22');

    // Search in email, username and name, any case.
    await page.getByLabel(en.admin.users.search).fill('HAAS');
    await page.getByRole('button', { name: en.admin.users.searchButton }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('gina@example.com');
    await page.getByLabel(en.admin.users.search).fill('nobody-matches-this');
    await page.getByRole('button', { name: en.admin.users.searchButton }).click();
    await page.getByText(en.admin.users.noMatch).waitFor();
    await page.getByLabel(en.admin.users.search).fill('');
    await page.getByRole('button', { name: en.admin.users.searchButton }).click();

    // Locked only: none yet, then gina after she is locked.
    await page.getByLabel(en.admin.users.lockedOnly).check();
    await page.getByText(en.admin.users.noMatch).waitFor();
    const id = (
      await lk.api.gql<{ users: { edges: { node: { id: string } }[] } }>('{ users(where: {username: "gina"}) { edges { node { id } } } }')
    ).users.edges[0].node.id;
    await lk.api.gql('mutation($i: LockUserInput!) { lockUser(input: $i) { userErrors { code } } }', { i: { id } });
    await page.getByLabel(en.admin.users.lockedOnly).uncheck();
    await page.getByLabel(en.admin.users.lockedOnly).check();
    await expect.poll(() => rows.count()).toBe(1);
    await lk.api.gql('mutation($i: UnlockUserInput!) { unlockUser(input: $i) { userErrors { code } } }', { i: { id } });
    await context.close();
  });

  it("a user's page: edit, reset password, force sign-in (with its dialog), lock and unlock, delete", async () => {
    const ginaApi = new Api(lk.base);
    await ginaApi.signIn(gina.username, gina.password);
    await ginaApi.gql('mutation($i: CreateAccessTokenInput!) { createAccessToken(input: $i) { token } }', { i: { name: 'shop sync' } });

    const { context, page } = await signedInAdmin();
    await page.goto(`${lk.base}/admin/users`);
    await page.getByLabel(en.admin.users.search).fill('gina');
    await page.getByRole('button', { name: en.admin.users.searchButton }).click();
    await page.getByRole('link', { name: 'Edit Gina Haas' }).click();
    await expectHeading(page, 'User: Gina Haas');
    await page.getByText('Sessions (1) and access tokens (1)').waitFor();
    await expectAccessible(page, 'admin-user');
    await shot(page, 'admin-user');

    // Edit.
    await page.getByRole('button', { name: en.admin.users.edit, exact: true }).click();
    await page.locator('#edit-user-name').fill('Gina Haas-Berg');
    await page.locator('#edit-user-locale').selectOption('fr');
    await page.getByRole('button', { name: en.app.save, exact: true }).click();
    await page.getByText(en.admin.user.saved).waitFor();
    await expectHeading(page, 'User: Gina Haas-Berg');

    // Reset password: an email goes out, in her language now.
    await page.getByRole('button', { name: en.admin.user.resetPassword }).click();
    await page.getByText(en.admin.user.resetSent.replace('{{email}}', gina.email)).waitFor();
    const resetMail = await lk.mailbox.take((m) => m.to === gina.email && m.links.some((l) => l.includes('/reset-password')));
    expect(resetMail.subject).toBe('Réinitialisez votre mot de passe');

    // Force sign-in: the dialog says what it does; Tab stays inside; then the counts.
    await page.getByRole('button', { name: en.admin.user.forceSignIn }).click();
    const dialog = page.getByRole('dialog', { name: 'Force Gina Haas-Berg to sign in again?' });
    await dialog.waitFor();
    for (const text of [en.admin.user.forceSessions, en.admin.user.forceTokens, en.admin.user.forceLinks, en.admin.user.forcePassword]) {
      await dialog.getByText(text).waitFor();
    }
    await expectAccessible(page, 'admin-user force sign-in dialog');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    await dialog.getByRole('button', { name: en.admin.user.forceSignIn }).click();
    await page.getByText('Done. Sessions ended: 1. Access tokens revoked: 1.').waitFor();
    await expect(ginaApi.gql('{ me { id } }')).resolves.toEqual({ me: null });
    // The reset link sent before no longer works.
    expect(new URL(resetMail.links.find((l) => l.includes('/reset-password'))!).pathname).toBe('/reset-password');

    // Lock and unlock.
    await page.getByRole('button', { name: en.admin.user.lock, exact: true }).click();
    await page.getByText(en.admin.user.lockedDone).waitFor();
    await page.getByRole('button', { name: en.admin.user.unlock }).click();
    await page.getByText(en.admin.user.unlocked).waitFor();

    // Delete, after its dialog; Escape first closes it without deleting.
    await page.getByRole('button', { name: en.admin.user.delete }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.admin.user.delete);
    await page.getByRole('button', { name: en.admin.user.delete }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.admin.user.delete }).click();
    await page.waitForURL(`${lk.base}/admin/users`);
    await page.getByText(en.admin.users.deleted.replace('{{email}}', gina.email)).waitFor();
    await context.close();
  });

  it("an admin's lock: the grid and the user's page name it, and the owner's \"Forgot password\" does not lift it", async () => {
    // Made here, so that the grid's counts above stay as they are.
    lk.createUser(ida);
    lk.createUser(jon);
    // Jon is locked out by wrong passwords: the automatic lock, for contrast.
    const { securitySettings } = await lk.api.gql<{ securitySettings: { lockoutThreshold: number } }>('{ securitySettings { lockoutThreshold } }');
    const stranger = new Api(lk.base);
    for (let i = 0; i < securitySettings.lockoutThreshold; i++) {
      await stranger.gql('mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }', { i: { login: jon.username, password: `wrong-${i}` } });
    }

    // The admin locks Ida from her page: the page says which lock it is and what lifts it.
    const { context, page } = await signedInAdmin();
    await page.goto(`${lk.base}/admin/users`);
    await page.getByLabel(en.admin.users.search).fill('ida');
    await page.getByRole('button', { name: en.admin.users.searchButton }).click();
    await page.getByRole('link', { name: `Edit ${ida.name}` }).click();
    await expectHeading(page, `User: ${ida.name}`);
    await page.getByRole('button', { name: en.admin.user.lock, exact: true }).click();
    await page.getByText(en.admin.user.lockedDone).waitFor();
    const details = page.locator('section[aria-labelledby="user-details"]');
    await details.locator('.badge', { hasText: en.admin.user.lockedAdmin }).waitFor();
    await details.getByText(en.admin.user.lockAdminHint).waitFor();
    expect(await details.getByText(en.admin.user.lockAutomaticHint).count()).toBe(0);
    await page.getByRole('button', { name: en.admin.user.unlock }).waitFor();
    // The activity follows at once.
    await page.locator('section[aria-labelledby="user-activity"]').getByText(en.audit.type.ACCOUNT_LOCKED).waitFor();
    await expectAccessible(page, 'admin-user locked by an admin');
    await shot(page, 'admin-user-locked');

    // Ida's right password is refused, and her "Forgot password" answers as
    // for a login that matches nobody, sends nothing and lifts nothing.
    const owner = await lk.newPage();
    await signInWithForm(owner.page, lk.base, ida.username, ida.password);
    await owner.page.getByRole('heading', { name: en.locked.title }).waitFor();
    await owner.page.goto(`${lk.base}/forgot-password`);
    await owner.page.getByLabel(en.signIn.login).fill('nobody-here');
    await owner.page.getByRole('button', { name: en.forgotPassword.submit }).click();
    await expectHeading(owner.page, en.forgotPassword.sentTitle);
    const unknownText = (await owner.page.getByRole('status').textContent())!.replace('nobody-here', 'X');
    await owner.page.getByRole('button', { name: en.forgotPassword.tryAgain }).click();
    await owner.page.getByLabel(en.signIn.login).fill(ida.email);
    await owner.page.getByRole('button', { name: en.forgotPassword.submit }).click();
    await expectHeading(owner.page, en.forgotPassword.sentTitle);
    expect((await owner.page.getByRole('status').textContent())!.replace(ida.email, 'X')).toBe(unknownText);
    // The request is answered once its email would have been queued: none was.
    const queued = await lk.api.gql<{ outbox: { totalCount: number } }>(
      'query($w: OutboxMessageWhereInput) { outbox(where: $w) { totalCount } }',
      { w: { toAddress: ida.email } },
    );
    expect(queued.outbox.totalCount).toBe(0);
    expect(lk.mailbox.messages.filter((m) => m.to === ida.email)).toEqual([]);
    await signInWithForm(owner.page, lk.base, ida.username, ida.password);
    await owner.page.getByRole('heading', { name: en.locked.title }).waitFor();

    // The grid's "Locked accounts only" lists both, each named by its kind.
    await page.goto(`${lk.base}/admin/users`);
    await expectHeading(page, en.admin.users.title);
    await page.getByLabel(en.admin.users.lockedOnly).check();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.filter({ hasText: ida.email }).locator('.badge').textContent()).toBe(en.admin.user.lockedAdmin);
    expect(await rows.filter({ hasText: jon.email }).locator('.badge').textContent()).toBe(en.admin.user.lockedAutomatic);
    await expectAccessible(page, 'admin-users locked');
    await shot(page, 'admin-users-locked');

    // Only the admin's unlock lifts it.
    await rows.filter({ hasText: ida.email }).getByRole('link', { name: `Edit ${ida.name}` }).click();
    await expectHeading(page, `User: ${ida.name}`);
    await page.getByRole('button', { name: en.admin.user.unlock }).click();
    await page.getByText(en.admin.user.unlocked).waitFor();
    await details.locator('.badge', { hasText: en.admin.user.active }).waitFor();
    await signInWithForm(owner.page, lk.base, ida.username, ida.password);
    await owner.page.waitForURL(`${lk.base}/`);
    await owner.context.close();
    await context.close();
  });

  it('creates a user, who sets a first password from the email', async () => {
    const { context, page } = await signedInAdmin();
    await page.goto(`${lk.base}/admin/users`);
    await page.getByRole('link', { name: en.admin.users.create }).click();
    await expectHeading(page, en.admin.newUser.title);
    await page.getByRole('button', { name: en.admin.newUser.submit }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'admin new user with errors');
    await page.locator('#new-user-email').fill('hugo@example.com');
    await page.locator('#new-user-username').fill('alice'); // taken
    await page.locator('#new-user-name').fill('Hugo Lind');
    await page.getByRole('button', { name: en.admin.newUser.submit }).click();
    await page.getByRole('alert').getByText(en.fieldErrors.username.ALREADY_EXISTS).first().waitFor();
    expect(await page.locator('#new-user-email').inputValue()).toBe('hugo@example.com');
    await page.locator('#new-user-username').fill('hugo');
    await page.getByRole('button', { name: en.admin.newUser.submit }).click();
    await expectHeading(page, 'User: Hugo Lind');
    await page.getByText(en.admin.newUser.created.replace('{{email}}', 'hugo@example.com')).waitFor();

    const link = await lk.mailbox.link('hugo@example.com', '/reset-password');
    const hugo = await lk.newPage();
    await hugo.page.goto(link);
    await hugo.page.getByLabel(en.password.new, { exact: true }).fill('First-Light-2024!');
    await hugo.page.getByLabel(en.password.confirm).fill('First-Light-2024!');
    await hugo.page.getByRole('button', { name: en.resetPassword.submit }).click();
    await expectHeading(hugo.page, en.resetPassword.doneTitle);
    await hugo.context.close();
    await context.close();
  });

  it('security settings: every field, validated, saved', async () => {
    const { context, page } = await signedInAdmin();
    await page.goto(`${lk.base}/admin/settings`);
    await expectHeading(page, en.admin.settings.title);
    await expectAccessible(page, 'settings');
    await shot(page, 'settings');
    const f = en.admin.settings.field;
    await page.getByLabel(f.lockoutThreshold).fill('0');
    await page.getByRole('button', { name: en.app.save }).click();
    await page.getByRole('alert').getByText('Enter a whole number from 1 to 100').waitFor();
    expect(await page.getByLabel(f.lockoutThreshold).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(f.lockoutThreshold).fill('7');
    await page.getByLabel(f.lockoutMinutes).fill('30');
    await page.getByLabel(f.resetLinkLifetimeMinutes).fill('120');
    await page.getByLabel(f.passwordPolicy).selectOption('NIST');
    await page.getByLabel(f.registrationOpen).check();
    await page.getByRole('button', { name: en.app.save }).click();
    await page.getByText(en.admin.settings.saved).waitFor();
    const s = await lk.api.gql<{ securitySettings: Record<string, unknown> }>(
      '{ securitySettings { lockoutThreshold lockoutMinutes resetLinkLifetimeMinutes passwordPolicy registrationOpen ipRequestsPerMinute } }',
    );
    expect(s.securitySettings).toEqual({
      lockoutThreshold: 7,
      lockoutMinutes: 30,
      resetLinkLifetimeMinutes: 120,
      passwordPolicy: 'NIST',
      registrationOpen: true,
      ipRequestsPerMinute: 0,
    });
    await lk.api.settings({ passwordPolicy: 'DEFAULT', registrationOpen: false, lockoutThreshold: 5, lockoutMinutes: 0 });
    await context.close();
  });

  it('audit log by type, and the outbox with the text and its link', async () => {
    const { context, page } = await signedInAdmin();
    await page.goto(`${lk.base}/admin/audit`);
    await expectHeading(page, en.admin.audit.title);
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'audit');
    await shot(page, 'audit');
    await page.getByLabel(en.admin.audit.type).selectOption('SECURITY_SETTINGS_UPDATED');
    await expect.poll(() => page.locator('tbody tr').first().textContent()).toContain(en.audit.type.SECURITY_SETTINGS_UPDATED);
    const types = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(types)).toEqual(new Set([en.audit.type.SECURITY_SETTINGS_UPDATED]));

    await lk.api.gql('mutation($i: RequestResetInput!) { requestReset(input: $i) { userErrors { code } } }', {
      i: { login: people[5].email },
    });
    await lk.mailbox.take((m) => m.to === people[5].email);
    await page.getByRole('link', { name: en.admin.nav.outbox }).click();
    await expectHeading(page, en.admin.outbox.title);
    const card = page.locator('li.card', { hasText: people[5].email }).first();
    await card.waitFor();
    await card.getByText(en.admin.outbox.showBody).click();
    await card.getByRole('link', { name: /\/reset-password\?token=/ }).waitFor();
    await card.locator('.badge', { hasText: en.admin.outbox.state.SENT }).waitFor();
    await expectAccessible(page, 'outbox');
    await shot(page, 'outbox');
    await page.getByLabel(en.admin.outbox.status).selectOption('FAILED');
    await page.getByText(en.admin.outbox.none).waitFor();

    // The playground is a plain link, for the Go server to serve.
    expect(await page.getByRole('link', { name: en.admin.nav.playground }).getAttribute('href')).toBe('/playground');
    await context.close();
  });

  it('tells a person who is not an admin that the admin screens are not theirs', async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, people[0].username, people[0].password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/admin/users`);
    await expectHeading(page, en.forbidden.title);
    await expectAccessible(page, 'forbidden');
    // Not an admin: no admin chunk was fetched.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/Admin-[^/]*\.js$/.test(r.name)))).toBe(false);
    await context.close();
  });
});

