import { DataTable } from './DataTable';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { isAuditType } from '../i18n/audit';
import { adminUserPath } from '../routes';
import { DateTime } from './DateTime';
import { describeUserAgent } from '../lib/userAgent';
import { useQuery } from '../graphql';
import type { AuditEventsQuery } from '../gql/graphql';
import { AuditPeopleDocument } from './auditPeople.graphql';

/** One audit event as the audit queries select it: the generated type, not a copy. */
export type AuditRow = Pick<
  NonNullable<NonNullable<NonNullable<AuditEventsQuery['auditEvents']['edges']>[number]>['node']>,
  'id' | 'type' | 'actorID' | 'subjectID' | 'ip' | 'userAgent' | 'createdAt' | 'details'
>;

/** An event type in the reader's language. */
export function useAuditTypeLabel() {
  const { t } = useTranslation();
  return (type: string) => (isAuditType(type) ? t(`audit.type.${type}`) : type);
}

/** Audit events as a table: when, what, who, from where. */
export function AuditTable({ rows, caption, linkUsers }: { rows: readonly AuditRow[]; caption: string; linkUsers?: boolean }) {
  const { t } = useTranslation();
  const label = useAuditTypeLabel();
  // Admins see who is behind each ID (deleted accounts stay as their ID).
  const ids = linkUsers
    ? [...new Set(rows.flatMap((r) => [r.actorID, r.subjectID]).filter((id): id is string => Boolean(id?.startsWith('usr_'))))].sort()
    : [];
  const people = useQuery(AuditPeopleDocument, { ids });
  const names = new Map<string, string>();
  for (const n of people.data?.nodes ?? []) {
    if (n && 'username' in n) names.set(n.id, n.name || n.username);
  }
  const who = (id?: string | null) =>
    !id ? '—' : linkUsers && id.startsWith('usr_') ? <Link href={adminUserPath(id)}>{names.get(id) ?? id}</Link> : id;
  return (
    <DataTable caption={caption} columns={[t('audit.when'), t('audit.what'), linkUsers && t('audit.actor'), linkUsers && t('audit.subject'), t('audit.from'), t('audit.details')]}>
      {rows.map((e) => (
        <tr key={e.id}>
          <td>
            <DateTime value={e.createdAt} short />
          </td>
          <td>{label(e.type)}</td>
          {linkUsers && <td>{who(e.actorID)}</td>}
          {linkUsers && <td>{who(e.subjectID)}</td>}
          <td>
            {e.ip}
            {e.userAgent && (
              <>
                <br />
                <span className="muted">{describeUserAgent(e.userAgent)}</span>
              </>
            )}
          </td>
          <td>
            {e.details.length === 0
              ? '—'
              : e.details.map((d) => (
                  <div key={d.key}>
                    <span className="muted">{d.key}:</span> {d.value}
                  </div>
                ))}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
