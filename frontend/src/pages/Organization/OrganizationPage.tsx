import { DataTable } from '../../components/DataTable';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ConfirmSubmitDialog, Dialog } from '../../components/Dialog';
import { PageHeading } from '../../components/PageHeading';
import { RequireViewer } from '../../components/RequireViewer';
import { RightsFieldset } from '../../components/RightsFieldset';
import { Empty, LoadError, Loading, Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSubmit } from '../../components/useSubmit';
import { request, useQuery } from '../../graphql';
import type { InvitationStatus, OrganizationQuery, Right } from '../../gql/graphql';
import { looksLikeEmail } from '../../lib/email';
import { paths } from '../../routes';
import { isAdmin, type Viewer } from '../../viewer';
import {
  InvitationsDocument,
  InviteMemberDocument,
  OrganizationDocument,
  RemoveMemberDocument,
  RevokeInvitationDocument,
  UpdateMemberDocument,
  UpdateOrganizationDocument,
} from './organization.graphql';

type Org = NonNullable<OrganizationQuery['organization']>;
type Member = Org['members'][number];

const rightsText = (t: (k: `rights.${Right}`) => string, rs: readonly Right[], none: string) =>
  rs.length === 0 ? none : rs.map((r) => t(`rights.${r}`)).join(', ');

/** "Add user": New user or Existing user, then access rights, then "Send invitation". */
function AddUser({ org, onSent }: { org: Org; onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<'new' | 'existing'>('new');
  const [email, setEmail] = useState('');
  const [rights, setRights] = useState<Right[]>([]);
  const submit = useSubmit({ email: 'invite-email', rights: 'invite-rights-MANAGE_MEMBERS' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    const invited = await submit.run(
      async () => (await request(InviteMemberDocument, { input: { organizationId: org.id, email: value, rights } })).inviteMember,
      {
        check: () =>
          !value || !looksLikeEmail(value) ? { email: { key: value ? 'form.emailInvalid' : 'admin.user.emailRequired' } } : {},
        // ALREADY_EXISTS on the email means, here, a member already: not an
        // address in use, as everywhere else.
        handle: (errors) => {
          if (!errors.some((e) => e.code === 'ALREADY_EXISTS' && e.field?.at(-1) === 'email')) return false;
          submit.show({ email: { key: 'org.alreadyMember' } });
          return true;
        },
      },
    );
    if (!invited) return;
    setEmail('');
    setRights([]);
    setOpen(false);
    onSent(value);
  }

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)} aria-expanded={false}>
        {t('org.addUser')}
      </button>
    );
  }
  return (
    <section className="panel" aria-labelledby="add-user-title">
      <h3 id="add-user-title">{t('org.addUser')}</h3>
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <fieldset>
          <legend>{t('org.whoLegend')}</legend>
          <div className="checkbox">
            <input id="invite-new" type="radio" name="invite-kind" checked={kind === 'new'} onChange={() => setKind('new')} />
            <label htmlFor="invite-new">{t('org.newUser')}</label>
          </div>
          <div className="checkbox">
            <input
              id="invite-existing"
              type="radio"
              name="invite-kind"
              checked={kind === 'existing'}
              onChange={() => setKind('existing')}
            />
            <label htmlFor="invite-existing">{t('org.existingUser')}</label>
          </div>
          <p className="field-hint">{kind === 'new' ? t('org.newUserHint') : t('org.existingUserHint')}</p>
        </fieldset>
        <TextField
          id="invite-email"
          label={kind === 'new' ? t('org.newUserEmail') : t('org.existingUserEmail')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          error={submit.fieldError('email')}
          onChange={(e) => setEmail(e.target.value)}
        />
        <RightsFieldset
          idPrefix="invite-rights"
          value={rights}
          onChange={setRights}
          grantable={org.viewerRights}
          error={submit.fieldError('rights')}
        />
        <div className="actions">
          <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
            {submit.busy ? t('app.sending') : t('org.sendInvitation')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Manage → change the access rights, or delete the user from the organisation. */
function ManageMember({
  org,
  member,
  onClose,
  onDone,
}: {
  org: Org;
  member: Member;
  onClose: () => void;
  onDone: (key: string) => void;
}) {
  const { t } = useTranslation();
  const [rights, setRights] = useState<Right[]>([...member.rights]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = useSubmit();
  const who = member.user.name || member.user.username;

  if (confirmDelete) {
    return (
      <ConfirmSubmitDialog
        title={t('org.deleteTitle', { name: who, org: org.name })}
        confirmLabel={t('org.deleteUser')}
        danger
        onCancel={() => setConfirmDelete(false)}
        send={async () => (await request(RemoveMemberDocument, { input: { membershipId: member.id } })).removeMember}
        onDone={() => onDone('org.removed')}
      >
        <p>{t('org.deleteBody', { name: who, org: org.name })}</p>
      </ConfirmSubmitDialog>
    );
  }

  return (
    <Dialog title={t('org.manageTitle', { name: who })} onClose={onClose}>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await save.run(
            async () => (await request(UpdateMemberDocument, { input: { membershipId: member.id, rights } })).updateMember,
          );
          if (saved) onDone('org.rightsSaved');
        }}
      >
        <p className="muted">{member.user.email}</p>
        <RightsFieldset idPrefix={`manage-${member.id}`} value={rights} onChange={setRights} grantable={org.viewerRights} />
        {save.alert}
        <div className="actions">
          <button type="submit" className="button" aria-disabled={save.busy || undefined}>
            {save.busy ? t('app.saving') : t('org.saveRights')}
          </button>
          <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
            {t('org.deleteUser')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const statusClass: Record<InvitationStatus, string> = {
  PENDING: 'badge',
  ACCEPTED: 'badge badge-ok',
  REVOKED: 'badge badge-error',
  EXPIRED: 'badge',
};

function Invitations({ org }: { org: Org }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(InvitationsDocument, { id: org.id });
  const [revoking, setRevoking] = useState<{ id: string; email: string }>();
  const list = data?.organization?.invitations ?? [];
  return (
    <section className="section" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('org.invitations')}</h2>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !data && loading ? (
        <Loading />
      ) : list.length === 0 ? (
        <Empty>{t('org.noInvitations')}</Empty>
      ) : (
        <DataTable caption={t('org.invitations')} columns={[t('home.email'), t('org.rightsLegend'), t('admin.users.status'), t('org.sentAt'), t('org.expiresAt'), { hidden: t('app.actions') }]}>
          {list.map((inv) => (
            <tr key={inv.id}>
              <td>{inv.email}</td>
              <td>{rightsText(t, inv.rights, t('org.noRights'))}</td>
              <td>
                <span className={statusClass[inv.status]}>{t(`org.status.${inv.status}`)}</span>
              </td>
              <td>
                <DateTime value={inv.createdAt} />
              </td>
              <td>
                <DateTime value={inv.expiresAt} />
              </td>
              <td>
                {inv.status === 'PENDING' && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('org.revokeLabel', { email: inv.email })}
                    onClick={() => setRevoking({ id: inv.id, email: inv.email })}
                  >
                    {t('tokens.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {revoking && (
        <ConfirmSubmitDialog
          title={t('org.revokeTitle', { email: revoking.email })}
          confirmLabel={t('tokens.revoke')}
          danger
          onCancel={() => setRevoking(undefined)}
          send={async () => (await request(RevokeInvitationDocument, { input: { id: revoking.id } })).revokeInvitation}
          onDone={() => {
            setRevoking(undefined);
            refetch();
          }}
        >
          <p>{t('org.revokeBody')}</p>
        </ConfirmSubmitDialog>
      )}
    </section>
  );
}

function Rename({ org, onDone }: { org: Org; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(org.name);
  const submit = useSubmit({ name: 'org-rename' });
  return (
    <details className="rename">
      <summary>{t('org.rename')}</summary>
      {submit.summary}
      <form
        noValidate
        className="toolbar"
        onSubmit={async (event) => {
          event.preventDefault();
          const renamed = await submit.run(
            async () => (await request(UpdateOrganizationDocument, { input: { id: org.id, name: name.trim() } })).updateOrganization,
            { check: () => (name.trim() ? {} : { name: { key: 'admin.organizations.nameRequired' } }) },
          );
          if (renamed) onDone();
        }}
      >
        <TextField id="org-rename" label={t('home.name')} value={name} error={submit.fieldError('name')} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button button-secondary" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.saving') : t('app.save')}
        </button>
      </form>
    </details>
  );
}

/** Whether the members must have a second factor (those who may manage the organisation, and admins). */
function SecondFactorPolicy({ org, onDone }: { org: Org; onDone: (required: boolean) => void }) {
  const { t } = useTranslation();
  const [required, setRequired] = useState(org.requireSecondFactor);
  const submit = useSubmit();
  return (
    <details className="rename">
      <summary>{org.requireSecondFactor ? t('org.secondFactorSummaryRequired') : t('org.secondFactorSummaryOptional')}</summary>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const saved = await submit.run(
            async () =>
              (await request(UpdateOrganizationDocument, { input: { id: org.id, name: org.name, requireSecondFactor: required } })).updateOrganization,
          );
          if (saved) onDone(required);
        }}
      >
        <div className="checkbox">
          <input
            id="org-require-second-factor"
            type="checkbox"
            checked={required}
            aria-describedby="org-require-second-factor-hint"
            onChange={(e) => setRequired(e.target.checked)}
          />
          <label htmlFor="org-require-second-factor">{t('org.secondFactorCheck')}</label>
        </div>
        <p id="org-require-second-factor-hint" className="field-hint">
          {t('org.secondFactorHint')}
        </p>
        {submit.alert}
        <button type="submit" className="button button-secondary" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.saving') : t('app.save')}
        </button>
      </form>
    </details>
  );
}

function OrganizationScreen({ id, viewer }: { id: string; viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(OrganizationDocument, { id });
  const [notice, setNotice] = useState<{ key: string; values?: Record<string, string> }>();
  const [managing, setManaging] = useState<Member>();
  const [invitesVersion, setInvitesVersion] = useState(0);
  const org = data?.organization;
  useDocumentTitle(org?.name ?? t('org.title'));

  if (error) return <LoadError error={error} retry={refetch} />;
  if (!org) return loading ? <Loading /> : <LoadError error={{ code: 'NOT_FOUND' }} />;
  const canManage = org.viewerRights.includes('MANAGE_MEMBERS');
  const canRename = org.viewerRights.includes('MANAGE_ORGANIZATION');

  return (
    <>
      <PageHeading>{org.name}</PageHeading>
      <p className="muted">
        {t('org.since')} <DateTime value={org.createdAt} />
        {isAdmin(viewer) && (
          <>
            {' · '}
            <Link href={paths.adminOrganizations}>{t('admin.organizations.title')}</Link>
          </>
        )}
      </p>
      {canRename && (
        <Rename
          org={org}
          onDone={() => {
            setNotice({ key: 'org.renamed' });
            refetch();
          }}
        />
      )}
      {(canRename || isAdmin(viewer)) && (
        <SecondFactorPolicy
          key={String(org.requireSecondFactor)}
          org={org}
          onDone={(required) => {
            setNotice({ key: required ? 'org.secondFactorNowRequired' : 'org.secondFactorNowOptional' });
            refetch();
          }}
        />
      )}
      {notice && <Notice>{t(notice.key as 'org.renamed', notice.values)}</Notice>}
      <section className="section" aria-labelledby="members-title">
        <div className="page-head">
          <h2 id="members-title">{t('org.members')}</h2>
        </div>
        {canManage && (
          <AddUser
            org={org}
            onSent={(email) => {
              setNotice({ key: 'org.invitationSent', values: { email } });
              setInvitesVersion((v) => v + 1);
            }}
          />
        )}
        {org.members.length === 0 ? (
          <Empty>{t('org.noMembers')}</Empty>
        ) : (
          <DataTable caption={t('org.members')} columns={[t('home.name'), t('home.email'), t('org.rightsLegend'), t('org.memberSince'), canManage && { hidden: t('app.actions') }]}>
            {org.members.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.user.name || m.user.username}
                  {m.user.id === viewer.id && <span className="muted"> ({t('org.you')})</span>}
                </td>
                <td>{m.user.email}</td>
                <td>{rightsText(t, m.rights, t('org.noRights'))}</td>
                <td>
                  <DateTime value={m.createdAt} />
                </td>
                {canManage && (
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('org.manageLabel', { name: m.user.name || m.user.username })}
                      onClick={() => setManaging(m)}
                    >
                      {t('org.manage')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {canManage && <Invitations key={invitesVersion} org={org} />}
      {managing && (
        <ManageMember
          org={org}
          member={managing}
          onClose={() => setManaging(undefined)}
          onDone={(key) => {
            setManaging(undefined);
            setNotice({ key, values: { name: managing.user.name || managing.user.username } });
            refetch();
          }}
        />
      )}
    </>
  );
}

/** An organisation: its members and their rights; management for those with MANAGE_MEMBERS. */
export default function OrganizationPage() {
  const { id } = useParams<{ id: string }>();
  return (
    <RequireViewer>
      {(viewer) => (
        <div className="wide">
          <OrganizationScreen id={decodeURIComponent(id ?? '')} viewer={viewer} />
        </div>
      )}
    </RequireViewer>
  );
}
