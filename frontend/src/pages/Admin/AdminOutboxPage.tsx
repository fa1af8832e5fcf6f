import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { Pager, useCursorPager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { Empty, LoadError, Loading } from '../../components/Status';
import { useQuery } from '../../graphql';
import type { OutboxStatus } from '../../gql/graphql';
import { AdminLayout } from './AdminLayout';
import { OutboxDocument } from './admin.graphql';

/**
 * A text body with the email's own link clickable: the one Latchkey built
 * (`link`). Any other URL in the text came from data, such as a person's
 * name, and stays plain text so that it cannot pose as the email's link.
 */
export function LinkedText({ text, link }: { text: string; link: string }) {
  if (!/^https?:\/\//.test(link)) {
    return <>{text}</>;
  }
  return (
    <>
      {text.split(link).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <a href={link} rel="noreferrer">
              {link}
            </a>
          )}
          {part}
        </Fragment>
      ))}
    </>
  );
}

const statusClass: Record<OutboxStatus, string> = { PENDING: 'badge', SENT: 'badge badge-ok', FAILED: 'badge badge-error' };

/** The emails Latchkey wrote: with no SMTP server, this is where their links are. */
export function AdminOutboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const pager = useCursorPager();
  const { reset } = pager;
  useEffect(reset, [status, reset]);
  const { data, error, loading, refetch } = useQuery(OutboxDocument, {
    first: 20,
    after: pager.after,
    where: status ? { status } : undefined,
  });
  const rows = (data?.outbox.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <AdminLayout title={t('admin.outbox.title')}>
      <p>{t('admin.outbox.intro')}</p>
      <div className="toolbar">
        <SelectField
          id="outbox-status"
          label={t('admin.outbox.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as OutboxStatus | '')}
        >
          <option value="">{t('admin.outbox.all')}</option>
          {(['PENDING', 'SENT', 'FAILED'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`admin.outbox.state.${s}`)}
            </option>
          ))}
        </SelectField>
        <button type="button" className="button button-secondary" onClick={refetch}>
          {t('admin.outbox.refresh')}
        </button>
      </div>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !data && loading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>{t('admin.outbox.none')}</Empty>
      ) : (
        <div aria-busy={loading || undefined}>
          <ul className="cards">
            {rows.map((m) => (
              <li key={m.id} className="card">
                <p className="card-title">
                  {m.subject} <span className={statusClass[m.status]}>{t(`admin.outbox.state.${m.status}`)}</span>
                </p>
                <dl className="facts">
                  <div>
                    <dt>{t('admin.outbox.to')}</dt>
                    <dd>{m.toAddress}</dd>
                  </div>
                  <div>
                    <dt>{t('admin.outbox.written')}</dt>
                    <dd>
                      <DateTime value={m.createdAt} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('admin.outbox.sent')}</dt>
                    <dd>{m.sentAt ? <DateTime value={m.sentAt} /> : '—'}</dd>
                  </div>
                  <div>
                    <dt>{t('admin.outbox.attempts')}</dt>
                    <dd>{m.attempts}</dd>
                  </div>
                </dl>
                {m.lastError && (
                  <p className="field-error">
                    {t('admin.outbox.lastErrorIs', { error: m.lastError })}
                  </p>
                )}
                <details>
                  <summary>{t('admin.outbox.showBody')}</summary>
                  <pre className="mail">
                    <LinkedText text={m.textBody} link={m.link} />
                  </pre>
                </details>
              </li>
            ))}
          </ul>
          <Pager pager={pager} pageInfo={data?.outbox.pageInfo} totalCount={data?.outbox.totalCount} label={t('admin.outbox.pages')} />
        </div>
      )}
    </AdminLayout>
  );
}
