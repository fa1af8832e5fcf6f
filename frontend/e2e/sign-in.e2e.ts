// Signing in, in three languages, at phone size too; ?next=; the language
// switcher. Against the real binary in Chromium (see harness.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import sv from '../src/i18n/sv.json';
import { admin, expectAccessible, expectHeading, heading, shot, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
beforeAll(async () => {
  lk = await startLatchkey();
});
afterAll(async () => {
  await lk?.stop();
});

describe('sign in', () => {
  it('signs in (after a wrong password), shows who you are, signs out', async () => {
    const { context, page } = await lk.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('the server responded with a status')) problems.push(m.text());
    });

    await page.goto(`${lk.base}/sign-in`);
    await expectHeading(page, en.signIn.title);
    await page.getByRole('button', { name: en.signIn.cantSignIn }).click();
    await page.getByRole('link', { name: en.signIn.forgotUsername }).waitFor();
    await expectAccessible(page, 'sign-in');
    await shot(page, 'sign-in');

    // Wrong password: the catalogue's message, announced and focused.
    await page.getByLabel(en.signIn.login).fill(admin.email);
    await page.getByLabel(en.signIn.password).fill('not-the-password');
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en.errors.INVALID_CREDENTIALS);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectAccessible(page, 'sign-in with an error');

    // Right password: home, with the account; the header has the Admin entry.
    await page.getByLabel(en.signIn.password).fill(admin.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.locator('main').getByText(admin.email).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const main = (await page.locator('main').textContent()) ?? '';
    for (const text of [admin.name, admin.username, en.role.ADMIN]) expect(main).toContain(text);
    await page.getByRole('link', { name: en.nav.admin, exact: true }).waitFor();
    await expectAccessible(page, 'home');
    await shot(page, 'home');

    // Signed in: /sign-in goes home.
    await page.goto(`${lk.base}/sign-in`);
    await page.waitForURL(`${lk.base}/`);

    // A deep link reload keeps the session (the cookie) and the route.
    await page.reload();
    await page.locator('main').getByText(admin.email).waitFor();

    // Sign out from the gear menu: back at /sign-in, and home is closed again.
    await page.getByRole('button', { name: new RegExp(en.nav.accountMenu) }).click();
    await page.getByRole('button', { name: en.home.signOut }).first().click();
    await page.waitForURL(`${lk.base}/sign-in`);
    await expectHeading(page, en.signIn.title);
    await page.goto(`${lk.base}/`);
    await page.waitForURL(`${lk.base}/sign-in`);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('honours a same-site ?next= and ignores another site', async () => {
    const { context, page } = await lk.newPage();
    await page.goto(`${lk.base}/change-password`);
    await page.waitForURL(`${lk.base}/sign-in?next=%2Fchange-password`);
    await page.getByLabel(en.signIn.login).fill(admin.username);
    await page.getByLabel(en.signIn.password).fill(admin.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.waitForURL(`${lk.base}/change-password`);
    await context.close();

    const other = await lk.newPage();
    await other.page.goto(`${lk.base}/sign-in?next=${encodeURIComponent('//evil.example/steal')}`);
    await other.page.getByLabel(en.signIn.login).fill(admin.username);
    await other.page.getByLabel(en.signIn.password).fill(admin.password);
    await other.page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await other.page.waitForURL(`${lk.base}/`);
    await other.context.close();
  });

  it.each([
    ['fr-FR', fr],
    ['sv-SE', sv],
  ] as const)('renders the sign-in page in the browser language (%s)', async (locale, catalogue) => {
    const { context, page } = await lk.newPage({ locale });
    await page.goto(`${lk.base}/sign-in`);
    await expectHeading(page, catalogue.signIn.title);
    await page.getByLabel(catalogue.signIn.login).waitFor();
    await page.getByLabel(catalogue.signIn.password).waitFor();
    await page.getByRole('button', { name: catalogue.signIn.cantSignIn }).click();
    await page.getByRole('link', { name: catalogue.signIn.forgotPassword }).waitFor();
    await page.getByRole('link', { name: catalogue.signIn.forgotUsername }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
    await expectAccessible(page, `sign-in (${locale})`);
    await context.close();
  });

  it('works on a phone-sized screen (375×667)', async () => {
    const { context, page } = await lk.newPage({ width: 375, height: 667 });
    await page.goto(`${lk.base}/sign-in`);
    await expectHeading(page, en.signIn.title);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'sign-in (phone)');
    await shot(page, 'sign-in-phone');
    await page.getByLabel(en.signIn.login).fill(admin.email);
    await page.getByLabel(en.signIn.password).fill(admin.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.locator('main').getByText(admin.email).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The profile and the admin grid fit too (wide tables scroll inside their box).
    await page.goto(`${lk.base}/profile`);
    await expectHeading(page, en.profile.title);
    await page.getByText(en.profile.thisDevice).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'profile (phone)');
    await page.goto(`${lk.base}/admin/users`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'admin-users-phone');
    await context.close();
  });

  it('passes axe in the dark colour scheme too', async () => {
    const { context, page } = await lk.newPage({ dark: true });
    await page.goto(`${lk.base}/sign-in`);
    await expectHeading(page, en.signIn.title);
    await page.getByLabel(en.signIn.login).fill(admin.email);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'sign-in (dark)');
    await page.getByLabel(en.signIn.password).fill(admin.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.waitForURL(`${lk.base}/`);
    for (const [path, title] of [
      ['/profile', en.profile.title],
      ['/admin/users', en.admin.users.title],
      ['/admin/settings', en.admin.settings.title],
    ] as const) {
      await page.goto(`${lk.base}${path}`);
      await expectHeading(page, title);
      await page.locator('main form, main table').first().waitFor();
      await expectAccessible(page, `${path} (dark)`);
    }
    await shot(page, 'settings-dark');
    await context.close();
  });

  it('switches language and remembers the choice', async () => {
    const { context, page } = await lk.newPage();
    await page.goto(`${lk.base}/sign-in`);
    await expectHeading(page, en.signIn.title);
    await page.getByLabel(en.language.label).selectOption('sv');
    await expect.poll(() => heading(page).textContent()).toBe(sv.signIn.title);
    await page.getByLabel(sv.language.label).selectOption('fr');
    await expect.poll(() => heading(page).textContent()).toBe(fr.signIn.title);
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe(fr.signIn.title);
    await context.close();
  });

  it('shows "page not found" for an unknown route', async () => {
    const { context, page } = await lk.newPage();
    await page.goto(`${lk.base}/no/such/page`);
    await expectHeading(page, en.notFound.title);
    await page.getByRole('link', { name: en.notFound.home }).waitFor();
    await expectAccessible(page, 'not found');
    await context.close();
  });
});
