#!/usr/bin/env node
// A SHA-256 over the SPA's sources, so that a stale frontend/dist can be
// detected without Node (frontend/embed_test.go recomputes it the same way).
//
// Files: every regular file whose path relative to frontend/ (forward
// slashes) starts with src/ or public/, or is one of TOP below; never a path
// containing /node_modules/ nor a *.test.ts / *.test.tsx file. Paths are
// sorted by byte order, and for each one the hash takes
//   path + "\n" + byteLength + "\n", then the file's bytes.
//
//   node scripts/source-hash.mjs          prints the hex digest
//   node scripts/source-hash.mjs --write  writes it plus "\n" to dist/SOURCE_HASH
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, lstatSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The app to hash: frontend/ by default, or the folder after --root (the
// playground's build uses this script too, with --root .).
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? resolve(process.argv[rootArg + 1]) : join(dirname(fileURLToPath(import.meta.url)), '..');

const TOP = [
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
  'codegen.ts',
];

function walk(rel, out) {
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(path, out);
    } else if (entry.isFile()) {
      out.push(path);
    }
  }
}

function included(path) {
  if (path.includes('/node_modules/')) return false;
  if (path.endsWith('.test.ts') || path.endsWith('.test.tsx')) return false;
  return path.startsWith('src/') || path.startsWith('public/') || TOP.includes(path);
}

export function sourceHash() {
  const paths = [];
  for (const dir of ['src', 'public']) {
    let isDir = false;
    try {
      isDir = lstatSync(join(root, dir)).isDirectory();
    } catch {
      // absent: nothing to add
    }
    if (isDir) walk(dir, paths);
  }
  for (const name of TOP) {
    try {
      if (lstatSync(join(root, name)).isFile()) paths.push(name);
    } catch {
      // absent: skipped
    }
  }
  const files = paths.filter(included);
  // Byte order: compare as UTF-8 buffers (same as a plain sort for ASCII).
  files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const hash = createHash('sha256');
  for (const path of files) {
    const bytes = readFileSync(join(root, path));
    hash.update(`${path}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

const digest = sourceHash();
if (process.argv.includes('--write')) {
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'SOURCE_HASH'), `${digest}\n`);
  console.log(`dist/SOURCE_HASH ${digest}`);
} else {
  console.log(digest);
}
