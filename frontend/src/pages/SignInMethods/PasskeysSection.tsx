import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { confirmed } from '../../components/RecentAuthentication';
import { Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import type { ServerUserError } from '../../components/useProblems';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { formatNumber } from '../../i18n/format';
import { createPasskey, isDeclined, passkeysSupported, type CreationOptionsJSON } from '../../lib/webauthn';
import { RecoveryCodesOnce } from './RecoveryCodesOnce';
import { BeginPasskeyRegistrationDocument, FinishPasskeyRegistrationDocument, RenamePasskeyDocument } from './passkeys.graphql';
import type { Methods } from './types';

/** What the screen answers itself when the person (or the browser) declines the passkey prompt. */
const declined = { code: 'PASSKEY_DECLINED', field: null, message: '' } as unknown as ServerUserError;

/** Renaming a passkey (from the list of second factors, where passkeys are listed with the other factors). */
export function RenamePasskeyDialog({ passkey, onClose, onDone }: { passkey: { id: string; name: string }; onClose: () => void; onDone: () => void }) {
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
 * Adding a passkey (named first, then the browser's passkey prompt). The
 * passkeys themselves are listed, renamed and removed with the other
 * second factors (SecondFactorList). A first passkey, when it is the
 * person's first second factor, comes with ten recovery codes, shown once
 * as after an authenticator app.
 */
export function PasskeysSection({ me, onChanged, onFinished }: { me: Methods; onChanged: () => void; onFinished?: () => void }) {
  const { t, i18n } = useTranslation();
  const ids = { name: 'passkey-name' };
  const submit = useSubmit(ids);
  const [name, setName] = useState('');
  const [added, setAdded] = useState<string>();
  const [codes, setCodes] = useState<{ name: string; codes: readonly string[] }>();
  const supported = passkeysSupported();
  const count = me.secondFactors.filter((f) => f.kind === 'PASSKEY').length;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = name.trim();
    setAdded(undefined);
    const done = await submit.run(
      async () => {
        const begin = await confirmed(async () => (await request(BeginPasskeyRegistrationDocument, { input: { name: chosen } })).beginPasskeyRegistration);
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
    setName('');
    if (done.recoveryCodes.length > 0) setCodes({ name: done.passkey.name, codes: done.recoveryCodes });
    else {
      setAdded(done.passkey.name);
      onFinished?.();
    }
    onChanged();
  }

  if (codes) {
    return (
      <RecoveryCodesOnce
        codes={codes.codes}
        account={me.email}
        onDone={() => {
          setAdded(codes.name);
          setCodes(undefined);
          onFinished?.();
        }}
      />
    );
  }

  return (
    <>
      <p>{t('passkeys.intro')}</p>
      {count > 0 && <p>{t('passkeys.listed', { number: formatNumber(count, i18n.resolvedLanguage ?? 'en') })}</p>}
      {added && (
        <Notice>
          <p>{t('passkeys.added', { name: added })}</p>
        </Notice>
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
    </>
  );
}
