// The proof of work under pressure (issue 15): an address that failed is
// asked for a challenge, which the web app solves in a Web Worker and sends
// again without the person doing anything. Against the real binary in
// Chromium (see harness.ts), asking after a single failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import { admin, expectAccessible, expectHeading, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
beforeAll(async () => {
  lk = await startLatchkey(['--challenge-after-failures', '1']);
});
afterAll(async () => {
  await lk?.stop();
});

describe('challenge', () => {
  it('is solved in a worker: one failure, then the sign-in goes through', async () => {
    const { page } = await lk.newPage();
    const solved: string[] = [];
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().endsWith('/graphql') && body.includes('SignIn') && /"challenge":"[A-Za-z0-9+/=]{20,}"/.test(body)) solved.push(body);
    });

    await page.goto(`${lk.base}/sign-in`);
    await expectHeading(page, en.signIn.title);
    await page.getByLabel(en.signIn.login).fill(admin.email);
    await page.getByLabel(en.signIn.password).fill('not-the-password');
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en.errors.INVALID_CREDENTIALS);

    // The address has failed: the server asks for a challenge, the worker
    // solves it, the app sends the sign-in again with it.
    await page.getByLabel(en.signIn.password).fill(admin.password);
    await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
    await page.locator('main').getByText(admin.email).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(solved.length).toBe(1);
    expect(workers.some((u) => u.includes('challenge'))).toBe(true);
    await expectAccessible(page, 'home after a challenge');
  });

  it('is solved for a reset request too', async () => {
    const { page } = await lk.newPage();
    await page.goto(`${lk.base}/forgot-password`);
    await expectHeading(page, en.forgotPassword.title);
    // The same address (loopback) has failed above: asked, solved, sent.
    await page.getByLabel(en.signIn.login).fill(admin.username);
    await page.getByRole('button', { name: en.forgotPassword.submit }).click();
    await expectHeading(page, en.forgotPassword.sentTitle);
    await expectAccessible(page, 'reset requested after a challenge');
  });
});
