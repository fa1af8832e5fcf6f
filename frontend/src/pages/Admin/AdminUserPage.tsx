import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '../../components/AuditTable';
import { DateTime } from '../../components/DateTime';
import { ConfirmSubmitDialog } from '../../components/Dialog';
import { confirmed } from '../../components/RecentAuthentication';
import { setFlash, takeFlash, type Flash } from '../../components/flash';
import { Pager, useCursorPager } from '../../components/Pager';
import { Empty, LoadError, Loading, Notice } from '../../components/Status';
import { useSubmit, type Payload } from '../../components/useSubmit';
import { request, useQuery } from '../../graphql';
import type { AdminUserQuery } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import { describeUserAgent } from '../../lib/userAgent';
import { organizationPath, paths } from '../../routes';
import { useViewer } from '../../viewer';
import { AdminLayout } from './AdminLayout';
import {
  AdminResetPasswordDocument,
  AdminResetSecondFactorsDocument,
  AdminUserDocument,
  AuditEventsDocument,
  DeleteUserDocument,
  ForceSignInDocument,
  LockUserDocument,
  UnlockUserDocument,
  UpdateUserDocument,
} from './admin.graphql';
import { authMethodLabels, factorKindLabels } from '../SignInMethods/kinds';
import { lockHint, lockLabel } from './lock';
import { UserForm } from './UserForm';

type AdminUser = Extract<NonNullable<AdminUserQuery['node']>, { email: string }>;
type Dialog = 'force' | 'delete' | 'resetFactors' | undefined;

/** The account's events, fetched again (keeping the page shown meanwhile) whenever `version` changes. */
function UserActivity({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation();
  const pager = useCursorPager();
  const { data, error, loading, refetch } = useQuery(AuditEventsDocument, {
    first: 10,
    after: pager.after,
    where: { or: [{ actorID: id }, { subjectID: id }] },
  });
  useEffect(() => {
    if (version > 0) refetch();
  }, [version, refetch]);
  const rows = (data?.auditEvents.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data && loading) return <Loading />;
  if (rows.length === 0) return <Empty>{t('profile.noActivity')}</Empty>;
  return (
    <div aria-busy={loading || undefined}>
      <AuditTable rows={rows} caption={t('admin.user.activity')} linkUsers />
      <Pager pager={pager} pageInfo={data?.auditEvents.pageInfo} totalCount={data?.auditEvents.totalCount} label={t('admin.user.activityPages')} />
    </div>
  );
}

function UserScreen({ user, refetch: refetchUser }: { user: AdminUser; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const { viewer, refresh } = useViewer();
  const [flash, setFlashHere] = useState<Flash | undefined>(takeFlash);
  const [dialog, setDialog] = useState<Dialog>();
  const [editing, setEditing] = useState(false);
  const action = useSubmit();
  const fmt = (n: number) => formatNumber(n, i18n.resolvedLanguage ?? 'en');
  const self = viewer?.id === user.id;
  const display = user.name || user.username;
  // Each action is an event: the activity list is fetched again to show it.
  const [activityVersion, setActivityVersion] = useState(0);
  const refetch = () => {
    refetchUser();
    setActivityVersion((v) => v + 1);
  };

  /** A button that sends at once and says what it did (a flash above the buttons). */
  const actionButton = (label: string, send: () => Promise<Payload>, done: Flash) => (
    <button
      type="button"
      className="button button-secondary"
      aria-disabled={action.busy || undefined}
      onClick={async () => {
        if (action.busy) return;
        setFlashHere(undefined);
        if (await action.run(send)) {
          setFlashHere(done);
          refetch();
        }
      }}
    >
      {label}
    </button>
  );

  return (
    <AdminLayout title={t('admin.user.title', { name: display })}>
      <p>
        <Link href={paths.adminUsers}>{t('admin.user.back')}</Link>
      </p>
      {flash && <Notice>{t(flash.key as 'admin.user.resetSent', flash.values)}</Notice>}
      {action.alert}
      <div className="actions user-actions" role="group" aria-label={t('admin.user.actions')}>
        <button type="button" className="button button-secondary" aria-pressed={editing} onClick={() => setEditing((e) => !e)}>
          {t('admin.users.edit')}
        </button>
        {actionButton(
          t('admin.user.resetPassword'),
          async () => (await request(AdminResetPasswordDocument, { input: { userId: user.id } })).adminResetPassword,
          { key: 'admin.user.resetSent', values: { email: user.email } },
        )}
        <button type="button" className="button button-secondary" onClick={() => setDialog('force')}>
          {t('admin.user.forceSignIn')}
        </button>
        {user.secondFactorKinds.length > 0 && (
          <button type="button" className="button button-secondary" onClick={() => setDialog('resetFactors')}>
            {t('admin.user.resetFactors')}
          </button>
        )}
        {user.lockedAt || user.secondFactorLockedAt
          ? actionButton(t('admin.user.unlock'), async () => (await request(UnlockUserDocument, { input: { id: user.id } })).unlockUser, {
              key: 'admin.user.unlocked',
            })
          : actionButton(t('admin.user.lock'), async () => (await request(LockUserDocument, { input: { id: user.id } })).lockUser, {
              key: 'admin.user.lockedDone',
            })}
        {!self && (
          <button type="button" className="button button-danger" onClick={() => setDialog('delete')}>
            {t('admin.user.delete')}
          </button>
        )}
      </div>

      {editing && (
        <section className="section" aria-labelledby="edit-user">
          <h2 id="edit-user">{t('admin.user.editTitle')}</h2>
          <UserForm
            idPrefix="edit-user"
            initial={{ email: user.email, username: user.username, name: user.name, role: user.role, locale: user.locale }}
            submitLabel={t('app.save')}
            onSubmit={async (v) => {
              const { updateUser } = await request(UpdateUserDocument, {
                input: { id: user.id, email: v.email, username: v.username, name: v.name, role: v.role, locale: v.locale },
              });
              if (updateUser.userErrors.length === 0) {
                setEditing(false);
                setFlashHere({ key: 'admin.user.saved' });
                refetch();
                if (self) refresh();
              }
              return updateUser.userErrors;
            }}
          />
        </section>
      )}

      <section className="section" aria-labelledby="user-details">
        <h2 id="user-details">{t('profile.accountDetails')}</h2>
        <dl className="details">
          <div>
            <dt>{t('home.name')}</dt>
            <dd>{user.name || '—'}</dd>
          </div>
          <div>
            <dt>{t('home.email')}</dt>
            <dd>
              {user.email}{' '}
              {user.emailVerifiedAt ? (
                <span className="badge badge-ok">{t('profile.verified')}</span>
              ) : (
                <span className="badge">{t('profile.notVerified')}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('home.username')}</dt>
            <dd>{user.username}</dd>
          </div>
          <div>
            <dt>{t('home.role')}</dt>
            <dd>{t(`role.${user.role}`)}</dd>
          </div>
          <div>
            <dt>{t('admin.user.locale')}</dt>
            <dd>{user.locale}</dd>
          </div>
          <div>
            <dt>{t('admin.users.status')}</dt>
            <dd>
              {user.lockedAt ? (
                <>
                  <span className="badge badge-error">{t(lockLabel(user.lockKind))}</span> <DateTime value={user.lockedAt} />
                </>
              ) : (
                <span className="badge badge-ok">{t('admin.user.active')}</span>
              )}
              {user.mustChangePassword && <> {t('admin.user.mustChange')}</>}
              {user.lockedAt && <p className="field-hint">{t(lockHint(user.lockKind))}</p>}
            </dd>
          </div>
          <div>
            <dt>{t('admin.user.secondFactors')}</dt>
            <dd>
              {user.secondFactorKinds.length === 0
                ? t('admin.user.noSecondFactor')
                : user.secondFactorKinds.map((k) => t(factorKindLabels[k])).join(', ')}
              {user.secondFactorLockedAt && (
                <>
                  {' '}
                  <span className="badge badge-error">{t('admin.user.codesLocked')}</span> <DateTime value={user.secondFactorLockedAt} />
                  <p className="field-hint">
                    {user.secondFactorLockedUntil ? (
                      <>
                        {t('admin.user.codesLockedUntil')} <DateTime value={user.secondFactorLockedUntil} />.{' '}
                      </>
                    ) : null}
                    {t('admin.user.codesLockedHint')}
                  </p>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('home.memberSince')}</dt>
            <dd>
              <DateTime value={user.createdAt} />
            </dd>
          </div>
          <div>
            <dt>{t('home.lastSignIn')}</dt>
            <dd>{user.lastSignInAt ? <DateTime value={user.lastSignInAt} /> : t('home.never')}</dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby="user-sessions">
        <h2 id="user-sessions">{t('admin.user.sessions', { sessions: fmt(user.sessions.length), tokens: fmt(user.accessTokens.length) })}</h2>
        {user.sessions.length === 0 && user.accessTokens.length === 0 ? (
          <Empty>{t('admin.user.noSessions')}</Empty>
        ) : (
          <ul className="cards">
            {user.sessions.map((s) => (
              <li key={s.id} className="card">
                <p className="card-title">{describeUserAgent(s.userAgent) || t('profile.unknownDevice')}</p>
                <p className="muted">
                  {s.ip} · {t('profile.lastSeen')} <DateTime value={s.lastSeenAt} />
                  {s.authMethods.length > 0 && (
                    <>
                      {' · '}
                      {t('profile.signedInWith')} {s.authMethods.map((m) => t(authMethodLabels[m])).join(' + ')}
                    </>
                  )}
                </p>
              </li>
            ))}
            {user.accessTokens.map((a) => (
              <li key={a.id} className="card">
                <p className="card-title">
                  {t('admin.user.tokenNamed', { name: a.name })}
                </p>
                <p className="muted">
                  {t('admin.user.lastUsed')} {a.lastUsedAt ? <DateTime value={a.lastUsedAt} /> : t('home.never')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="user-orgs">
        <h2 id="user-orgs">{t('admin.nav.organizations')}</h2>
        {user.memberships.length === 0 ? (
          <Empty>{t('admin.user.noOrganizations')}</Empty>
        ) : (
          <ul>
            {user.memberships.map((m) => (
              <li key={m.id}>
                <Link href={organizationPath(m.organization.id)}>{m.organization.name}</Link>:{' '}
                {m.rights.map((r) => t(`rights.${r}`)).join(', ') || t('org.noRights')}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="user-activity">
        <h2 id="user-activity">{t('admin.user.activity')}</h2>
        <UserActivity id={user.id} version={activityVersion} />
      </section>

      {dialog === 'force' && (
        <ConfirmSubmitDialog
          title={t('admin.user.forceTitle', { name: display })}
          confirmLabel={t('admin.user.forceSignIn')}
          danger
          onCancel={() => setDialog(undefined)}
          send={async () => (await request(ForceSignInDocument, { input: { userId: user.id } })).forceSignIn}
          onDone={(forced) => {
            setDialog(undefined);
            setFlashHere({
              key: 'admin.user.forced',
              values: { sessions: fmt(forced.revokedSessions), tokens: fmt(forced.revokedTokens) },
            });
            refetch();
          }}
        >
          <p>{t('admin.user.forceBody')}</p>
          <ul>
            <li>{t('admin.user.forceSessions')}</li>
            <li>{t('admin.user.forceTokens')}</li>
            <li>{t('admin.user.forceLinks')}</li>
            <li>
              <strong>{t('admin.user.forcePassword')}</strong>
            </li>
          </ul>
        </ConfirmSubmitDialog>
      )}
      {dialog === 'resetFactors' && (
        <ConfirmSubmitDialog
          title={t('admin.user.resetFactorsTitle', { name: display })}
          confirmLabel={t('admin.user.resetFactors')}
          danger
          onCancel={() => setDialog(undefined)}
          send={() =>
            confirmed(async () => (await request(AdminResetSecondFactorsDocument, { input: { userId: user.id } })).adminResetSecondFactors)
          }
          onDone={() => {
            setDialog(undefined);
            setFlashHere({ key: 'admin.user.factorsReset', values: { email: user.email } });
            refetch();
          }}
        >
          <p>{t('admin.user.resetFactorsBody')}</p>
          <ul>
            <li>{t('admin.user.resetFactorsRemoves')}</li>
            <li>{t('admin.user.resetFactorsEmail', { email: user.email })}</li>
            <li>{t('admin.user.resetFactorsAudit')}</li>
          </ul>
        </ConfirmSubmitDialog>
      )}
      {dialog === 'delete' && (
        <ConfirmSubmitDialog
          title={t('admin.user.deleteTitle', { name: display })}
          confirmLabel={t('admin.user.delete')}
          danger
          onCancel={() => setDialog(undefined)}
          send={async () => (await request(DeleteUserDocument, { input: { id: user.id } })).deleteUser}
          onDone={() => {
            setFlash({ key: 'admin.users.deleted', values: { email: user.email } });
            navigate(paths.adminUsers);
          }}
        >
          <p>{t('admin.user.deleteBody', { email: user.email })}</p>
        </ConfirmSubmitDialog>
      )}
    </AdminLayout>
  );
}

/** One account, with the admin's options at the top: Edit, Reset password, Force sign-in, Lock, Delete. */
export function AdminUserPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const { data, error, loading, refetch } = useQuery(AdminUserDocument, { id: decodeURIComponent(id ?? '') });
  const user = data?.node && 'email' in data.node ? (data.node as AdminUser) : undefined;
  if (error) {
    return (
      <AdminLayout title={t('admin.user.titleUnknown')}>
        <LoadError error={error} retry={refetch} />
      </AdminLayout>
    );
  }
  if (!user) {
    return (
      <AdminLayout title={t('admin.user.titleUnknown')}>
        {loading ? <Loading /> : <LoadError error={{ code: 'NOT_FOUND' }} />}
      </AdminLayout>
    );
  }
  return <UserScreen key={user.id} user={user} refetch={refetch} />;
}
