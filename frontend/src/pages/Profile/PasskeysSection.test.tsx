import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer } from '../../testing';
import en from '../../i18n/en.json';
import { PasskeysSection } from './PasskeysSection';

const laptop = { id: 'pky_1', name: 'Laptop', createdAt: '2026-12-01T10:00:00Z', lastUsedAt: null };

/** A browser with WebAuthn whose create() answers with `answer` (or throws it). */
function browserWithPasskeys(answer: unknown) {
  const create = vi.fn(async () => {
    if (answer instanceof Error || answer instanceof DOMException) throw answer;
    return answer;
  });
  vi.stubGlobal('PublicKeyCredential', class {});
  Object.defineProperty(navigator, 'credentials', { value: { create, get: vi.fn() }, configurable: true });
  return create;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the Passkeys section', () => {
  it('lists passkeys, adds one through the browser prompt and shows the recovery codes once', async () => {
    const created = { id: 'pky_2', name: 'Phone', createdAt: '2026-12-03T07:00:00Z', lastUsedAt: null };
    let passkeys = [laptop];
    const server = fakeServer({
      MyPasskeys: () => ({ me: { id: 'usr_1', passkeys } }),
      BeginPasskeyRegistration: {
        beginPasskeyRegistration: {
          options: { challenge: 'AQID', rp: { id: 'localhost', name: 'Latchkey' }, user: { id: 'dXNy', name: 'ann@example.com', displayName: 'Ann' } },
          userErrors: [],
        },
      },
      FinishPasskeyRegistration: () => {
        passkeys = [laptop, created];
        return { finishPasskeyRegistration: { passkey: created, recoveryCodes: ['aaaa-bbbb', 'cccc-dddd'], userErrors: [] } };
      },
    });
    const credential = { id: 'AQ', toJSON: () => ({ id: 'AQ', type: 'public-key', response: {} }) };
    const create = browserWithPasskeys(credential);
    const user = userEvent.setup();
    render(<PasskeysSection />);

    const section = await screen.findByRole('region', { name: en.passkeys.title });
    const row = await within(section).findByRole('row', { name: /Laptop/ });
    expect(row.textContent).toContain(en.home.never);

    await user.type(within(section).getByLabelText(en.passkeys.nameLabel), 'Phone');
    await user.click(within(section).getByRole('button', { name: en.passkeys.add }));
    expect(await within(section).findByText(en.passkeys.added.replace('{{name}}', 'Phone'))).toBeTruthy();
    expect(create).toHaveBeenCalledOnce();
    expect(server.sent('FinishPasskeyRegistration')[0].variables).toEqual({ input: { name: 'Phone', credential: { id: 'AQ', type: 'public-key', response: {} } } });
    const codes = within(section).getByRole('list', { name: en.passkeys.codesTitle });
    expect(within(codes).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['aaaa-bbbb', 'cccc-dddd']);
    await within(section).findByRole('row', { name: /Phone/ });

    await user.click(within(section).getByRole('button', { name: en.passkeys.codesStored }));
    expect(within(section).queryByRole('list', { name: en.passkeys.codesTitle })).toBeNull();
  });

  it('says so when the prompt is closed, and sends nothing to finish', async () => {
    const server = fakeServer({
      MyPasskeys: { me: { id: 'usr_1', passkeys: [] } },
      BeginPasskeyRegistration: {
        beginPasskeyRegistration: { options: { challenge: 'AQID', rp: { id: 'localhost', name: 'L' }, user: { id: 'dXNy', name: 'a', displayName: 'A' } }, userErrors: [] },
      },
    });
    browserWithPasskeys(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
    const user = userEvent.setup();
    render(<PasskeysSection />);
    const section = await screen.findByRole('region', { name: en.passkeys.title });
    expect(await within(section).findByText(en.passkeys.none)).toBeTruthy();
    await user.type(within(section).getByLabelText(en.passkeys.nameLabel), 'Key');
    await user.click(within(section).getByRole('button', { name: en.passkeys.add }));
    expect(await within(section).findByText(en.passkeys.declined)).toBeTruthy();
    expect(server.sent('FinishPasskeyRegistration')).toHaveLength(0);
  });

  it('asks for a name before the browser prompt', async () => {
    fakeServer({ MyPasskeys: { me: { id: 'usr_1', passkeys: [] } } });
    const create = browserWithPasskeys({});
    const user = userEvent.setup();
    render(<PasskeysSection />);
    const section = await screen.findByRole('region', { name: en.passkeys.title });
    await user.click(await within(section).findByRole('button', { name: en.passkeys.add }));
    expect((await within(section).findAllByText(en.passkeys.nameRequired)).length).toBeGreaterThan(0);
    expect(create).not.toHaveBeenCalled();
  });
});
