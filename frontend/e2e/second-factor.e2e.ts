// A second factor from the web app, against the real binary in Chromium:
// add an authenticator app from the profile (the key read off the screen,
// the codes computed here with RFC 6238), keep the recovery codes shown
// once (downloaded as text), sign out, sign in with password and code, then
// with a recovery code (which works once), and at phone size. Axe on every
// screen. See harness.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../src/i18n/en.json';
import { expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';
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
    await signOut(page);
    await context.close();
  });

  it('signs in with a recovery code, which then works no more', async () => {
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
    await context.close();
  });
});
