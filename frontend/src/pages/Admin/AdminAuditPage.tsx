import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTable, useAuditTypeLabel } from '../../components/AuditTable';
import { Pager, useCursorPager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { Empty, LoadError, Loading } from '../../components/Status';
import { useQuery } from '../../graphql';
import { auditTypes } from '../../i18n/audit';
import { AdminLayout } from './AdminLayout';
import { AuditEventsDocument } from './admin.graphql';

/** The audit log, newest first, by type, a page at a time. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  const label = useAuditTypeLabel();
  const [type, setType] = useState('');
  const pager = useCursorPager();
  const { reset } = pager;
  useEffect(reset, [type, reset]);
  const { data, error, loading, refetch } = useQuery(AuditEventsDocument, {
    first: 25,
    after: pager.after,
    where: type ? { type } : undefined,
  });
  const rows = (data?.auditEvents.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const sorted = [...auditTypes].sort((a, b) => label(a).localeCompare(label(b)));
  return (
    <AdminLayout title={t('admin.audit.title')}>
      <div className="toolbar">
        <SelectField id="audit-type" label={t('admin.audit.type')} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">{t('admin.audit.allTypes')}</option>
          {sorted.map((a) => (
            <option key={a} value={a}>
              {label(a)}
            </option>
          ))}
        </SelectField>
      </div>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !data && loading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>{t('admin.audit.none')}</Empty>
      ) : (
        <div aria-busy={loading || undefined}>
          <AuditTable rows={rows} caption={t('admin.audit.title')} linkUsers />
          <Pager pager={pager} pageInfo={data?.auditEvents.pageInfo} totalCount={data?.auditEvents.totalCount} label={t('admin.audit.pages')} />
        </div>
      )}
    </AdminLayout>
  );
}
