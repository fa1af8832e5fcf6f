// A stand-in for the Go binary's /playground, for the end-to-end check: it
// serves dist/ the way internal/httpx/playground.go does (the page at
// /playground and /playground/, hashed files under /playground/assets/),
// every response with the server's exact Content-Security-Policy, and
// answers POST /graphql from Latchkey's real schema (graph/*.graphqls) with
// a canned viewer, so introspection and the docs are the real ones.
//
//   node e2e/server.mjs [port]   serves on 127.0.0.1 (default: a free port)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, dirname, extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, graphql } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
export const distDir = join(here, '..', 'dist');
const graphDir = join(here, '..', '..', '..', 'graph');

// Word for word the header of internal/httpx/middleware.go.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const SESSION_COOKIE = 'latchkey_session';

export const viewer = {
  id: 'VXNlcjox',
  email: 'root@example.com',
  username: 'root',
  name: 'Root',
  role: 'ADMIN',
  mustChangePassword: false,
  locale: 'en',
  createdAt: '2026-01-02T03:04:05Z',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function loadSchema() {
  // ent.graphqls defines Query; schema.graphqls extends it. Both declare the
  // directives they use (@goModel, @goField, @authenticated, @hasRole).
  const sdl = ['ent.graphqls', 'schema.graphqls']
    .map((f) => readFileSync(join(graphDir, f), 'utf8'))
    .join('\n');
  return buildSchema(sdl);
}

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function hasSession(req) {
  return (req.headers.cookie ?? '').split(/;\s*/).some((c) => c.startsWith(`${SESSION_COOKIE}=`));
}

/**
 * Starts the server; resolves to { url, graphqlRequests, close }.
 * graphqlRequests records, for each POST /graphql, its content type,
 * whether the session cookie came with it, and the operation.
 */
export async function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const schema = loadSchema();
  const graphqlRequests = [];
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (path === '/graphql') {
        if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only', { Allow: 'POST' });
        const chunks = [];
        for await (const c of req) chunks.push(c);
        const contentType = req.headers['content-type'] ?? '';
        const signedIn = hasSession(req);
        let body;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return send(res, 400, 'application/json', JSON.stringify({ errors: [{ message: 'bad JSON' }] }));
        }
        graphqlRequests.push({ contentType, signedIn, operationName: body.operationName ?? null, query: body.query });
        if (!contentType.startsWith('application/json')) {
          return send(res, 415, 'application/json', JSON.stringify({ errors: [{ message: 'want application/json' }] }));
        }
        const result = await graphql({
          schema,
          source: body.query,
          variableValues: body.variables ?? undefined,
          operationName: body.operationName ?? undefined,
          rootValue: { me: signedIn ? viewer : null },
        });
        return send(res, 200, 'application/json', JSON.stringify(result));
      }
      if (path === '/') {
        return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Latchkey</title><p>The app.</p>');
      }
      if (path.startsWith('/playground/assets/')) {
        const rel = normalize(decodeURIComponent(path.slice('/playground/'.length)));
        if (rel.startsWith('..') || rel.includes(`..${sep}`)) return send(res, 400, 'text/plain', 'bad path');
        let bytes;
        try {
          bytes = await readFile(join(distDir, rel));
        } catch {
          return send(res, 404, 'text/plain', 'not found');
        }
        return send(res, 200, TYPES[extname(rel)] ?? 'application/octet-stream', bytes, {
          'Cache-Control': 'public, max-age=31536000, immutable',
        });
      }
      if (path === '/playground' || path.startsWith('/playground/')) {
        const page = await readFile(join(distDir, 'index.html'));
        return send(res, 200, 'text/html; charset=utf-8', page, { 'Cache-Control': 'no-store' });
      }
      return send(res, 404, 'text/plain', 'not found');
    } catch (err) {
      send(res, 500, 'text/plain', String(err?.stack ?? err));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = server.address();
  return {
    url: `http://${host}:${actual}`,
    graphqlRequests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? 0);
  const { url } = await startServer({ port });
  console.log(`playground: ${url}/playground  (CSP as in production; POST /graphql mocked from graph/*.graphqls)`);
  console.log(`the mock answers me only with a ${SESSION_COOKIE} cookie: document.cookie = '${SESSION_COOKIE}=x'`);
}
