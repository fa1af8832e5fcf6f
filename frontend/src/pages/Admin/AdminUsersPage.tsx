import { DataTable } from '../../components/DataTable';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { takeFlash, type Flash } from '../../components/flash';
import { Pager, useCursorPager } from '../../components/Pager';
import { SelectField } from '../../components/SelectField';
import { Empty, LoadError, Loading, Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useQuery } from '../../graphql';
import { formatNumber } from '../../i18n/format';
import type { OrderDirection, UserOrderField, UserWhereInput } from '../../gql/graphql';
import { adminUserPath, paths } from '../../routes';
import { AdminLayout } from './AdminLayout';
import { AdminUsersDocument } from './admin.graphql';
import { lockLabel } from './lock';

const pageSize = 20;
const sortFields: UserOrderField[] = ['EMAIL', 'USERNAME', 'NAME', 'CREATED_AT'];

/**
 * The filter the grid sends: the text in email, username or name (any case, served by an index), and the ones a lock
 * holds on now (a password or admin lock, or codes locked after wrong second-factor codes).
 */
export function usersWhere(search: string, lockedOnly: boolean): UserWhereInput | undefined {
  const q = search.trim();
  const parts: UserWhereInput[] = [];
  if (q) parts.push({ search: q });
  if (lockedOnly) parts.push({ locked: true });
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

/** Customers > All customers: the users grid. */
export function AdminUsersPage() {
  const { t, i18n } = useTranslation();
  const [flash] = useState<Flash | undefined>(takeFlash);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [lockedOnly, setLockedOnly] = useState(false);
  const [sort, setSort] = useState<`${UserOrderField}:${OrderDirection}`>('CREATED_AT:DESC');
  const pager = useCursorPager();
  const [field, direction] = sort.split(':') as [UserOrderField, OrderDirection];
  const { data, error, loading, refetch } = useQuery(AdminUsersDocument, {
    first: pageSize,
    after: pager.after,
    where: usersWhere(search, lockedOnly),
    orderBy: { field, direction },
  });
  const { reset } = pager;
  useEffect(reset, [search, lockedOnly, sort, reset]);

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(typed);
  }

  const users = (data?.users.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const filtered = Boolean(search.trim() || lockedOnly);

  return (
    <AdminLayout
      title={t('admin.users.title')}
      actions={
        <Link href={paths.adminNewUser} className="button">
          {t('admin.users.create')}
        </Link>
      }
    >
      {flash && <Notice>{t(flash.key as 'admin.users.deleted', flash.values)}</Notice>}
      <form role="search" className="toolbar" onSubmit={onSearch} aria-label={t('admin.users.searchLabel')}>
        <TextField
          id="users-search"
          type="search"
          maxLength={256}
          label={t('admin.users.search')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit" className="button button-secondary">
          {t('admin.users.searchButton')}
        </button>
        <SelectField
          id="users-sort"
          label={t('admin.users.sort')}
          value={sort}
          onChange={(e) => setSort(e.target.value as typeof sort)}
        >
          {sortFields.flatMap((f) =>
            (['ASC', 'DESC'] as const).map((d) => (
              <option key={`${f}:${d}`} value={`${f}:${d}`}>
                {t(`admin.users.sortBy.${f}`)} – {t(`admin.users.direction.${d}`)}
              </option>
            )),
          )}
        </SelectField>
        <div className="checkbox">
          <input
            id="users-locked"
            type="checkbox"
            checked={lockedOnly}
            onChange={(e) => setLockedOnly(e.target.checked)}
          />
          <label htmlFor="users-locked">{t('admin.users.lockedOnly')}</label>
        </div>
      </form>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !data && loading ? (
        <Loading />
      ) : users.length === 0 ? (
        <Empty>{filtered ? t('admin.users.noMatch') : t('admin.users.none')}</Empty>
      ) : (
        <div aria-busy={loading || undefined}>
          <p className="muted" role="status">
            {t('admin.users.count', { formatted: formatNumber(data?.users.totalCount ?? 0, i18n.resolvedLanguage ?? 'en') })}
          </p>
          <DataTable caption={t('admin.users.title')} columns={[t('home.name'), t('home.email'), t('home.username'), t('home.role'), t('admin.users.created'), t('home.lastSignIn'), t('admin.users.status'), t('admin.users.action')]}>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name || '—'}</td>
                <td>{u.email}</td>
                <td>{u.username}</td>
                <td>{t(`role.${u.role}`)}</td>
                <td>
                  <DateTime value={u.createdAt} />
                </td>
                <td>{u.lastSignInAt ? <DateTime value={u.lastSignInAt} /> : t('home.never')}</td>
                <td>
                  {u.lockedAt && <span className="badge badge-error">{t(lockLabel(u.lockKind))}</span>}{' '}
                  {u.secondFactorLockedAt && <span className="badge badge-error">{t('admin.users.codesLocked')}</span>}
                  {!u.lockedAt && !u.secondFactorLockedAt && <span className="badge badge-ok">{t('admin.user.active')}</span>}
                </td>
                <td>
                  <Link href={adminUserPath(u.id)} aria-label={t('admin.users.editLabel', { name: u.name || u.username })}>
                    {t('admin.users.edit')}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
          <Pager pager={pager} pageInfo={data?.users.pageInfo} totalCount={data?.users.totalCount} label={t('admin.users.pages')} />
        </div>
      )}
    </AdminLayout>
  );
}
