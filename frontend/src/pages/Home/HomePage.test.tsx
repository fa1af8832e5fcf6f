import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../App';
import en from '../../i18n/en.json';

const alice = {
  id: 'u1',
  name: 'Alice Example',
  email: 'alice@example.com',
  username: 'alice',
  role: 'ADMIN',
  createdAt: '2024-03-05T14:30:00Z',
  lastSignInAt: '2024-04-01T08:00:00Z',
};

function serve(handler: (query: string) => unknown) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { query } = JSON.parse(init.body as string) as { query: string };
    return new Response(JSON.stringify(handler(query)), { headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true });
  render(
    <Router hook={location.hook}>
      <App />
    </Router>,
  );
  return location;
}

describe('home page', () => {
  it('shows who is signed in', async () => {
    serve(() => ({ data: { me: alice } }));
    renderAt('/');
    expect(await screen.findByText('alice@example.com')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: en.home.title })).toBeTruthy();
    expect(screen.getAllByText('Alice Example').length).toBeGreaterThan(0);
    expect(screen.getByText('alice')).toBeTruthy();
    expect(screen.getByText(en.role.ADMIN)).toBeTruthy();
    expect(screen.getByText(/March 5, 2024/)).toBeTruthy();
  });

  it('sends a visitor who is not signed in to /sign-in', async () => {
    serve(() => ({ data: { me: null } }));
    const location = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(location.history.at(-1)).toBe('/sign-in');
  });

  it('signs out', async () => {
    let signedOut = false;
    const fetch = serve((query) => {
      if (query.includes('mutation SignOut')) {
        signedOut = true;
        return { data: { signOut: { userErrors: [] } } };
      }
      return { data: { me: signedOut ? null : alice } };
    });
    const location = renderAt('/');
    await userEvent.click(await screen.findByRole('button', { name: en.home.signOut }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(location.history.at(-1)).toBe('/sign-in');
    expect(fetch.mock.calls.filter(([, i]) => String(i.body).includes('mutation SignOut'))).toHaveLength(1);
  });

  it('shows a translated error when the account is unavailable', async () => {
    serve(() => ({ data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] }));
    renderAt('/');
    expect((await screen.findByRole('alert')).textContent).toBe(en.errors.INTERNAL);
  });
});

describe('routing', () => {
  it('shows "page not found" with a link home for an unknown path', () => {
    renderAt('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: en.notFound.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: en.notFound.home }).getAttribute('href')).toBe('/');
  });
});
