// Passkeys in Chromium with its DevTools virtual authenticator (CTAP2,
// internal, resident keys, user verification): register a passkey from the
// profile, sign out, sign in with it. The server runs at http://localhost
// (WebAuthn refuses an IP address as relying party).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import { expectAccessible, expectHeading, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const pat = { email: 'pat@example.com', username: 'pat', name: 'Pat Passkey', password: 'Open-Sesame-2026!' };

beforeAll(async () => {
  lk = await startLatchkey([], { host: 'localhost' });
  lk.createUser(pat);
});
afterAll(async () => {
  await lk?.stop();
});

describe('passkeys', () => {
  it('registers a passkey from Sign-in methods, signs out, and signs in with it', async () => {
    const { context, page } = await lk.newPage();
    // Chromium's virtual authenticator answers an autofill (conditional)
    // request at once, as if the person had picked the passkey: the
    // autofill is turned off (the page then sees no conditional mediation)
    // while the test presses the button, and on for the last sign-in.
    await context.addInitScript(() => {
      if (localStorage.getItem('e2e-no-autofill') && typeof PublicKeyCredential !== 'undefined') {
        PublicKeyCredential.isConditionalMediationAvailable = async () => false;
      }
    });
    const section = () => page.getByRole('region', { name: en.passkeys.title, exact: true });
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });

    await page.goto(`${lk.base}/sign-in`);
    await page.evaluate(() => localStorage.setItem('e2e-no-autofill', '1'));
    await signInWithForm(page, lk.base, pat.username, pat.password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/profile/sign-in-methods`);
    await expectHeading(page, en.signInMethods.title);
    await page.getByRole('heading', { name: en.passkeys.title, exact: true }).waitFor();
    await section().getByText(en.passkeys.none).waitFor();

    // A name is needed first.
    await page.getByRole('button', { name: en.passkeys.add, exact: true }).click();
    await page.getByText(en.passkeys.nameRequired).first().waitFor();

    await page.getByLabel(en.passkeys.nameLabel, { exact: true }).fill('Work laptop');
    await page.getByRole('button', { name: en.passkeys.add, exact: true }).click();
    await page.getByText(en.passkeys.added.replace('{{name}}', 'Work laptop')).waitFor();
    // The first second factor brings ten recovery codes, shown once.
    const codes = page.getByRole('list', { name: en.passkeys.codesTitle });
    await codes.waitFor();
    expect(await codes.getByRole('listitem').count()).toBe(10);
    const row = section().getByRole('row', { name: /Work laptop/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(en.home.never);
    await expectAccessible(page, 'profile with a passkey and its recovery codes');
    await page.getByRole('button', { name: en.passkeys.codesStored }).click();

    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0].isResidentCredential).toBe(true);
    await lk.mailbox.take((m) => m.to === pat.email && m.subject === 'A passkey was added to your account');

    // Renamed, through its dialog.
    await section().getByRole('button', { name: en.passkeys.renameLabel.replace('{{name}}', 'Work laptop') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(en.passkeys.nameLabel, { exact: true }).fill('My laptop');
    await dialog.getByRole('button', { name: en.passkeys.save }).click();
    await section().getByRole('row', { name: /My laptop/ }).waitFor();

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
    const used = section().getByRole('row', { name: /My laptop/ });
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

    // Removed: the passkey no longer signs in.
    await page.goto(`${lk.base}/profile/sign-in-methods`);
    await section().getByRole('button', { name: en.passkeys.removeLabel.replace('{{name}}', 'My laptop') }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.passkeys.remove }).click();
    await section().getByText(en.passkeys.none).waitFor();
    await lk.mailbox.take((m) => m.to === pat.email && m.subject === 'A passkey was removed from your account');

    // At phone size.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'profile passkeys at phone size');
    const box = await page.getByRole('button', { name: en.passkeys.add, exact: true }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
