// The e2e harness: one real latchkey server per test file (fresh SQLite
// database, an admin made with `latchkey user create`), a real SMTP server
// it delivers to (smtp-server + mailparser), Chromium through
// playwright-core, and axe-core for accessibility checks.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { expect, inject } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
export const screenshots = resolve(here, '../../docs/screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const admin = {
  email: 'alice@example.com',
  username: 'alice',
  name: 'Alice Example',
  password: 'Correct-Horse-9',
};

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
}

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

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts. */
export class Mailbox {
  readonly messages: Mail[] = [];
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const text = parsed.text ?? '';
            const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
            this.messages.push({
              to,
              subject: parsed.subject ?? '',
              text,
              html: typeof parsed.html === 'string' ? parsed.html : '',
              links: text.match(/https?:\/\/\S+/g) ?? [],
            });
            callback();
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<void> {
    this.port = await freePort();
    await new Promise<void>((ok) => this.server.listen(this.port, '127.0.0.1', ok));
  }

  stop(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }

  /** The first message not yet taken that matches; waits for it. */
  async take(match: (m: Mail) => boolean, timeoutMs = 20_000): Promise<Mail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.messages.findIndex(match);
      if (i >= 0) return this.messages.splice(i, 1)[0];
      if (Date.now() > deadline) {
        throw new Error(`no matching mail; have: ${this.messages.map((m) => `${m.to}: ${m.subject}`).join(' | ')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The link to `path` in the next message to `to`. */
  async link(to: string, path: string): Promise<string> {
    const mail = await this.take((m) => m.to === to && m.links.some((l) => new URL(l).pathname === path));
    return mail.links.find((l) => new URL(l).pathname === path)!;
  }
}

/** A signed-in GraphQL client (cookie jar of one) for setting things up fast. */
export class Api {
  private cookie = '';
  constructor(private base: string) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.cookie ? { Cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    if (setCookie.length > 0) this.cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  async signIn(login: string, password: string): Promise<void> {
    const d = await this.gql<{ signIn: { userErrors: unknown[] } }>(
      'mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code message } } }',
      { i: { login, password } },
    );
    if (d.signIn.userErrors.length) throw new Error(`sign-in failed: ${JSON.stringify(d.signIn.userErrors)}`);
  }

  async settings(input: Record<string, unknown>): Promise<void> {
    const d = await this.gql<{ updateSecuritySettings: { userErrors: unknown[] } }>(
      'mutation($i: UpdateSecuritySettingsInput!) { updateSecuritySettings(input: $i) { userErrors { code field message } } }',
      { i: input },
    );
    if (d.updateSecuritySettings.userErrors.length) {
      throw new Error(`settings refused: ${JSON.stringify(d.updateSecuritySettings.userErrors)}`);
    }
  }
}

export interface Latchkey {
  base: string;
  mailbox: Mailbox;
  api: Api;
  browser: Browser;
  /** `latchkey user create` with the password on stdin. */
  createUser(u: { email: string; username: string; name?: string; password: string; admin?: boolean }): void;
  newPage(opts?: { locale?: string; width?: number; height?: number; dark?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  log(): string;
  /** Uncaught exceptions and console errors of every page opened with newPage. */
  pageErrors: string[];
  /** Stops everything; fails if a page had an uncaught exception or logged an error. */
  stop(): Promise<void>;
}

/**
 * Starts the binary; extraArgs are added to `serve` (such as
 * --webhook-allow-private). `host` is the public URL's host, and the pages'
 * (127.0.0.1 by default; passkeys need a name, as WebAuthn refuses an IP
 * address as relying party: use 'localhost'). The harness's own requests
 * (health, the admin's Api) always go to 127.0.0.1.
 */
export async function startLatchkey(extraArgs: string[] = [], { host = '127.0.0.1' }: { host?: string } = {}): Promise<Latchkey> {
  const bin = inject('latchkeyBin');
  const work = mkdtempSync(join(tmpdir(), 'latchkey-e2e-'));
  const database = `sqlite:${join(work, 'e2e.db')}`;

  const createUser: Latchkey['createUser'] = (u) => {
    const args = ['user', 'create', '--email', u.email, '--username', u.username, '--database', database];
    if (u.name) args.push('--name', u.name);
    if (u.admin) args.push('--admin');
    const r = spawnSync(bin, args, { input: `${u.password}\n`, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`user create ${u.username} exited ${r.status}: ${r.stdout}${r.stderr}`);
  };
  createUser({ ...admin, admin: true });

  const mailbox = new Mailbox();
  await mailbox.start();

  const port = await freePort();
  const local = `http://127.0.0.1:${port}`;
  const base = `http://${host}:${port}`;
  let serverLog = '';
  const server: ChildProcess = spawn(
    bin,
    [
      'serve',
      '--addr',
      `127.0.0.1:${port}`,
      '--database',
      database,
      '--public-url',
      base,
      '--smtp',
      `smtp://127.0.0.1:${mailbox.port}`,
      '--log-level',
      'warn',
      // No proof of work unless a test asks for it (challenge.e2e.ts): the
      // screens' own failures would otherwise trigger it. Later flags win.
      '--challenge-after-failures',
      '0',
      '--challenge-pressure',
      '0',
      ...extraArgs,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode != null) throw new Error(`latchkey serve exited early (${server.exitCode}):\n${serverLog}`);
    try {
      if ((await fetch(`${local}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`latchkey never became healthy:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  // On SQLite the key that encrypts the outbox's secrets is a file created
  // beside the database (e2e.db.key), readable by its owner only; it lives
  // in this run's temporary directory and goes with it.
  const keyFile = join(work, 'e2e.db.key');
  if (!existsSync(keyFile)) throw new Error(`no key file beside the database (${keyFile}):\n${serverLog}`);
  if ((statSync(keyFile).mode & 0o077) !== 0) throw new Error(`${keyFile} is readable by others: ${(statSync(keyFile).mode & 0o777).toString(8)}`);

  // Every request comes from 127.0.0.1: lift the per-address limit, and let
  // reset emails go out back to back.
  const api = new Api(local);
  await api.signIn(admin.email, admin.password);
  await api.settings({ ipRequestsPerMinute: 0, resetMinIntervalSeconds: 0, resetRequestsPerHour: 100, adminResetsPerHour: 1000 });

  const browser = await chromium.launch({
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

  const pageErrors: string[] = [];
  return {
    pageErrors,
    base,
    mailbox,
    api,
    browser,
    createUser,
    async newPage({ locale = 'en-US', width = 1280, height = 800, dark = false } = {}) {
      const context = await browser.newContext({ locale, viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${String(e)}`));
      page.on('console', (m) => {
        // A refused request is the server's answer, shown by the app; anything else is a bug.
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) pageErrors.push(`${page.url()}: ${m.text()}`);
      });
      return { context, page };
    },
    log: () => serverLog,
    async stop() {
      await browser.close().catch(() => {});
      if (server.exitCode == null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await mailbox.stop();
      rmSync(work, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`errors in the pages:\n${pageErrors.join('\n')}`);
    },
  };
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Waits for the page's <h1> to read `text`. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe(text);
}

/** Signs in through the form. */
export async function signInWithForm(page: Page, base: string, login: string, password: string, t = { login: 'Email or username', password: 'Password', submit: 'Sign in' }) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(t.login).fill(login);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: t.submit, exact: true }).click();
}

/**
 * Runs axe-core in the page (evaluated, so the server's CSP, script-src
 * 'self', does not stand in the way) and fails on any serious or critical
 * violation of WCAG 2.x A/AA.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!has) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => ({ target: JSON.stringify(n.target), why: n.failureSummary })),
      }));
  });
  expect(violations, `axe on ${screen}`).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
