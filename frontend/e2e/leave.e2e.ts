// The right to leave: "Download my data" saves the export as a JSON file;
// "Delete my account" names what is lost, asks for the password, refuses
// the last manager of an organisation, and lands the person signed out.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import sv from '../src/i18n/sv.json';
import { Api, expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const gwen = { email: 'gwen@example.com', username: 'gwen', name: 'Gwen Stacy', password: 'Spider-Bridge-1973!' };
const henri = { email: 'henri@example.com', username: 'henri', name: 'Henri Lebrun', password: 'Tour-Eiffel-1889!' };

beforeAll(async () => {
  lk = await startLatchkey();
  lk.createUser(gwen);
  lk.createUser(henri);
});
afterAll(async () => {
  await lk?.stop();
});

describe('download my data', () => {
  it('saves everything held about the person as a JSON file, without a secret', async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, gwen.username, gwen.password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile#my-data`);
    await expectHeading(page, en.profile.title);
    const section = page.getByRole('region', { name: en.leave.dataTitle });
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: en.leave.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^latchkey-data-gwen-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const data = JSON.parse(text) as { format: string; profile: { email: string; username: string }; sessions: unknown[]; activity: { events: { type: string }[] } };
    expect(data.format).toBe('latchkey-personal-data/1');
    expect(data.profile).toMatchObject({ email: gwen.email, username: gwen.username });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.activity.events.map((e) => e.type)).toContain('SIGN_IN_SUCCEEDED');
    expect(text).not.toContain('argon2');
    expect(text).not.toContain(gwen.password);
    await section.getByText(/latchkey-data-gwen-.*\.json/).waitFor();
    await expectAccessible(page, 'profile, data downloaded');
    await context.close();
  });
});

describe('delete my account', () => {
  it('names what is lost in French, and the last manager is told to hand over first', async () => {
    // Henri manages an organisation in which someone else is a member.
    const org = await lk.api.gql<{ createOrganization: { organization: { id: string } } }>(
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
      { i: { name: 'Boulangerie Lebrun' } },
    );
    const orgId = org.createOrganization.organization.id;
    await lk.api.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { userErrors { code } } }', {
      i: { organizationId: orgId, email: henri.email, rights: ['MANAGE_MEMBERS'] },
    });
    const henriApi = new Api(lk.base);
    await henriApi.signIn(henri.username, henri.password);
    const token = new URL(await lk.mailbox.link(henri.email, '/accept-invitation')).searchParams.get('token');
    await henriApi.gql('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { userErrors { code } } }', { i: { token } });
    await lk.api.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { userErrors { code } } }', {
      i: { organizationId: orgId, email: gwen.email, rights: ['VIEW_ORDERS'] },
    });
    const gwenApi = new Api(lk.base);
    await gwenApi.signIn(gwen.username, gwen.password);
    const gwenToken = new URL(await lk.mailbox.link(gwen.email, '/accept-invitation')).searchParams.get('token');
    await gwenApi.gql('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { userErrors { code } } }', { i: { token: gwenToken } });

    const { context, page } = await lk.newPage({ locale: 'fr-FR' });
    await signInWithForm(page, lk.base, henri.username, henri.password, { login: fr.signIn.login, password: fr.signIn.password, submit: fr.signIn.submit });
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile#delete-account`);
    await expectHeading(page, fr.profile.title);
    await page.getByRole('region', { name: fr.leave.deleteTitle }).getByRole('button', { name: fr.leave.deleteButton }).click();
    const dialog = page.getByRole('dialog', { name: fr.leave.confirmTitle });
    await dialog.getByText('votre appartenance à Boulangerie Lebrun').waitFor();
    await dialog.getByText(`votre compte ${henri.username} (${henri.email}) et son mot de passe`).waitFor();
    await expectAccessible(page, 'delete my account, in French');
    await dialog.getByLabel(fr.leave.password).fill(henri.password);
    await dialog.getByRole('button', { name: fr.leave.confirm }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText(fr.errors.LAST_MEMBER_MANAGER).waitFor();
    await alert.getByRole('link', { name: 'Boulangerie Lebrun' }).waitFor();
    await expectAccessible(page, 'delete my account refused, in French');
    // Escape closes the dialog; nothing changed.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectHeading(page, fr.profile.title);
    await context.close();
    expect(sv.leave.confirmTitle).not.toBe(en.leave.confirmTitle);
  });

  it('asks for the password, then signs the person out everywhere with a message', async () => {
    const elsewhere = new Api(lk.base);
    await elsewhere.signIn(gwen.username, gwen.password);
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, gwen.email, gwen.password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile#delete-account`);
    await expectHeading(page, en.profile.title);
    await page.getByRole('region', { name: en.leave.deleteTitle }).getByRole('button', { name: en.leave.deleteButton }).click();
    const dialog = page.getByRole('dialog', { name: en.leave.confirmTitle });
    await dialog.getByText(en.leave.confirmLost).waitFor();
    await dialog.getByText('your membership of Boulangerie Lebrun').waitFor();
    await expectAccessible(page, 'delete my account');
    await shot(page, 'delete-account');

    await dialog.getByLabel(en.leave.password).fill('Not-Her-Password-1');
    await dialog.getByRole('button', { name: en.leave.confirm }).click();
    await dialog.getByText(en.leave.wrongPassword).first().waitFor();
    expect(await dialog.getByLabel(en.leave.password).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'delete my account, wrong password');

    await dialog.getByLabel(en.leave.password).fill(gwen.password);
    await dialog.getByRole('button', { name: en.leave.confirm }).click();
    await page.waitForURL(`${lk.base}/sign-in`);
    await expectHeading(page, en.signIn.title);
    await page.getByRole('status').getByText(en.leave.deleted).waitFor();
    await expectAccessible(page, 'signed out after deletion');

    // Gone everywhere: the other session, and signing in again.
    await expect(elsewhere.gql('{ me { id } }')).resolves.toEqual({ me: null });
    await page.goto(`${lk.base}/profile`);
    await page.waitForURL(/\/sign-in/);
    await signInWithForm(page, lk.base, gwen.email, gwen.password);
    await page.getByText(en.errors.INVALID_CREDENTIALS).first().waitFor();
    await context.close();
  });
});
