// The admin webhooks screen against the real binary: register an endpoint
// on a receiver in this process (allowed by --webhook-allow-private), copy
// the secret shown once, send a test event that arrives signed, and read
// it in the delivery log. In English and French, axe-clean.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import { admin, expectAccessible, expectHeading, shot, signInWithForm, startLatchkey, type Latchkey } from './harness';

let lk: Latchkey;
let receiver: Server;
let receiverURL: string;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverURL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  lk = await startLatchkey(['--webhook-allow-private']);
});
afterAll(async () => {
  await lk?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

function verify(secret: string, m: { headers: IncomingHttpHeaders; body: string }): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const want = 'v1,' + createHmac('sha256', key).update(`${m.headers['webhook-id']}.${m.headers['webhook-timestamp']}.${m.body}`).digest('base64');
  return String(m.headers['webhook-signature']).split(' ').includes(want);
}

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('webhooks', () => {
  it('an admin registers an endpoint, sends a test event and sees it delivered', async () => {
    const { context, page } = await lk.newPage();
    await signInWithForm(page, lk.base, admin.email, admin.password);
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/admin/webhooks`);
    await expectHeading(page, en.admin.webhooks.title);
    await page.getByText(en.admin.webhooks.none).waitFor();
    await expectAccessible(page, 'admin-webhooks-empty');

    await page.getByLabel(en.admin.webhooks.url).fill(receiverURL);
    await page.getByLabel(en.admin.webhooks.description).fill('CRM');
    await page.getByLabel('password.changed').check();
    await page.getByRole('button', { name: en.admin.webhooks.createButton }).click();
    const secret = (await page.getByTestId('webhook-secret').first().textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('heading', { name: new RegExp(receiverURL.replace(/[/.]/g, '\\$&')) }).waitFor();
    await expectAccessible(page, 'admin-webhooks-created');

    await page.getByRole('button', { name: en.admin.webhooks.sendTest }).click();
    await page.getByText(en.admin.webhooks.testSent).waitFor();
    await until(() => received.length === 1, 'the test event');
    expect(verify(secret, received[0])).toBe(true);
    expect(JSON.parse(received[0].body)).toMatchObject({ type: 'webhook.test' });

    // The log shows it delivered (the worker records it right after the 204).
    for (let i = 0; i < 50; i++) {
      await page.reload();
      const log = page.getByRole('table', { name: `Delivery log of ${receiverURL}` });
      if ((await log.count()) > 0 && (await log.getByText(en.admin.webhooks.state.DELIVERED).count()) > 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const log = page.getByRole('table', { name: `Delivery log of ${receiverURL}` });
    await log.getByText(en.admin.webhooks.state.DELIVERED).waitFor();
    await log.getByText('webhook.test').first().waitFor();
    await expectAccessible(page, 'admin-webhooks-log');
    await shot(page, 'admin-webhooks');
    await context.close();
  });

  it('is translated: the screen in French', async () => {
    const { context, page } = await lk.newPage({ locale: 'fr' });
    await signInWithForm(page, lk.base, admin.email, admin.password, { login: fr.signIn.login, password: fr.signIn.password, submit: fr.signIn.submit });
    await page.waitForURL(`${lk.base}/`);
    await page.goto(`${lk.base}/admin/webhooks`);
    await expectHeading(page, fr.admin.webhooks.title);
    await page.getByRole('button', { name: fr.admin.webhooks.sendTest }).waitFor();
    await expectAccessible(page, 'admin-webhooks-fr');
    await context.close();
  });
});
