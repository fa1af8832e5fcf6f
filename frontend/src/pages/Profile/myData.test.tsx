import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';
import { exportFileName } from './MyData';
import { me as alice, profileServer } from './profile.fixtures';

// Alice, with an access token and the right to manage an organisation's members.
const me = {
  ...alice,
  accessTokens: [{ id: 'tok_1', name: 'shop', createdAt: '2024-03-05T14:30:00Z', lastUsedAt: null, expiresAt: null }],
  memberships: [{ id: 'm1', rights: ['MANAGE_MEMBERS'], createdAt: '2024-03-05T14:30:00Z', organization: { id: 'org_1', name: 'Hôtel du Lac' } }],
};

const profile = profileServer(me);

afterEach(() => vi.restoreAllMocks());

describe('the export file name', () => {
  it('names the person and the day, and nothing a file system refuses', () => {
    expect(exportFileName('alice', new Date('2026-12-02T17:00:00Z'))).toBe('latchkey-data-alice-2026-12-02.json');
    expect(exportFileName('a/b\\c', new Date('2026-12-02T17:00:00Z'))).toBe('latchkey-data-a_b_c-2026-12-02.json');
  });
});

describe('download my data', () => {
  it('saves the export as a JSON file and says so', async () => {
    const exportMyData = { format: 'latchkey-personal-data/1', profile: { id: 'usr_1', email: 'alice@example.com' } };
    fakeServer({ ...profile, ExportMyData: { exportMyData } });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderApp('/profile');
    const section = await screen.findByRole('region', { name: en.leave.dataTitle });
    await user.click(within(section).getByRole('button', { name: en.leave.download }));
    expect(await within(section).findByText(/Your data was downloaded as latchkey-data-alice-.*\.json\./)).toBeTruthy();
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toMatch(/^latchkey-data-alice-\d{4}-\d\d-\d\d\.json$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(JSON.parse(text)).toEqual(exportMyData);
    expect(blobs[0].type).toBe('application/json');
  });

  it('says when there were too many exports', async () => {
    fakeServer({ ...profile, ExportMyData: { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] } });
    const { user } = renderApp('/profile');
    const section = await screen.findByRole('region', { name: en.leave.dataTitle });
    await user.click(within(section).getByRole('button', { name: en.leave.download }));
    expect((await within(section).findByRole('alert')).textContent).toBe(en.errors.RATE_LIMITED);
  });
});

describe('delete my account', () => {
  async function openDialog(user: ReturnType<typeof renderApp>['user']) {
    const section = await screen.findByRole('region', { name: en.leave.deleteTitle });
    await user.click(within(section).getByRole('button', { name: en.leave.deleteButton }));
    return screen.getByRole('dialog', { name: en.leave.confirmTitle });
  }

  it('names what is lost before anything happens', async () => {
    const server = fakeServer(profile);
    const { user } = renderApp('/profile');
    const dialog = await openDialog(user);
    const items = within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'your account alice (alice@example.com) and its password',
      'your sessions, on every device: 2',
      'your access tokens, which stop working: 1',
      'your membership of Hôtel du Lac',
    ]);
    await user.click(within(dialog).getByRole('button', { name: en.app.cancel }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.sent('DeleteMe')).toHaveLength(0);
  });

  it('asks for the password, and says when it is wrong', async () => {
    const server = fakeServer({
      ...profile,
      DeleteMe: { deleteMe: { deletedUserId: null, organizations: [], userErrors: [{ code: 'INVALID_CREDENTIALS', field: ['input', 'currentPassword'], message: 'no' }] } },
    });
    const { user } = renderApp('/profile');
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: en.leave.confirm }));
    expect(server.sent('DeleteMe')).toHaveLength(0);
    expect(within(dialog).getAllByText(en.password.currentRequired).length).toBeGreaterThan(0);
    await user.type(within(dialog).getByLabelText(en.leave.password), 'Wrong-Horse-1');
    await user.click(within(dialog).getByRole('button', { name: en.leave.confirm }));
    expect((await within(dialog).findAllByText(en.leave.wrongPassword)).length).toBeGreaterThan(0);
    expect(server.sent('DeleteMe')[0].variables.input).toEqual({ currentPassword: 'Wrong-Horse-1' });
    expect(within(dialog).getByLabelText(en.leave.password).getAttribute('aria-invalid')).toBe('true');
  });

  it('tells the last manager which organisations to hand over first', async () => {
    fakeServer({
      ...profile,
      DeleteMe: { deleteMe: { deletedUserId: null, organizations: [{ id: 'org_1', name: 'Hôtel du Lac' }], userErrors: [{ code: 'LAST_MEMBER_MANAGER', field: null, message: 'x' }] } },
    });
    const { user } = renderApp('/profile');
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(en.leave.password), 'Correct-Horse-9');
    await user.click(within(dialog).getByRole('button', { name: en.leave.confirm }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(en.errors.LAST_MEMBER_MANAGER);
    expect(within(alert).getByRole('link', { name: 'Hôtel du Lac' }).getAttribute('href')).toBe('/organizations/org_1');
  });

  it('tells the last admin to make another admin first', async () => {
    fakeServer({
      ...profile,
      Viewer: { me: { ...me, role: 'ADMIN' } },
      DeleteMe: { deleteMe: { deletedUserId: null, organizations: [], userErrors: [{ code: 'LAST_ADMIN', field: null, message: 'x' }] } },
    });
    const { user } = renderApp('/profile');
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(en.leave.password), 'Correct-Horse-9');
    await user.click(within(dialog).getByRole('button', { name: en.leave.confirm }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(en.errors.LAST_ADMIN);
  });

  it('lands the person signed out on the sign-in page with a message', async () => {
    let deleted = false;
    fakeServer({
      ...profile,
      Viewer: () => ({ me: deleted ? null : me }),
      DeleteMe: () => {
        deleted = true;
        return { deleteMe: { deletedUserId: 'usr_1', organizations: [], userErrors: [] } };
      },
    });
    const { user, location } = renderApp('/profile');
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(en.leave.password), 'Correct-Horse-9');
    await user.click(within(dialog).getByRole('button', { name: en.leave.confirm }));
    expect(await screen.findByRole('heading', { level: 1, name: en.signIn.title })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(en.leave.deleted);
    expect(location.history.at(-1)).toBe('/sign-in');
  });
});
