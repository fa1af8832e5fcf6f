import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../App';
import i18n from '../../i18n';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { formatDateTime } from '../../i18n/format';

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  render(
    <Router hook={location.hook}>
      <App />
    </Router>,
  );
  return { location, user };
}

function reply(body: unknown, status = 200) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

const sentQueries = (fetch: { mock: { calls: unknown[][] } }) =>
  fetch.mock.calls.map((call) => String((call[1] as RequestInit | undefined)?.body ?? ''));

const described = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('sign-in page', () => {
  it('labels every control', async () => {
    renderAt('/sign-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('Email or username')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByLabelText('Language')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    const help = screen.getByRole('button', { name: "Can't sign in?" });
    expect(help.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
    help.click();
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toBeTruthy();
    expect(help.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.getByRole('link', { name: 'Forgot username?' }).getAttribute('href')).toBe('/forgot-username');
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/sign-up');
  });

  it('shows errors tied to the empty fields and focuses the summary', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { user } = renderAt('/sign-in');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const login = screen.getByLabelText('Email or username');
    const password = screen.getByLabelText('Password');
    expect(login.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(described(login)).toBe(en.signIn.loginRequired);
    expect(described(password)).toBe(en.signIn.passwordRequired);

    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: en.signIn.loginRequired })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: en.signIn.passwordRequired })).toBeTruthy();
    expect(sentQueries(fetch).some((q) => q.includes('mutation SignIn'))).toBe(false);

    // A summary entry takes the reader to its field.
    await user.click(within(summary).getByRole('link', { name: en.signIn.passwordRequired }));
    expect(document.activeElement).toBe(password);

    // Filling one field clears its error on the next try, not the other's.
    await user.type(login, 'alice');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(login.getAttribute('aria-invalid')).toBeNull();
    expect(login.getAttribute('aria-describedby')).toBeNull();
    expect(described(password)).toBe(en.signIn.passwordRequired);
  });

  it("shows the catalogue's text for a server error code, not the server's message", async () => {
    const fetch = reply({
      data: {
        signIn: {
          user: null,
          mustChangePassword: false,
          userErrors: [{ code: 'INVALID_CREDENTIALS', field: null, message: 'Server English text' }],
        },
      },
    });
    vi.stubGlobal('fetch', fetch);
    const { user } = renderAt('/sign-in');

    await user.type(screen.getByLabelText('Email or username'), ' alice ');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.errors.INVALID_CREDENTIALS);
    expect(alert.textContent).not.toContain('Server English text');
    expect(document.activeElement).toBe(alert);
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');

    const [url, init] = (fetch.mock.calls as unknown as [string, RequestInit][]).find(([, i]) => String(i.body).includes('mutation SignIn')) as unknown as [
      string,
      RequestInit,
    ];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(init.body as string).variables).toEqual({ input: { login: 'alice', password: 'wrong' } });

    // The shown error follows the language.
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('alert').textContent).toContain(fr.errors.INVALID_CREDENTIALS);
  });

  it('ties a server error about a field to that field', async () => {
    vi.stubGlobal(
      'fetch',
      reply({
        data: {
          signIn: {
            user: null,
            mustChangePassword: false,
            userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'login'], message: 'too long' }],
          },
        },
      }),
    );
    const { user } = renderAt('/sign-in');
    await user.type(screen.getByLabelText('Email or username'), 'x');
    await user.type(screen.getByLabelText('Password'), 'y');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('alert');
    expect(described(screen.getByLabelText('Email or username'))).toBe(en.errors.INVALID_INPUT);
  });

  it('translates top-level error codes and network failures', async () => {
    vi.stubGlobal(
      'fetch',
      reply({ data: null, errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED' } }] }, 429),
    );
    const { user } = renderAt('/sign-in');
    await user.type(screen.getByLabelText('Email or username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.errors.RATE_LIMITED);

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain(en.errors.NETWORK));
  });

  it('goes home after signing in', async () => {
    let signedIn = false;
    const alice = {
      id: 'u1',
      name: 'Alice Example',
      email: 'alice@example.com',
      username: 'alice',
      role: 'ADMIN',
      locale: 'en',
      mustChangePassword: false,
      createdAt: '2024-03-05T14:30:00Z',
      lastSignInAt: null,
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const { query } = JSON.parse(init.body as string) as { query: string };
        if (query.includes('mutation SignIn')) signedIn = true;
        const data = query.includes('mutation SignIn')
          ? { signIn: { user: { id: 'u1' }, mustChangePassword: false, userErrors: [] } }
          : { me: signedIn ? alice : null };
        return new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const { user, location } = renderAt('/sign-in');
    await user.type(screen.getByLabelText('Email or username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('alice@example.com')).toBeTruthy();
    expect(location.history.at(-1)).toBe('/');
  });

  it('follows a safe ?next= and ignores another site', async () => {
    let signedIn = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const { query } = JSON.parse(init.body as string) as { query: string };
        if (query.includes('mutation SignIn')) signedIn = true;
        const data = query.includes('mutation SignIn')
          ? { signIn: { user: { id: 'u1' }, mustChangePassword: false, userErrors: [] } }
          : { me: signedIn ? { id: 'u1', name: 'A', email: 'a@example.com', username: 'a', role: 'USER', locale: 'en', mustChangePassword: false, createdAt: '2024-03-05T14:30:00Z', lastSignInAt: null } : null };
        return new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const { user, location } = renderAt('/sign-in?next=%2F%2Fevil.example%2Fx');
    await user.type(screen.getByLabelText('Email or username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/'));
  });

  it('sends a temporary password to the change-password screen', async () => {
    let signedIn = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const { query } = JSON.parse(init.body as string) as { query: string };
        if (query.includes('mutation SignIn')) signedIn = true;
        const data = query.includes('mutation SignIn')
          ? { signIn: { user: { id: 'u1' }, mustChangePassword: true, userErrors: [] } }
          : { me: signedIn ? { id: 'u1', name: 'A', email: 'a@example.com', username: 'a', role: 'USER', locale: 'en', mustChangePassword: true } : null };
        return new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const { user, location } = renderAt('/sign-in?next=%2Fprofile');
    await user.type(screen.getByLabelText('Email or username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'Tmp-pass-123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(location.history.at(-1)).toMatch(/^\/change-password/));
    expect(await screen.findByRole('heading', { level: 1, name: en.changePassword.title })).toBeTruthy();
    expect(screen.getByLabelText(en.changePassword.temporary)).toBeTruthy();
  });

  it('explains a locked second factor after the right password: when it lifts, a passkey, an administrator, and no password reset', async () => {
    const until = '2026-12-03T11:05:00Z';
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const { query } = JSON.parse(init.body as string) as { query: string };
      const data = query.includes('mutation SignIn')
        ? {
            signIn: {
              user: null,
              mustChangePassword: false,
              secondFactorRequired: false,
              secondFactorMethods: [],
              secondFactorLockedUntil: until,
              userErrors: [{ code: 'SECOND_FACTOR_LOCKED', field: null, message: 'locked' }],
              challenge: null,
            },
          }
        : { me: null };
      return new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    const { user, location } = renderAt('/sign-in');
    await user.type(screen.getByLabelText('Email or username'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert', { name: en.secondFactorLocked.title });
    expect(document.activeElement).toBe(alert);
    const text = alert.textContent ?? '';
    expect(text).toContain(en.secondFactorLocked.until.replace('{{time}}', formatDateTime(until, 'en')));
    expect(text).toContain(en.secondFactorLocked.passkey.replace('{{button}}', en.signIn.passkey));
    expect(text).toContain(en.secondFactorLocked.admin);
    expect(text).toContain(en.secondFactorLocked.noReset);
    // Not the account's lock: no password reset is offered, and none is sent.
    expect(screen.queryByRole('heading', { name: en.locked.title })).toBeNull();
    expect(screen.queryByRole('button', { name: en.locked.confirm })).toBeNull();
    expect(within(alert).queryByRole('link')).toBeNull();
    expect(sentQueries(fetch).some((q) => q.includes('RequestReset'))).toBe(false);
    expect(location.history.at(-1)).toBe('/sign-in');
    // In French (and Swedish: same keys, checked by the catalogue tests).
    await act(() => i18n.changeLanguage('fr'));
    const fr_ = screen.getByRole('alert', { name: fr.secondFactorLocked.title }).textContent ?? '';
    expect(fr_).toContain(fr.secondFactorLocked.until.replace('{{time}}', formatDateTime(until, 'fr')));
    expect(fr_).toContain(fr.secondFactorLocked.admin);
    await act(() => i18n.changeLanguage('en'));
  });

  it('explains a locked account and emails a link on "Yes, create my password"', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const { query } = JSON.parse(init.body as string) as { query: string };
      const data = query.includes('mutation SignIn')
        ? {
            signIn: {
              user: null,
              mustChangePassword: false,
              userErrors: [{ code: 'ACCOUNT_LOCKED', field: null, message: 'locked' }],
            },
          }
        : query.includes('mutation RequestReset')
          ? { requestReset: { userErrors: [] } }
          : { me: null };
      return new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    const { user } = renderAt('/sign-in');
    await user.type(screen.getByLabelText('Email or username'), 'alice@example.com');
    await user.type(screen.getByLabelText('Password'), 'whatever');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: en.locked.title })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: en.locked.confirm }));
    expect(await screen.findByText(en.locked.sent)).toBeTruthy();
    expect(screen.getByText(en.forgotPassword.checkSpam)).toBeTruthy();
    const reset = fetch.mock.calls.find(([, i]) => String(i.body).includes('mutation RequestReset'))!;
    expect(JSON.parse(String(reset[1].body)).variables).toEqual({ input: { login: 'alice@example.com' } });
  });
});
