// End-to-end: the built playground (dist/) in headless Chromium, served with
// the production Content-Security-Policy. It must render GraphiQL, show the
// docs from introspection, run a query with the session cookie, and cause no
// CSP violation at all. Run with `npm test` (after `npm run build`).
//
// Chromium comes from Debian (apt-get install chromium), never a download;
// CHROMIUM=/path overrides /usr/bin/chromium. PLAYGROUND_SCREENSHOT=file.png
// saves what the page looked like at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, distDir, CSP, SESSION_COOKIE, viewer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = 15_000;

let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(distDir, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
  assert.ok(
    existsSync(executablePath),
    `no Chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM)`,
  );
  server = await startServer();
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 30_000,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the mock sends the same CSP as the Go server', () => {
  const middleware = join(here, '..', '..', '..', 'internal', 'httpx', 'middleware.go');
  if (!existsSync(middleware)) return; // the check below is only a guard against drift
  assert.ok(
    readFileSync(middleware, 'utf8').includes(CSP),
    'internal/httpx/middleware.go no longer sends the CSP in e2e/server.mjs: bring the two in step',
  );
});

test('GraphiQL works under the production CSP', { timeout: 50_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const origin = new URL(server.url);
  await context.addCookies([
    { name: SESSION_COOKIE, value: 'e2e', domain: origin.hostname, path: '/', httpOnly: true, sameSite: 'Lax' },
  ]);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);

  // Everything that could mean the CSP or the bundle is wrong.
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content[- ]Security[- ]Policy|Refused to/i.test(msg.text())) {
      problems.push(`console.${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(server.url + '/') && !u.startsWith('data:')) problems.push(`request elsewhere: ${u}`);
  });
  // securitypolicyviolation events catch what the console might word differently.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });

  const resp = await page.goto(`${server.url}/playground`, { waitUntil: 'load' });
  assert.equal(resp.status(), 200);
  assert.equal(resp.headers()['content-security-policy'], CSP);

  // The header bar and its link back to the app.
  const back = page.getByRole('link', { name: '← Latchkey' });
  await back.waitFor();
  assert.equal(await back.getAttribute('href'), '/');

  // The editors render (CodeMirror 5), with the default query.
  const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
  await queryEditor.waitFor({ state: 'visible' });
  await page.locator('.graphiql-response .CodeMirror').waitFor({ state: 'visible' });
  assert.match(await queryEditor.innerText(), /query Me/);

  // The docs explorer, filled from introspection, shows Query and its fields.
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Root Types').waitFor();
  await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).click();
  await docs.locator('.graphiql-doc-explorer-title', { hasText: 'Query' }).waitFor();
  await docs.locator('a.graphiql-doc-explorer-field-name', { hasText: /^me$/ }).waitFor();

  // Type `{ me { id } }` over the default query, as a person would (the
  // editor closes brackets itself and types over them), and run it.
  await queryEditor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{ me { id } }');
  assert.equal(
    await page.evaluate(() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()),
    '{ me { id } }',
  );
  // GraphiQL re-reads the operation a moment (debounced) after an edit; the
  // tab's title, no longer "Me", shows it has, and Execute then runs it.
  await page.locator('.graphiql-tab-button', { hasText: '<untitled>' }).waitFor();
  await page.getByRole('button', { name: /Execute query/ }).click();
  await page.waitForFunction(
    (id) => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes(id),
    viewer.id,
    { timeout: TIMEOUT },
  );
  const response = JSON.parse(
    await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()),
  );
  assert.deepEqual(response, { data: { me: { id: viewer.id } } });

  // The fetcher posted JSON with the session cookie, introspection included.
  const run = server.graphqlRequests.find((r) => /\{\s*me\s*\{\s*id\s*\}\s*\}/.test(r.query));
  assert.ok(run, 'the query never reached POST /graphql');
  assert.match(run.contentType, /^application\/json/);
  assert.ok(
    server.graphqlRequests.every((r) => r.signedIn),
    'a request to /graphql went without the session cookie',
  );
  assert.ok(server.graphqlRequests.some((r) => /__schema/.test(r.query)), 'no introspection request');

  // The docs' search box (a Headless UI combobox) finds a field.
  await docs.getByRole('combobox').fill('signIn');
  await page.getByRole('option', { name: /signIn/ }).first().waitFor();
  await page.keyboard.press('Escape');

  // Modal dialogs lock the page's scrolling with a stylesheet: a <style>
  // element in react-style-singleton, which the CSP refuses; a constructed
  // stylesheet in src/style-singleton.ts, which it allows. The lock must
  // apply while the dialog is open and go away after.
  for (const name of ['Open settings dialog', 'Open short keys dialog']) {
    await page.getByRole('button', { name }).click();
    await page.getByRole('dialog').waitFor();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).overflow), 'hidden', `${name}: no scroll lock`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.adoptedStyleSheets.length === 0, null, { timeout: 5_000 });
  }

  if (process.env.PLAYGROUND_SCREENSHOT) await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT });

  const violations = await page.evaluate(() => window.__csp);
  assert.deepEqual(violations, [], 'CSP violations');
  assert.deepEqual(problems, [], 'errors on the page');

  // Canary: the policy really is in force and the listener really hears it,
  // so the empty lists above mean something.
  await page.evaluate(() => {
    const s = document.createElement('style');
    s.textContent = 'body { outline: 1px solid red }';
    document.head.append(s);
  });
  await page.waitForFunction(() => window.__csp.some((v) => v.startsWith('style-src')), null, { timeout: 5_000 });

  await context.close();
});
