import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';

const viewer = { id: 'usr_1', email: 'ann@example.com', username: 'ann', name: 'Ann', role: 'USER', locale: 'en', mustChangePassword: false };
const laptop = { id: 'pky_1', kind: 'PASSKEY', name: 'Laptop', createdAt: '2026-12-01T10:00:00Z', lastUsedAt: null };
const ok = { userErrors: [] };
const options = { challenge: 'AQID', rp: { id: 'localhost', name: 'Latchkey' }, user: { id: 'dXNy', name: 'ann@example.com', displayName: 'Ann' } };

function methods(secondFactors: unknown[], recoveryCodesLeft = 0) {
  return { me: { id: 'usr_1', email: 'ann@example.com', recoveryCodesLeft, secondFactors } };
}

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

const passkeysRegion = () => screen.findByRole('region', { name: en.passkeys.title });
const factorsRegion = () => screen.getByRole('region', { name: en.signInMethods.listTitle });

describe('passkeys on the sign-in methods screen', () => {
  it('adds a first passkey through the browser prompt, shows its recovery codes once, and lists it with the other factors', async () => {
    const created = { id: 'pky_2', kind: 'PASSKEY', name: 'Phone', createdAt: '2026-12-03T07:00:00Z', lastUsedAt: null };
    const codes = Array.from({ length: 10 }, (_, i) => `code-${String(i).padStart(5, '0')}`);
    let factors: unknown[] = [];
    const server = fakeServer({
      Viewer: { me: viewer },
      SignInMethods: () => methods(factors, factors.length ? 10 : 0),
      BeginPasskeyRegistration: { beginPasskeyRegistration: { options, ...ok } },
      FinishPasskeyRegistration: () => {
        factors = [created];
        return { finishPasskeyRegistration: { passkey: created, recoveryCodes: codes, ...ok } };
      },
    });
    const credential = { id: 'AQ', toJSON: () => ({ id: 'AQ', type: 'public-key', response: {} }) };
    const create = browserWithPasskeys(credential);
    const { user } = renderApp('/profile/sign-in-methods');
    const section = await passkeysRegion();
    expect(await screen.findByText(en.signInMethods.none)).toBeTruthy();

    await user.type(within(section).getByLabelText(en.passkeys.nameLabel), 'Phone');
    await user.click(within(section).getByRole('button', { name: en.passkeys.add }));
    // The same panel as after an authenticator app: copy, download, "I have saved these".
    const shown = await within(section).findByRole('region', { name: en.recoveryCodes.shownTitle });
    expect(create).toHaveBeenCalledOnce();
    expect(server.sent('FinishPasskeyRegistration')[0].variables).toEqual({ input: { name: 'Phone', credential: { id: 'AQ', type: 'public-key', response: {} } } });
    expect(document.activeElement).toBe(within(shown).getByRole('heading', { name: en.recoveryCodes.shownTitle }));
    expect(within(shown).getAllByRole('listitem').map((li) => li.textContent)).toEqual(codes);
    expect(within(shown).getByRole('button', { name: en.recoveryCodes.copy })).toBeTruthy();
    expect(within(shown).getByRole('button', { name: en.recoveryCodes.download })).toBeTruthy();
    await user.click(within(shown).getByRole('button', { name: en.recoveryCodes.done }));
    expect(within(shown).getByRole('alert').textContent).toBe(en.recoveryCodes.savedRequired);
    await user.click(within(shown).getByRole('checkbox', { name: en.recoveryCodes.savedCheck }));
    await user.click(within(shown).getByRole('button', { name: en.recoveryCodes.done }));

    expect(await within(section).findByText(en.passkeys.added.replace('{{name}}', 'Phone'))).toBeTruthy();
    expect(screen.queryByText(codes[0])).toBeNull();
    // Listed once: with the other second factors, not in a list of its own.
    expect(await within(factorsRegion()).findByText('Phone', { selector: '.card-title' })).toBeTruthy();
    expect(screen.getAllByText('Phone')).toHaveLength(1);
    expect(within(section).getByText(en.passkeys.listed.replace('{{number}}', '1'))).toBeTruthy();
    expect(screen.getByText('Recovery codes left: 10')).toBeTruthy();
  });

  it('says so when the prompt is closed, and sends nothing to finish', async () => {
    const server = fakeServer({
      Viewer: { me: viewer },
      SignInMethods: methods([]),
      BeginPasskeyRegistration: { beginPasskeyRegistration: { options, ...ok } },
    });
    browserWithPasskeys(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
    const { user } = renderApp('/profile/sign-in-methods');
    const section = await passkeysRegion();
    await user.type(within(section).getByLabelText(en.passkeys.nameLabel), 'Key');
    await user.click(within(section).getByRole('button', { name: en.passkeys.add }));
    expect(await within(section).findByText(en.passkeys.declined)).toBeTruthy();
    expect(server.sent('FinishPasskeyRegistration')).toHaveLength(0);
  });

  it('asks for a name before the browser prompt', async () => {
    fakeServer({ Viewer: { me: viewer }, SignInMethods: methods([]) });
    const create = browserWithPasskeys({});
    const { user } = renderApp('/profile/sign-in-methods');
    const section = await passkeysRegion();
    await user.click(await within(section).findByRole('button', { name: en.passkeys.add }));
    expect((await within(section).findAllByText(en.passkeys.nameRequired)).length).toBeGreaterThan(0);
    expect(create).not.toHaveBeenCalled();
  });

  it('gives no recovery codes for a passkey added after another factor, and says it was added', async () => {
    const created = { id: 'pky_2', kind: 'PASSKEY', name: 'Phone', createdAt: '2026-12-03T07:00:00Z', lastUsedAt: null };
    let factors: unknown[] = [laptop];
    fakeServer({
      Viewer: { me: viewer },
      SignInMethods: () => methods(factors, 10),
      BeginPasskeyRegistration: { beginPasskeyRegistration: { options, ...ok } },
      FinishPasskeyRegistration: () => {
        factors = [laptop, created];
        return { finishPasskeyRegistration: { passkey: created, recoveryCodes: [], ...ok } };
      },
    });
    browserWithPasskeys({ id: 'AQ', toJSON: () => ({ id: 'AQ' }) });
    const { user } = renderApp('/profile/sign-in-methods');
    const section = await passkeysRegion();
    await user.type(within(section).getByLabelText(en.passkeys.nameLabel), 'Phone');
    await user.click(within(section).getByRole('button', { name: en.passkeys.add }));
    expect(await within(section).findByText(en.passkeys.added.replace('{{name}}', 'Phone'))).toBeTruthy();
    expect(screen.queryByRole('region', { name: en.recoveryCodes.shownTitle })).toBeNull();
    expect(await within(section).findByText(en.passkeys.listed.replace('{{number}}', '2'))).toBeTruthy();
  });

  it('renames a passkey from the list of factors, and removes it as any factor (removeSecondFactor)', async () => {
    let factors: { id: string; kind: string; name: string; createdAt: string; lastUsedAt: string | null }[] = [
      { id: 'sf_1', kind: 'TOTP', name: '', createdAt: '2026-11-01T10:00:00Z', lastUsedAt: null },
      laptop,
    ];
    const server = fakeServer({
      Viewer: { me: viewer },
      SignInMethods: () => methods(factors, 10),
      RenamePasskey: ({ input }: Record<string, unknown>) => {
        const { id, name } = input as { id: string; name: string };
        factors = factors.map((f) => (f.id === id ? { ...f, name } : f));
        return { renamePasskey: { passkey: { id, name }, ...ok } };
      },
      RemoveSecondFactor: ({ input }: Record<string, unknown>) => {
        factors = factors.filter((f) => f.id !== (input as { id: string }).id);
        return { removeSecondFactor: ok };
      },
    });
    const { user } = renderApp('/profile/sign-in-methods');
    await within(await passkeysRegion()).findByText(en.passkeys.listed.replace('{{number}}', '1'));
    const list = factorsRegion();
    // Only a passkey can be renamed.
    expect(within(list).getAllByRole('button', { name: /^Rename / })).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: en.passkeys.renameLabel.replace('{{name}}', 'Laptop') }));
    const dialog = await screen.findByRole('dialog', { name: en.passkeys.renameTitle.replace('{{name}}', 'Laptop') });
    const field = within(dialog).getByLabelText(en.passkeys.nameLabel);
    await user.clear(field);
    await user.click(within(dialog).getByRole('button', { name: en.passkeys.save }));
    expect((await within(dialog).findAllByText(en.passkeys.nameRequired)).length).toBeGreaterThan(0);
    await user.type(field, 'Work laptop');
    await user.click(within(dialog).getByRole('button', { name: en.passkeys.save }));
    expect(await within(list).findByText('Work laptop', { selector: '.card-title' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(server.sent('RenamePasskey')[0].variables).toEqual({ input: { id: 'pky_1', name: 'Work laptop' } });

    await user.click(within(list).getByRole('button', { name: 'Remove Work laptop' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove Work laptop?' });
    expect(within(confirm).getByText(en.passkeys.removeFromDevice)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: en.signInMethods.remove }));
    expect(await screen.findByText('Work laptop was removed.')).toBeTruthy();
    expect(server.sent('RemoveSecondFactor').map((c) => c.variables)).toEqual([{ input: { id: 'pky_1' } }]);
    expect(server.sent('RemovePasskey')).toHaveLength(0);
  });

  it('lets a person who must add a second factor go on once a first passkey and its codes are saved', async () => {
    const created = { id: 'pky_2', kind: 'PASSKEY', name: 'Phone', createdAt: '2026-12-03T07:00:00Z', lastUsedAt: null };
    let factors: unknown[] = [];
    fakeServer({
      Viewer: { me: viewer },
      SignInMethods: () => methods(factors, factors.length ? 10 : 0),
      Home: { me: { ...viewer, createdAt: '2024-03-05T14:30:00Z', lastSignInAt: null } },
      BeginPasskeyRegistration: { beginPasskeyRegistration: { options, ...ok } },
      FinishPasskeyRegistration: () => {
        factors = [created];
        return { finishPasskeyRegistration: { passkey: created, recoveryCodes: ['aaaa-bbbb'], ...ok } };
      },
    });
    browserWithPasskeys({ id: 'AQ', toJSON: () => ({ id: 'AQ' }) });
    const { user, location } = renderApp('/profile/sign-in-methods?required=1&next=%2F');
    expect(await screen.findByText(en.signInMethods.requiredTitle)).toBeTruthy();
    const section = await passkeysRegion();
    await user.type(within(section).getByLabelText(en.passkeys.nameLabel), 'Phone');
    await user.click(within(section).getByRole('button', { name: en.passkeys.add }));
    const shown = await screen.findByRole('region', { name: en.recoveryCodes.shownTitle });
    // Not before the codes are saved.
    expect(location.history.at(-1)).toBe('/profile/sign-in-methods?required=1&next=%2F');
    await user.click(within(shown).getByRole('checkbox', { name: en.recoveryCodes.savedCheck }));
    await user.click(within(shown).getByRole('button', { name: en.recoveryCodes.done }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/'));
  });
});
