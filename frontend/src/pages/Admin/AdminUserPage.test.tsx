import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import en from '../../i18n/en.json';
import { fakeServer, renderApp } from '../../testing';

const admin = { id: 'usr_admin', email: 'admin@example.com', username: 'admin', name: 'Ada Admin', role: 'ADMIN', locale: 'en', mustChangePassword: false };

function bob(secondFactorKinds: string[], codesLocked?: { at: string; until: string }) {
  return {
    id: 'usr_bob',
    email: 'bob@example.com',
    username: 'bob',
    name: 'Bob',
    role: 'USER',
    locale: 'en',
    createdAt: '2026-12-01T10:00:00Z',
    lastSignInAt: null,
    lockedAt: null,
    lockKind: null,
    secondFactorLockedAt: codesLocked?.at ?? null,
    secondFactorLockedUntil: codesLocked?.until ?? null,
    emailVerifiedAt: null,
    mustChangePassword: false,
    secondFactorKinds,
    sessions: [{ id: 's1', createdAt: '2026-12-01T10:00:00Z', lastSeenAt: '2026-12-01T10:00:00Z', ip: '10.0.0.9', userAgent: 'curl/8.5.0', authMethods: ['PASSWORD', 'RECOVERY_CODE'] }],
    accessTokens: [],
    memberships: [],
  };
}

const noEvents = { auditEvents: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } };

describe("an account's second factors, for admins", () => {
  it('shows their kinds (never a secret) and resets them after a confirmation and a recent authentication', async () => {
    let reset = false;
    let confirmedIt = false;
    const server = fakeServer({
      Viewer: { me: admin },
      AdminUser: () => ({ node: bob(reset ? [] : ['TOTP', 'PASSKEY']) }),
      AuditEvents: noEvents,
      AuditPeople: { nodes: [] },
      ReauthMethods: { me: { id: 'usr_admin', secondFactors: [] } },
      AdminResetSecondFactors: () => {
        if (!confirmedIt) {
          return { adminResetSecondFactors: { userErrors: [{ code: 'RECENT_AUTHENTICATION_REQUIRED', field: null, message: 'again' }] } };
        }
        reset = true;
        return { adminResetSecondFactors: { userErrors: [] } };
      },
      Reauthenticate: () => {
        confirmedIt = true;
        return { reauthenticate: { userErrors: [] } };
      },
    });
    const { user } = renderApp('/admin/users/usr_bob');
    const details = await screen.findByRole('region', { name: en.profile.accountDetails });
    const row = within(details).getByText(en.admin.user.secondFactors).closest('div')!;
    expect(row.textContent).toContain(`${en.signInMethods.kindName.TOTP}, ${en.signInMethods.kindName.PASSKEY}`);

    expect(screen.getByText(`${en.profile.signedInWith} ${en.authMethod.PASSWORD} + ${en.authMethod.RECOVERY_CODE}`, { exact: false })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: en.admin.user.resetFactors }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the second factors of Bob?' });
    expect(within(dialog).getByText('They are told by email at bob@example.com.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: en.admin.user.resetFactors }));

    // The admin's own recent authentication: no authenticator app, so no switch to a code.
    const reauth = await screen.findByRole('dialog', { name: en.reauth.title });
    expect(within(reauth).queryByRole('button', { name: en.reauth.useCode })).toBeNull();
    await user.type(within(reauth).getByLabelText(en.signIn.password), 'Correct-Horse-9');
    await user.click(within(reauth).getByRole('button', { name: en.reauth.confirm }));

    expect(await screen.findByText('The second factors were reset. bob@example.com has been told by email.')).toBeTruthy();
    expect(server.sent('AdminResetSecondFactors').map((c) => c.variables)).toEqual([
      { input: { userId: 'usr_bob' } },
      { input: { userId: 'usr_bob' } },
    ]);
    expect(await within(details).findByText(en.admin.user.noSecondFactor)).toBeTruthy();
    expect(screen.queryByRole('button', { name: en.admin.user.resetFactors })).toBeNull();
  });

  it('shows a second-factor lock (since when, until when) and lifts it with Unlock', async () => {
    let locked = true;
    const codesLocked = { at: '2026-12-03T10:50:00Z', until: '2026-12-03T11:05:00Z' };
    const server = fakeServer({
      Viewer: { me: admin },
      AdminUser: () => ({ node: bob(['TOTP'], locked ? codesLocked : undefined) }),
      AuditEvents: noEvents,
      AuditPeople: { nodes: [] },
      UnlockUser: () => {
        locked = false;
        return { unlockUser: { user: { id: 'usr_bob', lockedAt: null, lockKind: null, secondFactorLockedAt: null, secondFactorLockedUntil: null }, userErrors: [] } };
      },
    });
    const { user } = renderApp('/admin/users/usr_bob');
    const details = await screen.findByRole('region', { name: en.profile.accountDetails });
    const row = within(details).getByText(en.admin.user.secondFactors).closest('div')!;
    expect(within(row).getByText(en.admin.user.codesLocked)).toBeTruthy();
    expect(row.querySelector(`time[datetime="${codesLocked.at}"]`)).toBeTruthy();
    expect(row.querySelector(`time[datetime="${codesLocked.until}"]`)).toBeTruthy();
    expect(row.textContent).toContain(en.admin.user.codesLockedHint);
    // The password is not locked: the status says active, and Unlock is offered for the codes.
    const status = within(details).getByText(en.admin.users.status).closest('div')!;
    expect(status.textContent).toContain(en.admin.user.active);
    await user.click(screen.getByRole('button', { name: en.admin.user.unlock }));
    expect(await screen.findByText(en.admin.user.unlocked)).toBeTruthy();
    expect(server.sent('UnlockUser').map((c) => c.variables)).toEqual([{ input: { id: 'usr_bob' } }]);
    await vi.waitFor(() => expect(within(details).queryByText(en.admin.user.codesLocked)).toBeNull());
    expect(screen.getByRole('button', { name: en.admin.user.lock })).toBeTruthy();
  });
});
