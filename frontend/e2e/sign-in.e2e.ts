// End to end: the real latchkey binary (with this app embedded) and Chromium.
//
// Builds the binary (or takes $LATCHKEY_E2E_BIN), creates alice in a fresh
// SQLite database, starts `latchkey serve` on a free port and drives the
// system's Chromium with playwright-core (no browser download).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import fr from '../src/i18n/fr.json';
import sv from '../src/i18n/sv.json';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const repo = resolve(here, '../..');
const screenshots = join(repo, 'docs', 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const account = {
  email: 'alice@example.com',
  username: 'alice',
  name: 'Alice Example',
  password: 'Correct-Horse-9',
};

let work: string;
let server: ChildProcess | undefined;
let serverLog = '';
let base: string;
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

function run(cmd: string, args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, input: opts.input, encoding: 'utf8', timeout: 540_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

async function waitForHealthy(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server?.exitCode != null) throw new Error(`latchkey serve exited early (${server.exitCode}):\n${serverLog}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} never answered 200:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function sourceHashIsCurrent(): boolean {
  const want = run(process.execPath, [join(frontend, 'scripts', 'source-hash.mjs')]).trim();
  const file = join(frontend, 'dist', 'SOURCE_HASH');
  return existsSync(file) && readFileSync(file, 'utf8').trim() === want;
}

async function newPage(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  // Phone-sized: the app must work there.
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 780 } });
  const page = await context.newPage();
  return { context, page };
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium (never a downloaded browser)`);
  }
  if (!sourceHashIsCurrent()) {
    throw new Error('frontend/dist is stale: run `npm run build` first (the binary embeds dist/)');
  }
  work = mkdtempSync(join(tmpdir(), 'latchkey-e2e-'));
  let bin = process.env.LATCHKEY_E2E_BIN;
  if (!bin) {
    bin = join(work, 'latchkey');
    run('go', ['build', '-o', bin, '.'], { cwd: repo });
  }
  const database = `sqlite:${join(work, 'e2e.db')}`;
  run(
    bin,
    [
      'user',
      'create',
      '--email',
      account.email,
      '--username',
      account.username,
      '--name',
      account.name,
      '--admin',
      '--database',
      database,
    ],
    { input: `${account.password}\n` },
  );

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`, '--database', database, '--public-url', base], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));
  await waitForHealthy(`${base}/healthz`);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode == null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server?.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the SPA against the real server', () => {
  it('signs in (after a wrong password), shows who you are, signs out', async () => {
    const { context, page } = await newPage('en-US');
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });

    await page.goto(`${base}/sign-in`);
    await expect.poll(() => heading(page).textContent()).toBe(en.signIn.title);
    await page.screenshot({ path: join(screenshots, 'sign-in.png'), fullPage: true });

    // Wrong password: the catalogue's message, announced.
    await page.getByLabel(en.signIn.login).fill(account.email);
    await page.getByLabel(en.signIn.password).fill('not-the-password');
    await page.getByRole('button', { name: en.signIn.submit }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en.errors.INVALID_CREDENTIALS);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

    // Right password: home, with the account.
    await page.getByLabel(en.signIn.password).fill(account.password);
    await page.getByRole('button', { name: en.signIn.submit }).click();
    await page.getByText(account.email).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const main = (await page.locator('main').textContent()) ?? '';
    for (const text of [account.name, account.username, en.role.ADMIN]) expect(main).toContain(text);
    await page.screenshot({ path: join(screenshots, 'home.png'), fullPage: true });

    // A deep link reload keeps the session (the cookie) and the route.
    await page.reload();
    await page.getByText(account.email).waitFor();

    // Sign out: back at /sign-in, and home is closed again.
    await page.getByRole('button', { name: en.home.signOut }).click();
    await page.waitForURL(`${base}/sign-in`);
    await expect.poll(() => heading(page).textContent()).toBe(en.signIn.title);
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/sign-in`);

    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    ['fr-FR', fr],
    ['sv-SE', sv],
  ] as const)('renders the sign-in page in the browser language (%s)', async (locale, catalogue) => {
    const { context, page } = await newPage(locale);
    await page.goto(`${base}/sign-in`);
    await expect.poll(() => heading(page).textContent()).toBe(catalogue.signIn.title);
    await page.getByLabel(catalogue.signIn.login).waitFor();
    await page.getByLabel(catalogue.signIn.password).waitFor();
    await page.getByRole('link', { name: catalogue.signIn.cantSignIn }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
    await context.close();
  });

  it('switches language and remembers the choice', async () => {
    const { context, page } = await newPage('en-US');
    await page.goto(`${base}/sign-in`);
    await expect.poll(() => heading(page).textContent()).toBe(en.signIn.title);
    await page.getByLabel(en.language.label).selectOption('sv');
    await expect.poll(() => heading(page).textContent()).toBe(sv.signIn.title);
    await page.getByLabel(sv.language.label).selectOption('fr');
    await expect.poll(() => heading(page).textContent()).toBe(fr.signIn.title);
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe(fr.signIn.title);
    await context.close();
  });

  it('shows "page not found" for an unknown route', async () => {
    const { context, page } = await newPage('en-US');
    await page.goto(`${base}/no/such/page`);
    await expect.poll(() => heading(page).textContent()).toBe(en.notFound.title);
    await page.getByRole('link', { name: en.notFound.home }).waitFor();
    await context.close();
  });
});
