// A second factor from the web app, against the real binary in Chromium:
// add an authenticator app from the profile (the key read off the screen,
// the codes computed here with RFC 6238), keep the recovery codes shown
// once (downloaded as text), sign out, sign in with password and code, then
// with a recovery code (which works once), and at phone size; the codes'
// lock after wrong ones, and an admin's unlock; an admin's reset; the
// enrolment a policy requires. Axe on every screen. See harness.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../src/i18n/en.json';
import sv from '../src/i18n/sv.json';
import { admin, expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';
import { hotp, totp, totpStep } from './totp';

let lk: Latchkey;
const grace = { email: 'grace@example.com', username: 'grace', name: 'Grace Hopper', password: 'Cobol-Compiler-1959' };

beforeAll(async () => {
  lk = await startLatchkey();
  lk.createUser(grace);
});
afterAll(async () => {
  await lk?.stop();
});

// Each code is sent once: a code already used in its window is refused
// (replay), so each use takes the next 30-second step, within the one step
// of clock skew the server allows, or waits for it.
let lastStep = 0;
async function nextCode(secret: string): Promise<string> {
  for (;;) {
    const now = totpStep();
    const step = Math.max(now, lastStep + 1);
    if (step <= now + 1) {
      lastStep = step;
      return totp(secret, step);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: new RegExp(en.nav.accountMenu) }).click();
  await page.getByRole('button', { name: en.home.signOut }).first().click();
  await page.waitForURL(`${lk.base}/sign-in`);
}

describe('a second factor', () => {
  it('computes RFC 6238 codes (the test vectors, SHA-1)', () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
    expect(hotp(secret, Math.floor(59 / 30), 8)).toBe('94287082');
    expect(hotp(secret, Math.floor(1111111109 / 30), 8)).toBe('07081804');
    expect(hotp(secret, Math.floor(20000000000 / 30), 8)).toBe('65353130');
  });

  let secret = '';
  let codes: string[] = [];

  it('adds an authenticator app from the profile and shows the recovery codes once', async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, grace.username, grace.password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile`);
    await expectHeading(page, en.profile.title);
    await page.getByRole('link', { name: en.signInMethods.manage }).click();
    await page.waitForURL(`${lk.base}/profile/sign-in-methods`);
    await expectHeading(page, en.signInMethods.title);
    await page.getByText(en.signInMethods.none).waitFor();
    await expectAccessible(page, 'sign-in methods');

    await page.getByRole('button', { name: en.totp.add }).click();
    const step = page.getByRole('region', { name: en.totp.enrolTitle });
    await step.waitFor();
    // The QR code is an image of the server's SVG, loaded (not markup in the page).
    const qr = step.getByRole('img', { name: en.totp.qrAlt });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await step.locator('svg').count()).toBe(0);
    secret = (await step.locator('code.secret').textContent())!.replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible(page, 'authenticator app enrolment');
    await shot(page, 'sign-in-methods-enrol');

    // A wrong code first: refused at the field, announced.
    const wrong = String((Number(totp(secret)) + 500000) % 1000000).padStart(6, '0');
    await step.getByLabel(en.secondFactor.code).fill(wrong);
    await step.getByRole('button', { name: en.totp.confirm }).click();
    await page.getByRole('alert').getByText(en.errors.SECOND_FACTOR_INVALID).waitFor();
    await step.getByLabel(en.secondFactor.code).fill(await nextCode(secret));
    await step.getByRole('button', { name: en.totp.confirm }).click();

    const shown = page.getByRole('region', { name: en.recoveryCodes.shownTitle });
    await shown.waitFor();
    codes = (await shown.getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [download] = await Promise.all([page.waitForEvent('download'), shown.getByRole('button', { name: en.recoveryCodes.download }).click()]);
    expect(download.suggestedFilename()).toBe('latchkey-recovery-codes.txt');
    const file = readFileSync((await download.path())!, 'utf8');
    for (const code of codes) expect(file).toContain(code);
    await expectAccessible(page, 'recovery codes');
    await shot(page, 'recovery-codes');

    await shown.getByRole('button', { name: en.recoveryCodes.done }).click();
    await shown.getByText(en.recoveryCodes.savedRequired).waitFor();
    await shown.getByRole('checkbox', { name: en.recoveryCodes.savedCheck }).check();
    await shown.getByRole('button', { name: en.recoveryCodes.done }).click();
    await page.getByText(en.totp.added).waitFor();
    expect(await page.getByText(codes[0]).count()).toBe(0);
    await page.getByText(en.recoveryCodes.left.replace('{{left}}', '10')).waitFor();
    await page.getByRole('region', { name: en.signInMethods.listTitle }).getByText(en.signInMethods.kindName.TOTP).first().waitFor();
    await expectAccessible(page, 'sign-in methods with an app');
    await shot(page, 'sign-in-methods');
    await signOut(page);
    await context.close();
  });

  it('signs in with the password and a code, going on to ?next=', async () => {
    const { context, page } = await lk.newPage();
    await page.goto(`${lk.base}/profile/sign-in-methods`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel(en.signIn.login).fill(grace.email);
    await page.getByLabel(en.signIn.password).fill(grace.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await expectHeading(page, en.secondFactor.title);
    const code = page.getByLabel(en.secondFactor.code);
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    // No session yet: the password alone opened nothing.
    expect(await page.evaluate(async () => (await (await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"{ me { id } }"}' })).json()) as unknown)).toEqual({
      data: { me: null },
    });
    await expectAccessible(page, 'second factor');
    await shot(page, 'second-factor');

    await code.fill('000000');
    await page.getByRole('button', { name: en.secondFactor.verify }).click();
    await page.getByRole('alert').getByText(en.errors.SECOND_FACTOR_INVALID).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectAccessible(page, 'second factor, wrong code');

    await code.fill(await nextCode(secret));
    await page.getByRole('button', { name: en.secondFactor.verify }).click();
    await page.waitForURL(`${lk.base}/profile/sign-in-methods`);
    await expectHeading(page, en.signInMethods.title);
    // The profile says how this session was authenticated.
    await page.goto(`${lk.base}/profile`);
    const sessions = page.getByRole('region', { name: en.profile.sessionsTitle });
    await sessions.getByText(`${en.authMethod.PASSWORD} + ${en.authMethod.TOTP}`).waitFor();
    await sessions.getByText(en.profile.twoStep, { exact: true }).waitFor();
    await page.getByRole('region', { name: en.signInMethods.title }).getByText(en.signInMethods.statusOn, { exact: true }).waitFor();
    await signOut(page);
    await context.close();
  });

  it('signs in with a recovery code, which then works no more; new codes', async () => {
    const { context, page } = await lk.newPage({ width: 375, height: 667 });
    const toRecovery = async () => {
      await signInWithForm(page, lk.base, grace.username, grace.password);
      await expectHeading(page, en.secondFactor.title);
      await page.getByRole('button', { name: en.secondFactor.useRecoveryCode }).click();
      await page.getByLabel(en.secondFactor.recoveryCode).waitFor();
    };
    await toRecovery();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'second factor, recovery code (phone)');
    await shot(page, 'second-factor-recovery-phone');
    await page.getByLabel(en.secondFactor.recoveryCode).fill(codes[0]);
    await page.getByRole('button', { name: en.secondFactor.verify }).click();
    await page.waitForURL(`${lk.base}/`);
    await page.locator('main').getByText(grace.email).waitFor();
    const used = await lk.mailbox.take((m) => m.to === grace.email && /recovery/i.test(`${m.subject} ${m.text}`));
    expect(used.text).not.toContain(codes[0]);

    await page.goto(`${lk.base}/profile/sign-in-methods`);
    await page.getByText(en.recoveryCodes.left.replace('{{left}}', '9')).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'sign-in methods (phone)');
    await signOut(page);

    // The same code again: refused.
    await toRecovery();
    await page.getByLabel(en.secondFactor.recoveryCode).fill(codes[0]);
    await page.getByRole('button', { name: en.secondFactor.verify }).click();
    await page.getByRole('alert').getByText(en.errors.SECOND_FACTOR_INVALID).waitFor();
    await page.getByLabel(en.secondFactor.recoveryCode).fill(codes[1]);
    await page.getByRole('button', { name: en.secondFactor.verify }).click();
    await page.waitForURL(`${lk.base}/`);

    // New codes (just signed in: recent enough, no question), shown once, at phone size.
    await page.goto(`${lk.base}/profile/sign-in-methods`);
    await page.getByRole('button', { name: en.recoveryCodes.regenerate }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.recoveryCodes.regenerate }).click();
    const shown = page.getByRole('region', { name: en.recoveryCodes.shownTitle });
    await shown.waitFor();
    const renewed = (await shown.getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(renewed).toHaveLength(10);
    expect(renewed).not.toContain(codes[2]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'new recovery codes (phone)');
    await shot(page, 'recovery-codes-phone');
    await shown.getByRole('checkbox', { name: en.recoveryCodes.savedCheck }).check();
    await shown.getByRole('button', { name: en.recoveryCodes.done }).click();
    await page.getByText(en.recoveryCodes.renewed).waitFor();
    await page.getByText(en.recoveryCodes.left.replace('{{left}}', '10')).waitFor();
    await context.close();
  });

  it('locks the codes after too many wrong ones: says when it lifts and that a passkey or an admin helps, offers no reset; an admin unlocks', async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, grace.username, grace.password);
    await expectHeading(page, en.secondFactor.title);
    await page.getByRole('button', { name: en.secondFactor.useRecoveryCode }).click();
    const field = page.getByLabel(en.secondFactor.recoveryCode);
    // Each try waits for its own answer (the refusal's alert of the try
    // before is still on the page, so it cannot tell).
    const verify = async (code: string) => {
      await field.fill(code);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('verifySecondFactor')),
        page.getByRole('button', { name: en.secondFactor.verify }).click(),
      ]);
    };
    // lockoutThreshold (5) wrong recovery codes in a row, each refused; the fifth locks.
    for (let i = 0; i < 5; i++) {
      await verify(`wrong-${i}wrong-${i}`);
      await page.getByRole('alert').getByText(en.errors.SECOND_FACTOR_INVALID).waitFor();
    }
    // Any code now meets the lock, before it is looked at.
    await verify('wrong-5wrong-5');
    const locked = page.getByRole('alert', { name: en.secondFactorLocked.title });
    await locked.waitFor();
    await locked.getByText(en.secondFactorLocked.admin).waitFor();
    await locked.getByText(en.secondFactorLocked.noReset).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await page.getByRole('link', { name: en.secondFactor.startAgain }).waitFor();
    await expectAccessible(page, 'second factor, codes locked');

    // The owner is emailed a way to sign in, not to reset the password.
    const mail = await lk.mailbox.take((m) => m.to === grace.email && /wrong codes/i.test(m.subject));
    expect(mail.links.some((l) => new URL(l).pathname === '/sign-in')).toBe(true);
    expect(mail.links.some((l) => new URL(l).pathname === '/forgot-password')).toBe(false);

    // The right password again: told on the sign-in page, with no reset on offer.
    await page.getByRole('link', { name: en.secondFactor.startAgain }).click();
    await page.waitForURL(`${lk.base}/sign-in`);
    await page.getByLabel(en.signIn.login).fill(grace.username);
    await page.getByLabel(en.signIn.password).fill(grace.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    const told = page.getByRole('alert', { name: en.secondFactorLocked.title });
    await told.waitFor();
    expect(await page.getByRole('button', { name: en.locked.confirm }).count()).toBe(0);
    await expectAccessible(page, 'sign-in, codes locked');
    // A wrong password is told nothing of the lock.
    await page.getByLabel(en.signIn.password).fill('Not-The-Password-1');
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.getByRole('alert').getByText(en.errors.INVALID_CREDENTIALS).waitFor();
    expect(await page.getByRole('alert', { name: en.secondFactorLocked.title }).count()).toBe(0);
    await context.close();

    // An admin sees the lock beside the factors and lifts it with Unlock.
    const adminPage = await lk.newPage();
    await signInWithForm(adminPage.page, lk.base, admin.username, admin.password);
    await adminPage.page.waitForURL(`${lk.base}/`);
    // The grid's "Locked accounts only" lists grace, with the codes' lock.
    await adminPage.page.goto(`${lk.base}/admin/users`);
    await adminPage.page.getByLabel(en.admin.users.lockedOnly).check();
    const row = adminPage.page.getByRole('row').filter({ hasText: 'grace' });
    await row.getByText(en.admin.users.codesLocked, { exact: true }).waitFor();
    expect(await adminPage.page.getByRole('row').count()).toBe(2); // the header and grace
    const found = await lk.api.gql<{ users: { edges: { node: { id: string } }[] } }>('{ users(where: {username: "grace"}) { edges { node { id } } } }');
    await adminPage.page.goto(`${lk.base}/admin/users/${encodeURIComponent(found.users.edges[0].node.id)}`);
    const details = adminPage.page.getByRole('region', { name: en.profile.accountDetails });
    await details.getByText(en.admin.user.codesLocked).waitFor();
    await expectAccessible(adminPage.page, 'admin user, codes locked');
    await adminPage.page.getByRole('button', { name: en.admin.user.unlock }).click();
    await adminPage.page.getByText(en.admin.user.unlocked).waitFor();
    // The user's page loads again after the unlock: the badge goes then.
    await details.getByText(en.admin.user.codesLocked).waitFor({ state: 'detached' });
    await adminPage.context.close();

    // Codes work again.
    const again = await lk.newPage();
    await signInWithForm(again.page, lk.base, grace.username, grace.password);
    await expectHeading(again.page, en.secondFactor.title);
    await again.page.getByLabel(en.secondFactor.code).fill(await nextCode(secret));
    await again.page.getByRole('button', { name: en.secondFactor.verify }).click();
    await again.page.waitForURL(`${lk.base}/`);
    await again.context.close();
  });

  it("lets an admin reset a person's second factors, who then signs in with the password alone", async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, admin.username, admin.password);
    await page.waitForURL(`${lk.base}/`);
    const found = await lk.api.gql<{ users: { edges: { node: { id: string } }[] } }>('{ users(where: {username: "grace"}) { edges { node { id } } } }');
    await page.goto(`${lk.base}/admin/users/${encodeURIComponent(found.users.edges[0].node.id)}`);
    const details = page.getByRole('region', { name: en.profile.accountDetails });
    await details.getByText(en.signInMethods.kindName.TOTP).waitFor();
    await page.getByRole('button', { name: en.admin.user.resetFactors }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAccessible(page, 'admin reset second factors dialog');
    await dialog.getByRole('button', { name: en.admin.user.resetFactors }).click();
    await page.getByText(en.admin.user.factorsReset.replace('{{email}}', grace.email)).waitFor();
    await details.getByText(en.admin.user.noSecondFactor).waitFor();
    await lk.mailbox.take((m) => m.to === grace.email && /reset/i.test(m.subject));
    await context.close();

    const other = await lk.newPage();
    await signInWithForm(other.page, lk.base, grace.username, grace.password);
    await other.page.waitForURL(`${lk.base}/`);
    await other.page.locator('main').getByText(grace.email).waitFor();
    await other.context.close();
  });

  // Last: once everyone must have a second factor, the admin's API session is gated too.
  it('sends a person who must have a second factor to add one at sign-in, then on', async () => {
    const hedy = { email: 'hedy@example.com', username: 'hedy', name: 'Hedy Lamarr', password: 'Frequency-Hopping-42' };
    lk.createUser(hedy);
    await lk.api.settings({ requireSecondFactor: 'EVERYONE' });
    const { context, page } = await lk.newPage({ locale: 'sv-SE' });
    await page.goto(`${lk.base}/profile`);
    await page.waitForURL(/\/sign-in\?next=/);
    await signInWithForm(page, lk.base, hedy.username, hedy.password, { login: sv.signIn.login, password: sv.signIn.password, submit: sv.signIn.submit });
    await page.waitForURL(`${lk.base}/profile/sign-in-methods?required=1&next=%2F`);
    await expectHeading(page, sv.signInMethods.title);
    await page.getByText(sv.signInMethods.requiredTitle).waitFor();
    // Nothing else works meanwhile.
    await page.goto(`${lk.base}/profile`);
    await page.waitForURL(/\/profile\/sign-in-methods\?required=1&next=%2Fprofile/);
    await expectAccessible(page, 'sign-in methods, required (sv)');
    await shot(page, 'sign-in-methods-required');

    await page.getByRole('button', { name: sv.totp.add }).click();
    const step = page.getByRole('region', { name: sv.totp.enrolTitle });
    const hedySecret = (await step.locator('code.secret').textContent())!.replace(/\s+/g, '');
    await step.getByLabel(sv.secondFactor.code).fill(totp(hedySecret));
    await step.getByRole('button', { name: sv.totp.confirm }).click();
    const shown = page.getByRole('region', { name: sv.recoveryCodes.shownTitle });
    await shown.getByRole('checkbox', { name: sv.recoveryCodes.savedCheck }).check();
    await shown.getByRole('button', { name: sv.recoveryCodes.done }).click();
    await page.waitForURL(`${lk.base}/profile`);
    await expectHeading(page, sv.profile.title);
    await context.close();
  });
});
