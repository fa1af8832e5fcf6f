// Organisations: create, invite a new user and an existing one, accept
// both ways, manage rights, delete a member, revoke an invitation; then
// sign-up (closed, open) and the email verification link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import sv from '../src/i18n/sv.json';
import { admin, expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const ivan = { email: 'ivan@example.com', username: 'ivan', name: 'Ivan Petit', password: 'Golden-Field-2024!' };
let orgUrl = '';

beforeAll(async () => {
  lk = await startLatchkey();
  lk.createUser(ivan);
});
afterAll(async () => {
  await lk?.stop();
});

describe('organisations and invitations', () => {
  it('an admin creates an organisation and invites a new user, who accepts by creating an account', async () => {
    const { context, page } = await lk.newPage({ locale: 'fr-FR' });
    await signInWithForm(page, lk.base, admin.email, admin.password, {
      login: fr.signIn.login,
      password: fr.signIn.password,
      submit: fr.signIn.submit,
    });
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/admin/organizations`);
    await expectHeading(page, fr.admin.organizations.title);
    await page.getByText(fr.admin.organizations.none).waitFor();
    await expectAccessible(page, 'admin organisations');
    await page.getByLabel(fr.home.name, { exact: true }).fill('Hôtel du Lac');
    await page.getByRole('button', { name: fr.admin.organizations.createButton }).click();
    await expectHeading(page, 'Hôtel du Lac');
    orgUrl = page.url();

    // Ajouter un utilisateur → Nouvel utilisateur → droits d'accès → Envoyer l'invitation.
    await page.getByRole('button', { name: fr.org.addUser }).click();
    await page.getByLabel(fr.org.newUser, { exact: true }).check();
    await page.getByLabel(fr.org.newUserEmail).fill('nora@example.com');
    await page.getByLabel(fr.rights.VIEW_ORDERS).check();
    await page.getByLabel(fr.rights.MANAGE_MEMBERS).check();
    await expectAccessible(page, 'organization add user');
    await page.getByRole('button', { name: fr.org.sendInvitation }).click();
    await page.getByText(fr.org.invitationSent.replace('{{email}}', 'nora@example.com')).waitFor();
    await page.locator('tbody tr', { hasText: 'nora@example.com' }).getByText(fr.org.status.PENDING).waitFor();
    await context.close();

    // Nora opens the link: no account yet, so she picks a username and password.
    const link = await lk.mailbox.link('nora@example.com', '/accept-invitation');
    const nora = await lk.newPage();
    await nora.page.goto(link);
    await expectHeading(nora.page, en.accept.title);
    await expect.poll(() => new URL(nora.page.url()).search).toBe('');
    await nora.page.getByText('Hôtel du Lac invites nora@example.com to join.').waitFor();
    await nora.page.locator('#accept-username').fill('nora');
    await nora.page.locator('#accept-name').fill('Nora Blanc');
    await nora.page.locator('#accept-password').fill('Nora-2024!x'); // contains her username
    await expect.poll(() => nora.page.locator('li.rule', { hasText: en.password.rule.NOT_PERSONAL }).getAttribute('class')).toContain('rule-unmet');
    await nora.page.locator('#accept-password').fill('Quiet-Harbour-88');
    await nora.page.locator('#accept-confirmation').fill('Quiet-Harbour-88');
    await expectAccessible(nora.page, 'accept-invitation');
    await shot(nora.page, 'accept-invitation');
    await nora.page.getByRole('button', { name: en.accept.createAndJoin }).click();
    await expectHeading(nora.page, 'Hôtel du Lac');
    // Signed in, and with MANAGE_MEMBERS she may manage.
    await nora.page.getByRole('button', { name: en.org.addUser }).waitFor();
    await nora.page.getByRole('cell', { name: 'Nora Blanc (you)' }).waitFor();
    await nora.context.close();
  });

  it('invites an existing user, who signs in first and accepts; then their rights change and they are removed', async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, admin.email, admin.password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(orgUrl);
    await expectHeading(page, 'Hôtel du Lac');
    await page.getByRole('button', { name: en.org.addUser }).click();
    await page.getByLabel(en.org.existingUser, { exact: true }).check();
    await page.getByText(en.org.existingUserHint).waitFor();
    await page.getByLabel(en.org.existingUserEmail).fill(ivan.email);
    await page.getByLabel(en.rights.VIEW_BILLING).check();
    await page.getByRole('button', { name: en.org.sendInvitation }).click();
    await page.getByText(en.org.invitationSent.replace('{{email}}', ivan.email)).waitFor();

    const link = await lk.mailbox.link(ivan.email, '/accept-invitation');
    const iv = await lk.newPage();
    await iv.page.goto(link);
    await iv.page.getByText(en.accept.signInFirst.replace('{{email}}', ivan.email)).waitFor();
    await expectAccessible(iv.page, 'accept-invitation (existing, signed out)');
    await iv.page.getByRole('link', { name: en.accept.signInToAccept }).click();
    await expectHeading(iv.page, en.signIn.title);
    await iv.page.getByLabel(en.signIn.login).fill(ivan.username);
    await iv.page.getByLabel(en.signIn.password).fill(ivan.password);
    await iv.page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await expectHeading(iv.page, en.accept.title);
    await iv.page.getByRole('button', { name: en.accept.accept, exact: true }).click();
    await expectHeading(iv.page, 'Hôtel du Lac');
    // Without MANAGE_MEMBERS: no management controls.
    await iv.page.getByRole('cell', { name: 'Ivan Petit (you)' }).waitFor();
    expect(await iv.page.getByRole('button', { name: en.org.addUser }).count()).toBe(0);
    expect(await iv.page.getByRole('button', { name: /^Manage / }).count()).toBe(0);
    expect(await iv.page.getByRole('heading', { name: en.org.invitations }).count()).toBe(0);

    // The admin: Manage → change rights.
    await page.reload();
    await page.getByRole('button', { name: 'Manage Ivan Petit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Manage Ivan Petit' });
    await dialog.waitFor();
    await expectAccessible(page, 'organization manage dialog');
    await dialog.getByLabel(en.rights.USE_API).check();
    await dialog.getByRole('button', { name: en.org.saveRights }).click();
    await page.getByText(en.org.rightsSaved.replace('{{name}}', 'Ivan Petit')).waitFor();
    await expect
      .poll(() => page.locator('section[aria-labelledby="members-title"] tbody tr', { hasText: ivan.email }).textContent())
      .toContain(en.rights.USE_API);
    await expectAccessible(page, 'organization');
    await shot(page, 'organization');

    // Inviting him again: he is a member already, and the form says so.
    await page.getByRole('button', { name: en.org.addUser }).click();
    const addUser = page.getByRole('region', { name: en.org.addUser });
    await addUser.getByLabel(en.org.existingUser, { exact: true }).check();
    await addUser.getByLabel(en.org.existingUserEmail).fill(ivan.email);
    await addUser.getByRole('button', { name: en.org.sendInvitation }).click();
    await addUser.getByText(en.org.alreadyMember).first().waitFor();
    expect(await addUser.getByText(en.fieldErrors.email.ALREADY_EXISTS).count()).toBe(0);
    expect(await addUser.getByLabel(en.org.existingUserEmail).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'organization, inviting a member again');
    await addUser.getByRole('button', { name: en.app.cancel }).click();
    await page.reload(); // the form closed keeps "Existing user": what follows starts afresh
    await expectHeading(page, 'Hôtel du Lac');

    // Manage → Delete user, confirmed.
    await page.getByRole('button', { name: 'Manage Ivan Petit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.org.deleteUser }).click();
    await page.getByRole('dialog', { name: 'Delete Ivan Petit from Hôtel du Lac?' }).getByRole('button', { name: en.org.deleteUser }).click();
    await page.getByText(en.org.removed.replace('{{name}}', 'Ivan Petit')).waitFor();
    await expect.poll(() => page.locator('section[aria-labelledby="members-title"] tbody tr', { hasText: ivan.email }).count()).toBe(0);

    // A pending invitation can be revoked; its link then says so.
    await page.getByRole('button', { name: en.org.addUser }).click();
    await page.getByLabel(en.org.newUserEmail).fill('olga@example.com');
    await page.getByRole('button', { name: en.org.sendInvitation }).click();
    await page.getByRole('button', { name: 'Revoke the invitation to olga@example.com' }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.tokens.revoke }).click();
    await page.locator('tbody tr', { hasText: 'olga@example.com' }).getByText(en.org.status.REVOKED).waitFor();
    const olga = await lk.mailbox.link('olga@example.com', '/accept-invitation');
    await iv.page.goto(olga);
    await iv.page.getByRole('alert').getByText(en.errors.TOKEN_INVALID).waitFor();
    await iv.context.close();
    await context.close();
  });
});

describe('sign-up', () => {
  it('says when registration is closed, then signs up (sv) and verifies the email', async () => {
    const { context, page } = await lk.newPage({ locale: 'sv-SE' });
    await page.goto(`${lk.base}/sign-in`);
    await page.getByRole('link', { name: sv.signIn.signUp }).click();
    await expectHeading(page, sv.signUp.title);
    await expectAccessible(page, 'sign-up');
    const fill = async () => {
      await page.getByLabel(sv.home.email).fill('petra@example.se');
      await page.getByLabel(sv.home.username).fill('petra');
      await page.locator('#sign-up-name').fill('Petra Ek');
      await page.locator('#sign-up-password').fill('Snowy-Forest-2024');
      await page.locator('#sign-up-confirmation').fill('Snowy-Forest-2024');
      await page.getByRole('button', { name: sv.signUp.submit }).click();
    };
    await fill();
    await page.getByRole('alert').getByText(sv.errors.REGISTRATION_CLOSED).waitFor();

    await lk.api.settings({ registrationOpen: true });
    await page.reload();
    await fill();
    await expectHeading(page, sv.signUp.doneTitle);
    const link = await lk.mailbox.link('petra@example.se', '/verify-email');
    await page.goto(link);
    await expectHeading(page, sv.verifyEmail.title);
    await expectAccessible(page, 'verify-email');
    await page.getByRole('button', { name: sv.verifyEmail.button }).click();
    await page.getByText(sv.verifyEmail.done.replace('{{email}}', 'petra@example.se')).waitFor();
    // Used once: the same link now says it is not valid.
    await page.goto(link);
    await page.getByRole('button', { name: sv.verifyEmail.button }).click();
    await page.getByRole('alert').waitFor();
    await lk.api.settings({ registrationOpen: false });
    await context.close();
  });
});
