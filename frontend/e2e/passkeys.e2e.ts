// Passkeys in Chromium with its DevTools virtual authenticator (CTAP2,
// internal, resident keys, user verification): register a passkey on the
// Sign-in methods screen, sign out, sign in with it; and a passkey as the
// second step after a password. The server runs at http://localhost
// (WebAuthn refuses an IP address as relying party).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const pat = { email: 'pat@example.com', username: 'pat', name: 'Pat Passkey', password: 'Open-Sesame-2026!' };
const quinn = { email: 'quinn@example.com', username: 'quinn', name: 'Quinn Twostep', password: 'Two-Steps-Ahead-77' };

beforeAll(async () => {
  lk = await startLatchkey([], { host: 'localhost' });
  lk.createUser(pat);
  lk.createUser(quinn);
});
afterAll(async () => {
  await lk?.stop();
});

// Chromium's virtual authenticator answers an autofill (conditional)
// request at once, as if the person had picked the passkey: the autofill
// is turned off (the page then sees no conditional mediation) while a test
// presses the button, and on where a test wants it.
async function withAuthenticator(context: BrowserContext, page: Page) {
  await context.addInitScript(() => {
    if (localStorage.getItem('e2e-no-autofill') && typeof PublicKeyCredential !== 'undefined') {
      PublicKeyCredential.isConditionalMediationAvailable = async () => false;
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return { cdp, authenticatorId };
}

/** Adds a passkey on the Sign-in methods screen; a first second factor shows its recovery codes once (returned). */
async function addPasskey(page: Page, name: string): Promise<string[]> {
  const section = page.getByRole('region', { name: en.passkeys.title, exact: true });
  await section.getByLabel(en.passkeys.nameLabel, { exact: true }).fill(name);
  await section.getByRole('button', { name: en.passkeys.add, exact: true }).click();
  const shown = page.getByRole('region', { name: en.recoveryCodes.shownTitle });
  await shown.waitFor();
  const codes = (await shown.getByRole('listitem').allTextContents()).map((c) => c.trim());
  return codes;
}

describe('passkeys', () => {
  it('registers a passkey on the sign-in methods screen, signs out, and signs in with it', async () => {
    const { context, page } = await lk.newPage();
    const { cdp, authenticatorId } = await withAuthenticator(context, page);
    const factors = () => page.getByRole('region', { name: en.signInMethods.listTitle });
    const card = (name: string) => factors().getByRole('listitem').filter({ hasText: name });

    await page.goto(`${lk.base}/sign-in`);
    await page.evaluate(() => localStorage.setItem('e2e-no-autofill', '1'));
    await signInWithForm(page, lk.base, pat.username, pat.password);
    await page.waitForURL(`${lk.base}/`);
    // The profile links to the Sign-in methods screen, which holds passkeys.
    await page.goto(`${lk.base}/profile`);
    await expectHeading(page, en.profile.title);
    expect(await page.getByRole('region', { name: en.passkeys.title, exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: en.signInMethods.manage }).click();
    await page.waitForURL(`${lk.base}/profile/sign-in-methods`);
    await expectHeading(page, en.signInMethods.title);
    await page.getByRole('heading', { name: en.passkeys.title, exact: true }).waitFor();
    await page.getByText(en.signInMethods.none).waitFor();

    // A name is needed first.
    await page.getByRole('button', { name: en.passkeys.add, exact: true }).click();
    await page.getByText(en.passkeys.nameRequired).first().waitFor();

    // The first second factor brings ten recovery codes, shown once, as after an authenticator app.
    const codes = await addPasskey(page, 'Work laptop');
    expect(codes).toHaveLength(10);
    await expectAccessible(page, 'sign-in methods, a first passkey and its recovery codes');
    const shown = page.getByRole('region', { name: en.recoveryCodes.shownTitle });
    await shown.getByRole('checkbox', { name: en.recoveryCodes.savedCheck }).check();
    await shown.getByRole('button', { name: en.recoveryCodes.done }).click();
    await page.getByText(en.passkeys.added.replace('{{name}}', 'Work laptop')).waitFor();
    expect(await page.getByText(codes[0]).count()).toBe(0);
    // Listed once, with the other second factors.
    await card('Work laptop').waitFor();
    expect(await card('Work laptop').textContent()).toContain(en.home.never);
    expect(await page.getByText('Work laptop', { exact: true }).count()).toBe(1);
    await page.getByText(en.recoveryCodes.left.replace('{{left}}', '10')).waitFor();
    await expectAccessible(page, 'sign-in methods with a passkey');
    await shot(page, 'sign-in-methods-passkey');

    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0].isResidentCredential).toBe(true);
    await lk.mailbox.take((m) => m.to === pat.email && m.subject === 'A passkey was added to your account');

    // Renamed, through its dialog.
    await page.getByRole('button', { name: en.passkeys.renameLabel.replace('{{name}}', 'Work laptop') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(en.passkeys.nameLabel, { exact: true }).fill('My laptop');
    await dialog.getByRole('button', { name: en.passkeys.save }).click();
    await card('My laptop').waitFor();

    // The profile says what is set up.
    await page.goto(`${lk.base}/profile`);
    const link = page.getByRole('region', { name: en.signInMethods.title });
    await link.getByText(en.signInMethods.statusOn, { exact: true }).waitFor();
    expect(await link.locator('dl').textContent()).toContain(`${en.passkeys.title}1`);

    // Sign out, then in again with the passkey alone.
    await page.goto(`${lk.base}/`);
    await page.getByRole('button', { name: en.home.signOut }).click();
    await page.waitForURL(/\/sign-in/);
    await expectHeading(page, en.signIn.title);
    expect(await page.getByLabel(en.signIn.login).getAttribute('autocomplete')).toBe('username webauthn');
    await expectAccessible(page, 'sign-in with the passkey button');
    await page.getByRole('button', { name: en.signIn.passkey }).click();
    await page.waitForURL(`${lk.base}/`);
    await page.getByText(pat.name).first().waitFor();

    await page.goto(`${lk.base}/profile/sign-in-methods`);
    const used = card('My laptop');
    await used.waitFor();
    await expect.poll(async () => (await used.textContent())?.includes(en.home.never)).toBe(false);

    // The login field's autofill: signing out lands on the sign-in page,
    // where the authenticator's answer to the conditional request signs
    // the person in without a press.
    const passkeySignIns = async () => {
      const d = await lk.api.gql<{ auditEvents: { edges: { node: { details: { key: string; value: string }[] } }[] } }>(
        '{ auditEvents(first: 50, where: {type: "SIGN_IN_SUCCEEDED"}) { edges { node { details { key value } } } } }',
      );
      return d.auditEvents.edges.filter((e) => e.node.details.some((x) => x.key === 'method' && x.value === 'passkey')).length;
    };
    expect(await passkeySignIns()).toBe(1);
    await page.evaluate(() => localStorage.removeItem('e2e-no-autofill'));
    await page.goto(`${lk.base}/`);
    await page.getByRole('button', { name: en.home.signOut }).click();
    await expect.poll(passkeySignIns, { timeout: 15_000 }).toBe(2);
    await expectHeading(page, en.home.title);
    await page.evaluate(() => localStorage.setItem('e2e-no-autofill', '1'));

    // Removed as any factor (just signed in: recent enough): the passkey no longer signs in.
    await page.goto(`${lk.base}/profile/sign-in-methods`);
    await page.getByRole('button', { name: en.signInMethods.removeLabel.replace('{{name}}', 'My laptop') }).click();
    await page.getByRole('dialog').getByText(en.passkeys.removeFromDevice).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: en.signInMethods.remove }).click();
    await page.getByText(en.signInMethods.none).waitFor();
    await lk.mailbox.take((m) => m.to === pat.email && m.subject === 'A passkey was removed from your account');

    // At phone size.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'sign-in methods passkeys at phone size');
    const box = await page.getByRole('button', { name: en.passkeys.add, exact: true }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('signs in with a password, then completes the second step with a passkey', async () => {
    const { context, page } = await lk.newPage();
    await withAuthenticator(context, page);
    await page.goto(`${lk.base}/sign-in`);
    await page.evaluate(() => localStorage.setItem('e2e-no-autofill', '1'));
    await signInWithForm(page, lk.base, quinn.username, quinn.password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile/sign-in-methods`);
    await expectHeading(page, en.signInMethods.title);
    const codes = await addPasskey(page, 'Phone');
    expect(codes).toHaveLength(10);
    const shown = page.getByRole('region', { name: en.recoveryCodes.shownTitle });
    await shown.getByRole('checkbox', { name: en.recoveryCodes.savedCheck }).check();
    await shown.getByRole('button', { name: en.recoveryCodes.done }).click();
    await page.getByText(en.passkeys.added.replace('{{name}}', 'Phone')).waitFor();
    await page.goto(`${lk.base}/`);
    await page.getByRole('button', { name: en.home.signOut }).click();
    await page.waitForURL(/\/sign-in/);

    // The password is right: no session yet, and the passkey is offered first, at phone size.
    await page.setViewportSize({ width: 390, height: 844 });
    await signInWithForm(page, lk.base, quinn.email, quinn.password);
    await expectHeading(page, en.secondFactor.title);
    await page.getByText(en.secondFactor.introPasskey).waitFor();
    expect(await page.getByLabel(en.secondFactor.code).count()).toBe(0);
    expect(await page.evaluate(async () => (await (await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"{ me { id } }"}' })).json()) as unknown)).toEqual({
      data: { me: null },
    });
    await page.getByRole('button', { name: en.secondFactor.useRecoveryCode }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'second factor, a passkey (phone)');
    await shot(page, 'second-factor-passkey-phone');
    await page.getByRole('button', { name: en.secondFactor.usePasskey, exact: true }).click();
    await page.waitForURL(`${lk.base}/`);
    await page.locator('main').getByText(quinn.email).waitFor();

    // The session says how it was authenticated: the password and the passkey.
    await page.goto(`${lk.base}/profile`);
    const sessions = page.getByRole('region', { name: en.profile.sessionsTitle });
    await sessions.getByText(`${en.authMethod.PASSWORD} + ${en.authMethod.PASSKEY}`).waitFor();
    await sessions.getByText(en.profile.twoStep, { exact: true }).first().waitFor();
    await context.close();
  });
});
