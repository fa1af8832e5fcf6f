import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';
import { DateTime } from '../../components/DateTime';
import { ConfirmSubmitDialog, Dialog } from '../../components/Dialog';
import { Empty, LoadError, Loading, Notice } from '../../components/Status';
import { TableWrap } from '../../components/TableWrap';
import { TextField } from '../../components/TextField';
import type { ServerUserError } from '../../components/useProblems';
import { useSubmit } from '../../components/useSubmit';
import { request, useQuery } from '../../graphql';
import { createPasskey, isDeclined, passkeysSupported, type CreationOptionsJSON } from '../../lib/webauthn';
import {
  BeginPasskeyRegistrationDocument,
  FinishPasskeyRegistrationDocument,
  MyPasskeysDocument,
  RemovePasskeyDocument,
  RenamePasskeyDocument,
} from './passkeys.graphql';
import { Section } from './Section';

/** What the screen answers itself when the person (or the browser) declines the passkey prompt. */
const declined = { code: 'PASSKEY_DECLINED', field: null, message: '' } as unknown as ServerUserError;

function RenameDialog({ passkey, onClose, onDone }: { passkey: { id: string; name: string }; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const ids = { name: 'passkey-rename-name' };
  const submit = useSubmit(ids);
  const [name, setName] = useState(passkey.name);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await submit.run(async () => (await request(RenamePasskeyDocument, { input: { id: passkey.id, name: name.trim() } })).renamePasskey, {
      check: () => (name.trim() ? {} : { name: { key: 'passkeys.nameRequired' } }),
    });
    if (done) onDone();
  }

  return (
    <Dialog title={t('passkeys.renameTitle', { name: passkey.name })} onClose={onClose}>
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <TextField id={ids.name} label={t('passkeys.nameLabel')} value={name} maxLength={100} error={submit.fieldError('name')} onChange={(e) => setName(e.target.value)} />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
            {submit.busy ? t('app.working') : t('passkeys.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The person's passkeys: listed with when they were added and last used,
 * added (the browser's passkey prompt), renamed and removed. It loads its
 * own data, so any screen can show it (the profile's sign-in methods).
 * `onChanged` follows every change; `onAdded` a passkey added, once its
 * recovery codes (if any) are put away.
 */
export function PasskeysSection({ onChanged, onAdded }: { onChanged?: () => void; onAdded?: () => void }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(MyPasskeysDocument);
  const ids = { name: 'passkey-name' };
  const submit = useSubmit(ids);
  const [name, setName] = useState('');
  const [added, setAdded] = useState<string>();
  const [codes, setCodes] = useState<readonly string[]>([]);
  const [renaming, setRenaming] = useState<{ id: string; name: string }>();
  const [removing, setRemoving] = useState<{ id: string; name: string }>();
  const supported = passkeysSupported();

  function changed() {
    refetch();
    onChanged?.();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = name.trim();
    setAdded(undefined);
    const done = await submit.run(
      async () => {
        const begin = (await request(BeginPasskeyRegistrationDocument, { input: { name: chosen } })).beginPasskeyRegistration;
        if (begin.userErrors.length > 0 || !begin.options) return { passkey: null, recoveryCodes: [], userErrors: begin.userErrors };
        let credential: unknown;
        try {
          credential = await createPasskey(begin.options as CreationOptionsJSON);
        } catch (err) {
          if (isDeclined(err) || (err instanceof DOMException && err.name === 'InvalidStateError')) return { passkey: null, recoveryCodes: [], userErrors: [declined] };
          throw err;
        }
        return (await request(FinishPasskeyRegistrationDocument, { input: { name: chosen, credential } })).finishPasskeyRegistration;
      },
      {
        check: () => (chosen ? {} : { name: { key: 'passkeys.nameRequired' } }),
        succeeded: (p) => Boolean(p.passkey),
        handle: (errors) => {
          if (errors[0]?.code !== declined.code) return false;
          submit.show({}, [{ key: 'passkeys.declined' }]);
          return true;
        },
      },
    );
    if (!done?.passkey) return;
    setAdded(done.passkey.name);
    setCodes(done.recoveryCodes);
    setName('');
    changed();
    if (done.recoveryCodes.length === 0) onAdded?.();
  }

  const passkeys = data?.me?.passkeys;
  return (
    <Section id="passkeys" title={t('passkeys.title')}>
      <p>{t('passkeys.intro')}</p>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !passkeys ? (
        loading ? <Loading /> : <LoadError retry={refetch} />
      ) : passkeys.length === 0 ? (
        <Empty>{t('passkeys.none')}</Empty>
      ) : (
        <TableWrap label={t('passkeys.title')}>
          <table>
            <caption className="visually-hidden">{t('passkeys.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('passkeys.name')}</th>
                <th scope="col">{t('passkeys.created')}</th>
                <th scope="col">{t('passkeys.lastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('app.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {passkeys.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>
                    <DateTime value={p.createdAt} />
                  </td>
                  <td>{p.lastUsedAt ? <DateTime value={p.lastUsedAt} /> : t('home.never')}</td>
                  <td className="actions">
                    <button type="button" className="button button-secondary button-small" aria-label={t('passkeys.renameLabel', { name: p.name })} onClick={() => setRenaming(p)}>
                      {t('passkeys.rename')}
                    </button>
                    <button type="button" className="button button-secondary button-small" aria-label={t('passkeys.removeLabel', { name: p.name })} onClick={() => setRemoving(p)}>
                      {t('passkeys.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h3>{t('passkeys.addTitle')}</h3>
      {added && (
        <Notice>
          <p>{t('passkeys.added', { name: added })}</p>
        </Notice>
      )}
      {codes.length > 0 && (
        <div className="notice notice-warning" role="status">
          <p>
            <strong>{t('passkeys.codesTitle')}</strong>
          </p>
          <p>{t('passkeys.codesBody')}</p>
          <ul className="passkey-recovery-codes" aria-label={t('passkeys.codesTitle')}>
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <p className="actions">
            <CopyButton text={codes.join('\n')} />
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setCodes([]);
                onAdded?.();
              }}
            >
              {t('passkeys.codesStored')}
            </button>
          </p>
        </div>
      )}
      {!supported ? (
        <Notice tone="info">
          <p>{t('passkeys.unsupported')}</p>
        </Notice>
      ) : (
        <>
          {submit.summary}
          <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
            <TextField
              id={ids.name}
              label={t('passkeys.nameLabel')}
              hint={t('passkeys.nameHint')}
              value={name}
              maxLength={100}
              error={submit.fieldError('name')}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
              {submit.busy ? t('passkeys.adding') : t('passkeys.add')}
            </button>
          </form>
        </>
      )}
      {renaming && (
        <RenameDialog
          passkey={renaming}
          onClose={() => setRenaming(undefined)}
          onDone={() => {
            setRenaming(undefined);
            changed();
          }}
        />
      )}
      {removing && (
        <ConfirmSubmitDialog
          title={t('passkeys.removeTitle', { name: removing.name })}
          confirmLabel={t('passkeys.remove')}
          danger
          onCancel={() => setRemoving(undefined)}
          send={async () => (await request(RemovePasskeyDocument, { input: { id: removing.id } })).removePasskey}
          onDone={() => {
            setRemoving(undefined);
            changed();
          }}
        >
          <p>{t('passkeys.removeBody')}</p>
        </ConfirmSubmitDialog>
      )}
    </Section>
  );
}
