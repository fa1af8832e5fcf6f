// Security notices: a sign-in from a new browser emails its owner; the
// email's "This wasn't me" link signs that browser out and mails a reset;
// the profile's "Security emails" section turns the notice off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import { Api, expectAccessible, expectHeading, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
const gina = { email: 'gina@example.com', username: 'gina', name: 'Gina Lollo', password: 'Bright-Harbour-31!' };

beforeAll(async () => {
  lk = await startLatchkey();
  lk.createUser(gina);
});
afterAll(async () => {
  await lk?.stop();
});

describe('security notices', () => {
  it("mails a new browser's sign-in, whose link signs it out, and the profile turns the notice off", async () => {
    // The account's first browser: nothing to compare with, no notice.
    await new Api(lk.base).signIn(gina.username, gina.password);

    const { page } = await lk.newPage();
    await signInWithForm(page, lk.base, gina.email, gina.password);
    await page.waitForURL(`${lk.base}/`);
    const notice = await lk.mailbox.take((m) => m.to === gina.email && m.subject === 'New sign-in to your account');
    expect(notice.text).toContain('Chrome on Linux');
    const link = notice.links.find((l) => new URL(l).pathname === '/this-wasnt-me')!;
    expect(link).toBeTruthy();

    // The profile: the new sign-in notice can be turned off, the others cannot.
    await page.goto(`${lk.base}/profile`);
    await expectHeading(page, en.profile.title);
    const section = page.getByRole('region', { name: en.notifications.title });
    const box = section.getByRole('checkbox', { name: en.notifications.notice.NEW_SIGN_IN });
    expect(await box.isChecked()).toBe(true);
    expect(await section.getByRole('checkbox').count()).toBe(1);
    await section.getByText(new RegExp(en.notifications.notice.FORCED_SIGN_IN)).waitFor();
    await expectAccessible(page, 'profile security emails');
    await box.uncheck();
    await section.getByRole('button', { name: en.app.save }).click();
    await section.getByText(en.notifications.saved).waitFor();
    await page.reload();
    expect(await page.getByRole('checkbox', { name: en.notifications.notice.NEW_SIGN_IN }).isChecked()).toBe(false);

    // "This wasn't me", from another browser: opening it changes nothing; the button does.
    const other = await lk.newPage();
    await other.page.goto(link);
    await expectHeading(other.page, en.reportSignIn.title);
    await expectAccessible(other.page, "this wasn't me");
    await other.page.getByRole('button', { name: en.reportSignIn.button }).click();
    await other.page.getByText(en.reportSignIn.done).waitFor();
    await lk.mailbox.take((m) => m.to === gina.email && m.subject === 'Reset your password');

    // The reported browser is signed out.
    await page.goto(`${lk.base}/profile`);
    await page.waitForURL(/\/sign-in/);

    // Used once: the same link again says so.
    const again = await lk.newPage();
    await again.page.goto(link);
    await again.page.getByRole('button', { name: en.reportSignIn.button }).click();
    await again.page.getByRole('alert').waitFor();
  });
});
