// Forgotten password and username, reset links (query and fragment, used
// and bad), the locked account's "Yes, create my password", and the
// temporary password that must be changed. Real server, real SMTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import sv from '../src/i18n/sv.json';
import { expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const bob = { email: 'bob@example.com', username: 'bob', name: 'Bob Martin', password: 'Orange-Sky-2024!' };
const carl = { email: 'carl@example.com', username: 'carl', name: 'Carl Berg', password: 'Green-Tree-2024!' };
const dora = { email: 'dora@example.com', username: 'dora', name: 'Dora Lind', password: 'Blue-River-2024!' };
const eve = { email: 'eve@example.com', username: 'eve', name: 'Eve Temp', password: 'Red-Stone-2024!' };

beforeAll(async () => {
  lk = await startLatchkey();
  for (const u of [bob, carl, dora, eve]) lk.createUser(u);
});
afterAll(async () => {
  await lk?.stop();
});

describe('passwords', () => {
  it('forgot password (fr): same confirmation for any login, then the emailed link sets a new password', async () => {
    const { context, page } = await lk.newPage({ locale: 'fr-FR' });
    await page.goto(`${lk.base}/sign-in`);
    await page.getByRole('button', { name: fr.signIn.cantSignIn }).click();
    await page.getByRole('link', { name: fr.signIn.forgotPassword }).click();
    await expectHeading(page, fr.forgotPassword.title);
    await expectAccessible(page, 'forgot-password');
    await shot(page, 'forgot-password');

    // An unknown login gets the very same answer.
    await page.getByLabel(fr.signIn.login).fill('nobody-here');
    await page.getByRole('button', { name: fr.forgotPassword.submit }).click();
    await expectHeading(page, fr.forgotPassword.sentTitle);
    const unknownText = (await page.getByRole('status').textContent())!.replace('nobody-here', 'X');
    expect(unknownText).toContain(fr.forgotPassword.checkSpam);

    await page.getByRole('button', { name: fr.forgotPassword.tryAgain }).click();
    await page.getByLabel(fr.signIn.login).fill(bob.username);
    await page.getByRole('button', { name: fr.forgotPassword.submit }).click();
    await expectHeading(page, fr.forgotPassword.sentTitle);
    expect((await page.getByRole('status').textContent())!.replace(bob.username, 'X')).toBe(unknownText);
    await expectAccessible(page, 'forgot-password sent');

    const link = await lk.mailbox.link(bob.email, '/reset-password');
    await page.goto(link);
    await expectHeading(page, fr.resetPassword.title);
    // The token leaves the address bar at once.
    await expect.poll(() => new URL(page.url()).search).toBe('');

    // The rules tick off live as the person types.
    const upper = page.locator('li.rule', { hasText: fr.password.rule.UPPERCASE });
    await expect.poll(() => upper.getAttribute('class')).toContain('rule-unmet');
    await page.getByLabel(fr.password.new, { exact: true }).fill('nouveau-mot-de-passe');
    await expect.poll(() => upper.getAttribute('class')).toContain('rule-unmet');
    await page.getByLabel(fr.password.new, { exact: true }).fill('Nouveau-Passe-42');
    await expect.poll(() => upper.getAttribute('class')).toContain('rule-met');
    await page.getByLabel(fr.password.confirm).fill('Nouveau-Passe-42');
    await expectAccessible(page, 'reset-password');
    await shot(page, 'reset-password');
    await page.getByRole('button', { name: fr.resetPassword.submit }).click();
    await expectHeading(page, fr.resetPassword.doneTitle);
    await expectAccessible(page, 'reset-password done');
    await lk.mailbox.take((m) => m.to === bob.email); // "your password was reset"

    // The link works once.
    await page.goto(link);
    await page.getByLabel(fr.password.new, { exact: true }).fill('Encore-Autre-43');
    await page.getByLabel(fr.password.confirm).fill('Encore-Autre-43');
    await page.getByRole('button', { name: fr.resetPassword.submit }).click();
    await page.getByRole('alert').getByText(fr.errors.TOKEN_INVALID).waitFor();
    await page.getByRole('link', { name: fr.resetPassword.newLink }).click();
    await expectHeading(page, fr.forgotPassword.title);
    await expectAccessible(page, 'reset-password bad link');

    // Signing in with the new password works.
    await signInWithForm(page, lk.base, bob.email, 'Nouveau-Passe-42', {
      login: fr.signIn.login,
      password: fr.signIn.password,
      submit: fr.signIn.submit,
    });
    await page.waitForURL(`${lk.base}/`);
    await context.close();
  });

  it('reads a token from the fragment (#token=) too', async () => {
    const api = lk.api;
    await api.gql('mutation($i: RequestResetInput!) { requestReset(input: $i) { userErrors { code } } }', {
      i: { login: carl.email },
    });
    const link = new URL(await lk.mailbox.link(carl.email, '/reset-password'));
    const token = link.searchParams.get('token')!;
    const { context, page } = await lk.newPage();
    await page.goto(`${lk.base}/reset-password#token=${encodeURIComponent(token)}`);
    await expectHeading(page, en.resetPassword.title);
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await page.getByLabel(en.password.new, { exact: true }).fill('Fragment-Pass-77');
    await page.getByLabel(en.password.confirm).fill('Fragment-Pass-77');
    await page.getByRole('button', { name: en.resetPassword.submit }).click();
    await expectHeading(page, en.resetPassword.doneTitle);
    await context.close();
  });

  it('forgot username (sv): the username is emailed', async () => {
    const { context, page } = await lk.newPage({ locale: 'sv-SE' });
    await page.goto(`${lk.base}/sign-in`);
    await page.getByRole('button', { name: sv.signIn.cantSignIn }).click();
    await page.getByRole('link', { name: sv.signIn.forgotUsername }).click();
    await expectHeading(page, sv.forgotUsername.title);
    await expectAccessible(page, 'forgot-username');
    await page.getByLabel(sv.form.email).fill(carl.email);
    await page.getByRole('button', { name: sv.forgotUsername.submit }).click();
    await expectHeading(page, sv.forgotUsername.sentTitle);
    await page.getByText(sv.forgotPassword.checkSpam).waitFor();
    const mail = await lk.mailbox.take((m) => m.to === carl.email);
    expect(mail.text).toContain(carl.username);
    await context.close();
  });

  it('locked account: explains, and "Yes, create my password" emails a link that unlocks', async () => {
    const { context, page } = await lk.newPage();
    await page.goto(`${lk.base}/sign-in`);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel(en.signIn.login).fill(dora.username);
      await page.getByLabel(en.signIn.password).fill(`wrong-${i}`);
      await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
      await page.getByRole('alert').first().waitFor();
      await expect.poll(() => page.getByLabel(en.signIn.password).inputValue()).toBe('');
    }
    // Locked now: even the right password is refused, and the page says why.
    await page.getByLabel(en.signIn.password).fill(dora.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { name: en.locked.title }).waitFor();
    await expectAccessible(page, 'sign-in locked');
    await shot(page, 'sign-in-locked');
    await lk.mailbox.take((m) => m.to === dora.email && m.links.length > 0); // the lockout email
    await page.getByRole('button', { name: en.locked.confirm }).click();
    await page.getByText(en.locked.sent).waitFor();

    const link = await lk.mailbox.link(dora.email, '/reset-password');
    await page.goto(link);
    await page.getByLabel(en.password.new, { exact: true }).fill('Unlocked-Again-5');
    await page.getByLabel(en.password.confirm).fill('Unlocked-Again-5');
    await page.getByRole('button', { name: en.resetPassword.submit }).click();
    await expectHeading(page, en.resetPassword.doneTitle);
    await signInWithForm(page, lk.base, dora.username, 'Unlocked-Again-5');
    await page.waitForURL(`${lk.base}/`);
    await context.close();
  });

  it('temporary password: signing in with it leads to the change-password screen first', async () => {
    await lk.api.settings({ resetMethod: 'TEMPORARY_PASSWORD' });
    try {
      const { context, page } = await lk.newPage();
      await page.goto(`${lk.base}/forgot-password`);
      await page.getByLabel(en.signIn.login).fill(eve.email);
      await page.getByRole('button', { name: en.forgotPassword.submit }).click();
      await expectHeading(page, en.forgotPassword.sentTitle);
      const mail = await lk.mailbox.take((m) => m.to === eve.email);
      const temporary = mail.text.split('\n\n')[2].trim();
      expect(temporary.length).toBeGreaterThanOrEqual(9);

      await signInWithForm(page, lk.base, eve.email, temporary);
      await page.waitForURL(/\/change-password/);
      await expectHeading(page, en.changePassword.title);
      await expectAccessible(page, 'change-password (temporary)');
      await shot(page, 'change-password');

      // Anything else sends the person back here until the password is changed.
      await page.goto(`${lk.base}/change-password?next=%2F`);
      await page.getByLabel(en.changePassword.temporary).fill(temporary);
      await page.getByLabel(en.password.new, { exact: true }).fill('Own-Quiet-Pass-88');
      await page.getByLabel(en.password.confirm).fill('Own-Quiet-Pass-88');
      await page.getByRole('button', { name: en.app.save }).click();
      await page.waitForURL(`${lk.base}/`);
      await page.locator('main').getByText(eve.email).waitFor();
      await context.close();
    } finally {
      await lk.api.settings({ resetMethod: 'LINK' });
    }
  });
});
