import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';

const preview = (hasAccount: boolean) => ({
  invitation: {
    email: 'ivan@example.com',
    organizationName: 'Hôtel du Lac',
    rights: ['VIEW_ORDERS'],
    expiresAt: '2030-01-01T00:00:00Z',
    hasAccount,
  },
});
const viewer = (email: string) => ({
  me: { id: 'u1', email, username: 'x', name: 'X', role: 'USER', locale: 'en', mustChangePassword: false },
});

function open(path: string) {
  window.history.replaceState(null, '', path);
  return renderApp(path);
}

describe('accept invitation', () => {
  it('asks a person with an account to sign in first, and comes back with the token', async () => {
    fakeServer({ InvitationPreview: preview(true) });
    open('/accept-invitation?token=lk_inv_1');
    const link = await screen.findByRole('link', { name: en.accept.signInToAccept });
    expect(link.getAttribute('href')).toBe('/sign-in?next=%2Faccept-invitation%3Ftoken%3Dlk_inv_1');
    expect(screen.getByText('Hôtel du Lac invites ivan@example.com to join.')).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('offers to switch accounts when signed in as someone else', async () => {
    let signedOut = false;
    const server = fakeServer({
      InvitationPreview: preview(true),
      Viewer: () => (signedOut ? { me: null } : viewer('nora@example.com')),
      SignOut: () => {
        signedOut = true;
        return { signOut: { userErrors: [] } };
      },
    });
    const { user, location } = open('/accept-invitation?token=lk_inv_2');
    await user.click(await screen.findByRole('button', { name: en.accept.switchAccount.replace('{{email}}', 'ivan@example.com') }));
    await screen.findByRole('heading', { level: 1, name: en.signIn.title });
    expect(server.sent('SignOut')).toHaveLength(1);
    expect(location.history.at(-1)).toBe('/sign-in?next=%2Faccept-invitation%3Ftoken%3Dlk_inv_2');
  });

  it('accepts for the signed-in invitee and opens the organisation', async () => {
    const server = fakeServer({
      InvitationPreview: preview(true),
      Viewer: viewer('Ivan@Example.com'),
      AcceptInvitation: {
        acceptInvitation: { membership: { id: 'm1', organization: { id: 'org_1', name: 'Hôtel du Lac' } }, user: { id: 'u1' }, userErrors: [] },
      },
      Organization: { organization: null },
    });
    const { user, location } = open('/accept-invitation?token=lk_inv_3');
    await user.click(await screen.findByRole('button', { name: en.accept.accept }));
    await vitestWait(() => location.history.at(-1) === '/organizations/org_1');
    expect(server.sent('AcceptInvitation')[0].variables).toEqual({ input: { token: 'lk_inv_3' } });
  });

  it('says so when the link is not valid', async () => {
    fakeServer({ InvitationPreview: { invitation: null } });
    open('/accept-invitation?token=used');
    expect((await screen.findByRole('alert')).textContent).toContain(en.errors.TOKEN_INVALID);
  });
});

async function vitestWait(ok: () => boolean) {
  for (let i = 0; i < 50 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(ok()).toBe(true);
}
