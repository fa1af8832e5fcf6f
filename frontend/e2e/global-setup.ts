// Once for the whole e2e run: check that dist/ is current (the binary embeds
// it) and build the latchkey binary, unless $LATCHKEY_E2E_BIN names one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const repo = resolve(here, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    latchkeyBin: string;
  }
}

function run(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 540_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export default function setup(project: TestProject) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`no Chromium at ${chromium}: apt-get install -y chromium (never a downloaded browser)`);
  }
  const want = run(process.execPath, [join(frontend, 'scripts', 'source-hash.mjs')]).trim();
  const file = join(frontend, 'dist', 'SOURCE_HASH');
  if (!existsSync(file) || readFileSync(file, 'utf8').trim() !== want) {
    throw new Error('frontend/dist is stale: run `npm run build` first (the binary embeds dist/)');
  }
  let bin = process.env.LATCHKEY_E2E_BIN;
  let work: string | undefined;
  if (!bin) {
    work = mkdtempSync(join(tmpdir(), 'latchkey-e2e-bin-'));
    bin = join(work, 'latchkey');
    run('go', ['build', '-o', bin, '.'], repo);
  }
  project.provide('latchkeyBin', bin);
  return () => {
    if (work) rmSync(work, { recursive: true, force: true });
  };
}
