// Helpers for component tests: the app at a path, and a fake /graphql that
// answers by operation name.
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from './App';

export const defaultPolicy = {
  preset: 'DEFAULT',
  minLength: 9,
  maxLength: 256,
  rules: ['MIN_LENGTH', 'MAX_LENGTH', 'UPPERCASE', 'LOWERCASE', 'DIGIT', 'SYMBOL', 'NOT_COMMON', 'NOT_PERSONAL'],
};

type Handler = (variables: Record<string, unknown>) => unknown;

/** Stubs fetch: each operation (by name) gets its handler's data; Viewer, PasswordPolicy and MyPasskeys (none) have defaults. */
export function fakeServer(handlers: Record<string, Handler | unknown>) {
  const all: Record<string, Handler | unknown> = {
    Viewer: { me: null },
    PasswordPolicy: { passwordPolicy: defaultPolicy },
    MyPasskeys: { me: { id: 'usr_1', passkeys: [] } },
    ...handlers,
  };
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, variables });
    const handler = all[operation];
    const data = typeof handler === 'function' ? (handler as Handler)(variables) : handler;
    const body = data && typeof data === 'object' && 'errors' in data ? data : { data: data ?? null };
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, calls, sent: (operation: string) => calls.filter((c) => c.operation === operation) };
}

export function renderApp(path: string) {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const view = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <App />
    </Router>,
  );
  return { location, user, view };
}
