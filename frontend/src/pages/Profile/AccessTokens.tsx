import { DataTable } from '../../components/DataTable';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';
import { DateTime } from '../../components/DateTime';
import { ConfirmSubmitDialog } from '../../components/Dialog';
import { Empty } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { confirmed } from '../../components/RecentAuthentication';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { CreateAccessTokenDocument, RevokeAccessTokenDocument } from './profile.graphql';
import { type Me, Section } from './Section';

/** The end of the chosen day in the reader's time zone, as RFC 3339. */
export function endOfDay(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export function AccessTokens({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t } = useTranslation();
  const ids = { name: 'token-name', expiresAt: 'token-expiry' };
  const submit = useSubmit(ids);
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [revoking, setRevoking] = useState<{ id: string; name: string }>();
  const today = new Date();
  const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const min = ymd(today);
  // The server takes expiries within two years.
  const max = ymd(new Date(today.getFullYear() + 2, today.getMonth(), today.getDate() - 1));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const expiresAt = expiry ? endOfDay(expiry) : undefined;
    const created = await submit.run(
      // A sensitive action: the server may first want a recent authentication.
      () =>
        confirmed(
          async () => (await request(CreateAccessTokenDocument, { input: { name: name.trim(), ...(expiresAt ? { expiresAt } : {}) } })).createAccessToken,
        ),
      {
        check: () => {
          const fields: Parameters<typeof submit.show>[0] = {};
          if (!name.trim()) fields.name = { key: 'tokens.nameRequired' };
          if (expiry && (!expiresAt || new Date(expiresAt) <= new Date() || expiry > max)) {
            fields.expiresAt = { key: 'fieldErrors.expiresAt.INVALID_INPUT' };
          }
          return fields;
        },
        succeeded: (p) => Boolean(p.token),
        // The name is checked here (1 to 100 characters), so INVALID_INPUT
        // about it means the other case the server files under it: too many tokens.
        handle: (errors) => {
          if (!errors.some((e) => e.code === 'INVALID_INPUT' && e.field?.at(-1) === 'name')) return false;
          submit.show({}, [{ key: 'tokens.tooMany' }]);
          return true;
        },
      },
    );
    if (!created?.token) return;
    setCreated({ name: name.trim(), token: created.token });
    setName('');
    setExpiry('');
    onChanged();
  }

  return (
    <Section id="access-tokens" title={t('tokens.title')}>
      <p>{t('tokens.intro')}</p>
      {created && (
        <div className="notice notice-warning" role="status">
          <p>
            <strong>{t('tokens.createdTitle', { name: created.name })}</strong>
          </p>
          <p>{t('tokens.createdBody')}</p>
          <code className="secret" aria-label={t('tokens.tokenLabel')}>
            {created.token}
          </code>
          <p className="actions">
            <CopyButton text={created.token} />
            <button type="button" className="link-button" onClick={() => setCreated(undefined)}>
              {t('tokens.stored')}
            </button>
          </p>
        </div>
      )}
      {me.accessTokens.length === 0 ? (
        <Empty>{t('tokens.none')}</Empty>
      ) : (
        <DataTable caption={t('tokens.title')} columns={[t('tokens.name'), t('tokens.created'), t('tokens.lastUsed'), t('tokens.expires'), { hidden: t('app.actions') }]}>
          {me.accessTokens.map((tok) => (
            <tr key={tok.id}>
              <td>{tok.name}</td>
              <td>
                <DateTime value={tok.createdAt} />
              </td>
              <td>{tok.lastUsedAt ? <DateTime value={tok.lastUsedAt} /> : t('home.never')}</td>
              <td>{tok.expiresAt ? <DateTime value={tok.expiresAt} /> : t('tokens.noExpiry')}</td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('tokens.revokeLabel', { name: tok.name })}
                  onClick={() => setRevoking({ id: tok.id, name: tok.name })}
                >
                  {t('tokens.revoke')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3>{t('tokens.createTitle')}</h3>
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <TextField
          id={ids.name}
          label={t('tokens.name')}
          hint={t('tokens.nameHint')}
          value={name}
          maxLength={100}
          error={submit.fieldError('name')}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          id={ids.expiresAt}
          label={`${t('tokens.expiry')} (${t('form.optional')})`}
          hint={t('tokens.expiryHint')}
          type="date"
          min={min}
          max={max}
          value={expiry}
          error={submit.fieldError('expiresAt')}
          onChange={(e) => setExpiry(e.target.value)}
        />
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.working') : t('tokens.create')}
        </button>
      </form>
      {revoking && (
        <ConfirmSubmitDialog
          title={t('tokens.revokeTitle', { name: revoking.name })}
          confirmLabel={t('tokens.revoke')}
          danger
          onCancel={() => setRevoking(undefined)}
          send={async () => (await request(RevokeAccessTokenDocument, { input: { id: revoking.id } })).revokeAccessToken}
          onDone={() => {
            setRevoking(undefined);
            onChanged();
          }}
        >
          <p>{t('tokens.revokeBody')}</p>
        </ConfirmSubmitDialog>
      )}
    </Section>
  );
}
