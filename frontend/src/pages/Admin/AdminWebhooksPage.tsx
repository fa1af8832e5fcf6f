import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';
import { DateTime } from '../../components/DateTime';
import { Empty, LoadError, Loading } from '../../components/Status';
import { DataTable } from '../../components/DataTable';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
import { request, useQuery } from '../../graphql';
import type { WebhookEndpointsQuery } from '../../gql/graphql';
import { AdminLayout } from './AdminLayout';
import {
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  ReplayWebhookEventDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookEventDocument,
  UpdateWebhookEndpointDocument,
  WebhookEndpointsDocument,
} from './webhooks.graphql';

type Endpoint = NonNullable<NonNullable<NonNullable<WebhookEndpointsQuery['webhookEndpoints']['edges']>[number]>['node']>;

const deliveryClass: Record<string, string> = { PENDING: 'badge', DELIVERED: 'badge badge-ok', FAILED: 'badge badge-error' };

/** A secret shown once, with a button to copy it. */
function ShownSecret({ secret }: { secret: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p>{t('admin.webhooks.secretOnce')}</p>
      <p>
        <code className="secret" data-testid="webhook-secret">{secret}</code> <CopyButton text={secret} />
      </p>
    </div>
  );
}

/** One endpoint: its actions and its delivery log. */
export function EndpointCard({ endpoint, onChanged }: { endpoint: Endpoint; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useSubmit();
  const [secret, setSecret] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const deliveries = (endpoint.deliveries.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const headingId = `endpoint-${endpoint.id}`;

  async function act(kind: 'test' | 'rotate' | 'toggle' | 'delete') {
    if (kind === 'delete' && !window.confirm(t('admin.webhooks.confirmDelete', { url: endpoint.url }))) return;
    setNotice(undefined);
    const ok = await action.run(async () => {
      switch (kind) {
        case 'test':
          return (await request(SendTestWebhookEventDocument, { input: { id: endpoint.id } })).sendTestWebhookEvent;
        case 'rotate': {
          const { rotateWebhookSecret } = await request(RotateWebhookSecretDocument, { input: { id: endpoint.id } });
          if (rotateWebhookSecret.secret) setSecret(rotateWebhookSecret.secret);
          return rotateWebhookSecret;
        }
        case 'toggle':
          return (await request(UpdateWebhookEndpointDocument, { input: { id: endpoint.id, enabled: !endpoint.enabled } })).updateWebhookEndpoint;
        case 'delete':
          return (await request(DeleteWebhookEndpointDocument, { input: { id: endpoint.id } })).deleteWebhookEndpoint;
      }
    });
    if (ok) {
      if (kind === 'test') setNotice(t('admin.webhooks.testSent'));
      onChanged();
    }
  }

  async function replay(deliveryId: string) {
    setNotice(undefined);
    if (await action.run(async () => (await request(ReplayWebhookEventDocument, { input: { deliveryId } })).replayWebhookEvent)) {
      setNotice(t('admin.webhooks.replayed'));
      onChanged();
    }
  }

  return (
    <li className="card">
      <h2 id={headingId} className="card-title">
        {endpoint.url}{' '}
        <span className={endpoint.enabled ? 'badge badge-ok' : 'badge badge-error'}>
          {endpoint.enabled ? t('admin.webhooks.enabled') : t('admin.webhooks.disabled')}
        </span>
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('admin.webhooks.description')}</dt>
          <dd>{endpoint.description || '—'}</dd>
        </div>
        <div>
          <dt>{t('admin.webhooks.events')}</dt>
          <dd>{endpoint.events.length === 0 ? t('admin.webhooks.allEvents') : endpoint.events.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('admin.webhooks.created')}</dt>
          <dd>
            <DateTime value={endpoint.createdAt} />
          </dd>
        </div>
        {endpoint.previousSecretExpiresAt && (
          <div>
            <dt>{t('admin.webhooks.oldSecretUntil')}</dt>
            <dd>
              <DateTime value={endpoint.previousSecretExpiresAt} />
            </dd>
          </div>
        )}
      </dl>
      {!endpoint.enabled && endpoint.disabledReason && <p className="field-error">{endpoint.disabledReason}</p>}
      {secret && <ShownSecret secret={secret} />}
      {notice && <p role="status">{notice}</p>}
      {action.alert}
      <div className="toolbar" role="group" aria-labelledby={headingId}>
        <button type="button" className="button button-secondary" aria-disabled={action.busy || undefined} onClick={() => act('test')}>
          {t('admin.webhooks.sendTest')}
        </button>
        <button type="button" className="button button-secondary" aria-disabled={action.busy || undefined} onClick={() => act('rotate')}>
          {t('admin.webhooks.rotate')}
        </button>
        <button type="button" className="button button-secondary" aria-disabled={action.busy || undefined} onClick={() => act('toggle')}>
          {endpoint.enabled ? t('admin.webhooks.disable') : t('admin.webhooks.enable')}
        </button>
        <button type="button" className="button button-danger" aria-disabled={action.busy || undefined} onClick={() => act('delete')}>
          {t('admin.webhooks.delete')}
        </button>
      </div>
      <h3>{t('admin.webhooks.log', { count: endpoint.deliveries.totalCount })}</h3>
      {deliveries.length === 0 ? (
        <Empty>{t('admin.webhooks.noDeliveries')}</Empty>
      ) : (
        <DataTable caption={t('admin.webhooks.logOf', { url: endpoint.url })} columns={[t('admin.webhooks.event'), t('admin.webhooks.status'), t('admin.webhooks.attempts'), t('admin.webhooks.response'), t('admin.webhooks.duration'), t('admin.webhooks.written'), { hidden: t('admin.webhooks.actions') }]}>
          {deliveries.map((d) => (
            <tr key={d.id}>
              <td>
                <code>{d.eventType}</code>
              </td>
              <td>
                <span className={deliveryClass[d.status] ?? 'badge'}>{t(`admin.webhooks.state.${d.status}`)}</span>
              </td>
              <td>{d.attempts}</td>
              <td title={d.lastError || d.responseBody || undefined}>{d.responseStatus ?? (d.lastError ? t('admin.webhooks.noAnswer') : '—')}</td>
              <td>{t('admin.webhooks.ms', { ms: d.durationMs })}</td>
              <td>
                <DateTime value={d.createdAt} />
              </td>
              <td>
                <button type="button" className="button button-secondary button-small" aria-disabled={action.busy || undefined} onClick={() => replay(d.id)}>
                  {t('admin.webhooks.replay')}
                  <span className="visually-hidden"> {d.eventType}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </li>
  );
}

/** Webhook endpoints: register, test, rotate, disable, and read the delivery log. */
export function AdminWebhooksPage() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(WebhookEndpointsDocument);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState<string>();
  const submit = useSubmit({ url: 'webhook-url', description: 'webhook-description', events: 'webhook-events' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSecret(undefined);
    const created = await submit.run(
      async () => (await request(CreateWebhookEndpointDocument, { input: { url: url.trim(), description, events } })).createWebhookEndpoint,
      {
        check: () => (url.trim() ? {} : { url: { key: 'admin.webhooks.urlRequired' } }),
        succeeded: (p) => Boolean(p.secret),
      },
    );
    if (!created?.secret) return;
    setSecret(created.secret);
    setUrl('');
    setDescription('');
    setEvents([]);
    refetch();
  }

  const endpoints = (data?.webhookEndpoints.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const types = (data?.webhookEventTypes ?? []).filter((ty) => ty.name !== 'webhook.test');
  return (
    <AdminLayout title={t('admin.webhooks.title')}>
      <p>{t('admin.webhooks.intro')}</p>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !data && loading ? (
        <Loading />
      ) : endpoints.length === 0 ? (
        <Empty>{t('admin.webhooks.none')}</Empty>
      ) : (
        <ul className="cards" aria-busy={loading || undefined}>
          {endpoints.map((ep) => (
            <EndpointCard key={ep.id} endpoint={ep} onChanged={refetch} />
          ))}
        </ul>
      )}
      <section className="section narrow-left" aria-labelledby="new-webhook">
        <h2 id="new-webhook">{t('admin.webhooks.create')}</h2>
        {secret && <ShownSecret secret={secret} />}
        {submit.summary}
        <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
          <TextField id="webhook-url" label={t('admin.webhooks.url')} hint={t('admin.webhooks.urlHint')} type="url" value={url} error={submit.fieldError('url')} onChange={(e) => setUrl(e.target.value)} />
          <TextField
            id="webhook-description"
            label={t('admin.webhooks.description')}
            value={description}
            error={submit.fieldError('description')}
            onChange={(e) => setDescription(e.target.value)}
          />
          <fieldset id="webhook-events">
            <legend>{t('admin.webhooks.events')}</legend>
            <p className="field-hint">{t('admin.webhooks.eventsHint')}</p>
            {types.map((ty) => (
              <div key={ty.name} className="checkbox">
                <input
                  type="checkbox"
                  id={`webhook-event-${ty.name}`}
                  checked={events.includes(ty.name)}
                  onChange={(e) => setEvents(e.target.checked ? [...events, ty.name] : events.filter((x) => x !== ty.name))}
                />
                <label htmlFor={`webhook-event-${ty.name}`}>
                  <code>{ty.name}</code>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
            {submit.busy ? t('app.working') : t('admin.webhooks.createButton')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
