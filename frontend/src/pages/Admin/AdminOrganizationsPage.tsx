import { DataTable } from '../../components/DataTable';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { Empty, LoadError, Loading } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
import { request, useQuery } from '../../graphql';
import { organizationPath } from '../../routes';
import { AdminLayout } from './AdminLayout';
import { AdminOrganizationsDocument, CreateOrganizationDocument } from './admin.graphql';

export function AdminOrganizationsPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { data, error, loading, refetch } = useQuery(AdminOrganizationsDocument);
  const [name, setName] = useState('');
  const submit = useSubmit({ name: 'org-name' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const created = await submit.run(
      async () => (await request(CreateOrganizationDocument, { input: { name: name.trim() } })).createOrganization,
      {
        check: () => (name.trim() ? {} : { name: { key: 'admin.organizations.nameRequired' } }),
        succeeded: (p) => Boolean(p.organization),
      },
    );
    if (created?.organization) navigate(organizationPath(created.organization.id));
  }

  const orgs = data?.organizations ?? [];
  return (
    <AdminLayout title={t('admin.organizations.title')}>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !data && loading ? (
        <Loading />
      ) : orgs.length === 0 ? (
        <Empty>{t('admin.organizations.none')}</Empty>
      ) : (
        <DataTable caption={t('admin.organizations.title')} columns={[t('home.name'), t('admin.organizations.members'), t('admin.users.created')]}>
          {orgs.map((o) => (
            <tr key={o.id}>
              <td>
                <Link href={organizationPath(o.id)}>{o.name}</Link>
              </td>
              <td>{o.members.length}</td>
              <td>
                <DateTime value={o.createdAt} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <section className="section narrow-left" aria-labelledby="new-org">
        <h2 id="new-org">{t('admin.organizations.create')}</h2>
        {submit.summary}
        <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
          <TextField
            id="org-name"
            label={t('home.name')}
            value={name}
            error={submit.fieldError('name')}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
            {submit.busy ? t('app.working') : t('admin.organizations.createButton')}
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
