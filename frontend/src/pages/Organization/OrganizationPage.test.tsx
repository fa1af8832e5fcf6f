import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';

const me = { id: 'usr_1', email: 'alice@example.com', username: 'alice', name: 'Alice Example', role: 'USER', locale: 'en', mustChangePassword: false };

const organization = {
  id: 'org_1',
  name: 'Hôtel du Lac',
  createdAt: '2024-03-05T14:30:00Z',
  viewerRights: ['MANAGE_MEMBERS'],
  requireSecondFactor: false,
  members: [
    { id: 'm1', rights: ['MANAGE_MEMBERS'], createdAt: '2024-03-05T14:30:00Z', user: { id: 'usr_1', name: 'Alice Example', username: 'alice', email: 'alice@example.com' } },
    { id: 'm2', rights: ['VIEW_ORDERS'], createdAt: '2024-03-06T14:30:00Z', user: { id: 'usr_2', name: 'Bob Example', username: 'bob', email: 'bob@example.com' } },
  ],
};

describe('inviting someone to an organisation', () => {
  it('says the person is already a member, not that the address is in use', async () => {
    const server = fakeServer({
      Viewer: { me },
      Organization: { organization },
      Invitations: { organization: { id: 'org_1', invitations: [] } },
      InviteMember: {
        inviteMember: {
          invitation: null,
          userErrors: [{ code: 'ALREADY_EXISTS', field: ['input', 'email'], message: 'This person is already a member of the organisation.' }],
        },
      },
    });
    const { user } = renderApp('/organizations/org_1');
    await user.click(await screen.findByRole('button', { name: en.org.addUser }));
    await user.type(screen.getByLabelText(en.org.newUserEmail), 'bob@example.com');
    await user.click(screen.getByRole('button', { name: en.org.sendInvitation }));

    expect((await screen.findAllByText(en.org.alreadyMember)).length).toBeGreaterThan(0);
    expect(screen.queryByText(en.fieldErrors.email.ALREADY_EXISTS)).toBeNull();
    const field = screen.getByLabelText(en.org.newUserEmail) as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe('bob@example.com');
    expect(server.sent('InviteMember')[0].variables.input).toEqual({ organizationId: 'org_1', email: 'bob@example.com', rights: [] });
  });
});
