import { TableWrap } from '../../components/TableWrap';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '../../components/AuditTable';
import { CopyButton } from '../../components/CopyButton';
import { DateTime } from '../../components/DateTime';
import { ConfirmDialog } from '../../components/Dialog';
import { PageHeading } from '../../components/PageHeading';
import { Pager, useCursorPager } from '../../components/Pager';
import { RequireViewer } from '../../components/RequireViewer';
import { SelectField } from '../../components/SelectField';
import { Empty, LoadError, Loading, Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useAction } from '../../components/useAction';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useProblems } from '../../components/useProblems';
import { UpdateMeDocument } from '../../components/updateMe.graphql';
import { request, useQuery } from '../../graphql';
import type { ProfileQuery } from '../../gql/graphql';
import { setLanguage } from '../../i18n';
import { errorMessage } from '../../i18n/errors';
import { isLanguage, languages } from '../../i18n/languages';
import { looksLikeEmail } from '../../lib/email';
import { describeUserAgent } from '../../lib/userAgent';
import { organizationPath, paths } from '../../routes';
import { useViewer } from '../../viewer';
import { ChangePasswordForm, type PasswordChangeResult } from '../ChangePassword/ChangePasswordForm';
import {
  CreateAccessTokenDocument,
  MyActivityDocument,
  ProfileDocument,
  RequestEmailChangeDocument,
  RevokeAccessTokenDocument,
  RevokeSessionDocument,
  SignOutEverywhereDocument,
} from './profile.graphql';

type Me = NonNullable<ProfileQuery['me']>;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Account details, with the name editable and "Change password" behind its checkbox. */
function AccountDetails({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState<PasswordChangeResult>();
  const [name, setName] = useState(me.name);
  const [savedName, setSavedName] = useState(false);
  const problems = useProblems({ name: 'profile-name' });
  const [saving, setSaving] = useState(false);
  const { refresh } = useViewer();
  const passwordId = useId();

  async function saveName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setSavedName(false);
    try {
      const { updateMe } = await request(UpdateMeDocument, { input: { name: name.trim() } });
      if (updateMe.userErrors.length > 0) {
        problems.showUserErrors(updateMe.userErrors);
        return;
      }
      problems.clear();
      setSavedName(true);
      refresh();
      onChanged();
    } catch (err) {
      problems.showError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Section id="account-details" title={t('profile.accountDetails')}>
      <dl className="details">
        <div>
          <dt>{t('home.username')}</dt>
          <dd>{me.username}</dd>
        </div>
        <div>
          <dt>{t('home.email')}</dt>
          <dd>
            {me.email}{' '}
            {me.emailVerifiedAt ? (
              <span className="badge badge-ok">{t('profile.verified')}</span>
            ) : (
              <span className="badge">{t('profile.notVerified')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('home.role')}</dt>
          <dd>{t(`role.${me.role}`)}</dd>
        </div>
        <div>
          <dt>{t('home.memberSince')}</dt>
          <dd>
            <DateTime value={me.createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t('home.lastSignIn')}</dt>
          <dd>{me.lastSignInAt ? <DateTime value={me.lastSignInAt} /> : t('home.never')}</dd>
        </div>
      </dl>

      {problems.summary}
      <form noValidate onSubmit={saveName} className="inline-form" aria-busy={saving || undefined}>
        <TextField
          id="profile-name"
          label={t('home.name')}
          autoComplete="name"
          value={name}
          error={problems.fieldError('name')}
          onChange={(e) => {
            setName(e.target.value);
            setSavedName(false);
          }}
        />
        <button type="submit" className="button button-secondary" aria-disabled={saving || undefined}>
          {saving ? t('app.saving') : t('profile.saveName')}
        </button>
      </form>
      {savedName && <Notice>{t('profile.nameSaved')}</Notice>}

      <div className="checkbox">
        <input
          type="checkbox"
          id={passwordId}
          checked={changing}
          aria-controls={`${passwordId}-panel`}
          aria-expanded={changing}
          onChange={(e) => {
            setChanging(e.target.checked);
            if (e.target.checked) setChanged(undefined);
          }}
        />
        <label htmlFor={passwordId}>{t('changePassword.title')}</label>
      </div>
      {changed && (
        <Notice>
          <p>{t('profile.passwordChanged')}</p>
          <p>
            {changed.tokensKept
              ? t('profile.passwordEndedKept', { sessions: changed.revokedSessions })
              : t('profile.passwordEnded', { sessions: changed.revokedSessions, tokens: changed.revokedTokens })}
          </p>
        </Notice>
      )}
      <div id={`${passwordId}-panel`} hidden={!changing}>
        {changing && (
          <ChangePasswordForm
            idPrefix="profile-password"
            personal={{ username: me.username, email: me.email }}
            submitLabel={t('app.save')}
            offerKeepTokens
            onDone={(result) => {
              setChanging(false);
              setChanged(result);
              onChanged();
            }}
          />
        )}
      </div>
    </Section>
  );
}

/** A new address is used only once the link sent to it is opened. */
function EmailChange({ me }: { me: Me }) {
  const { t } = useTranslation();
  const ids = { newEmail: 'profile-new-email', currentPassword: 'profile-email-password' };
  const problems = useProblems(ids);
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const email = newEmail.trim();
    const fields: Parameters<typeof problems.show>[0] = {};
    if (!email) fields.newEmail = { key: 'profile.newEmailRequired' };
    else if (!looksLikeEmail(email)) fields.newEmail = { key: 'form.emailInvalid' };
    else if (email.toLowerCase() === me.email.toLowerCase()) fields.newEmail = { key: 'profile.sameEmail' };
    if (!password) fields.currentPassword = { key: 'password.currentRequired' };
    if (Object.keys(fields).length) {
      problems.show(fields);
      return;
    }
    setSaving(true);
    try {
      const { requestEmailChange } = await request(RequestEmailChangeDocument, {
        input: { newEmail: email, currentPassword: password },
      });
      if (requestEmailChange.userErrors.length > 0) {
        problems.showUserErrors(requestEmailChange.userErrors);
        if (requestEmailChange.userErrors.some((e) => e.code === 'INVALID_CREDENTIALS')) setPassword('');
        return;
      }
      problems.clear();
      setSentTo(email);
      setNewEmail('');
      setPassword('');
    } catch (err) {
      problems.showError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Section id="email-change" title={t('profile.emailTitle')}>
      <p>{t('profile.emailIntro', { email: me.email })}</p>
      {sentTo && (
        <Notice>
          <p>{t('profile.emailSent', { email: sentTo })}</p>
          <p>{t('forgotPassword.checkSpam')}</p>
        </Notice>
      )}
      {problems.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={saving || undefined}>
        <TextField
          id={ids.newEmail}
          label={t('profile.newEmail')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={newEmail}
          error={problems.fieldError('newEmail')}
          onChange={(e) => setNewEmail(e.target.value)}
        />
        <TextField
          id={ids.currentPassword}
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={problems.fieldError('currentPassword')}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {saving ? t('app.sending') : t('profile.sendEmailLink')}
        </button>
      </form>
    </Section>
  );
}

/** The language of the app and of the account's emails. */
function LanguageSetting({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { refresh } = useViewer();
  const [value, setValue] = useState(isLanguage(me.locale) ? me.locale : (i18n.resolvedLanguage ?? 'en'));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(false);
    const ok = await action.run(async () => (await request(UpdateMeDocument, { input: { locale: value } })).updateMe.userErrors);
    if (ok) {
      if (isLanguage(value)) await setLanguage(value);
      setSaved(true);
      refresh();
      onChanged();
    }
  }
  return (
    <Section id="language-setting" title={t('profile.languageTitle')}>
      <form noValidate onSubmit={onSubmit}>
        <SelectField
          id="profile-language"
          label={t('profile.language')}
          hint={t('profile.languageHint')}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
        {action.problem && (
          <p className="notice notice-error" role="alert">
            {errorMessage(t, action.problem)}
          </p>
        )}
        <button type="submit" className="button button-secondary" aria-disabled={action.busy || undefined}>
          {action.busy ? t('app.saving') : t('app.save')}
        </button>
      </form>
      {saved && <Notice>{t('profile.languageSaved')}</Notice>}
    </Section>
  );
}

function Sessions({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const revoke = useAction();
  const everywhere = useAction();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ sessions: number; tokens: number }>();
  const [revoked, setRevoked] = useState(false);
  const fmt = new Intl.NumberFormat(i18n.resolvedLanguage);
  const sessions = [...me.sessions].sort((a, b) => Number(b.current) - Number(a.current));

  return (
    <Section id="sessions" title={t('profile.sessionsTitle')}>
      <p>{t('profile.sessionsIntro')}</p>
      {revoked && <Notice>{t('profile.sessionRevoked')}</Notice>}
      {result && (
        <Notice>
          {t('profile.signedOutEverywhere', { sessions: fmt.format(result.sessions), tokens: fmt.format(result.tokens) })}
        </Notice>
      )}
      {revoke.problem && (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, revoke.problem)}
        </p>
      )}
      <ul className="cards">
        {sessions.map((s) => (
          <li key={s.id} className="card">
            <p className="card-title">
              {describeUserAgent(s.userAgent) || t('profile.unknownDevice')}{' '}
              {s.current && <span className="badge badge-ok">{t('profile.thisDevice')}</span>}
            </p>
            <dl className="facts">
              <div>
                <dt>{t('profile.ip')}</dt>
                <dd>{s.ip}</dd>
              </div>
              <div>
                <dt>{t('profile.signedInAt')}</dt>
                <dd>
                  <DateTime value={s.createdAt} />
                </dd>
              </div>
              <div>
                <dt>{t('profile.lastSeen')}</dt>
                <dd>
                  <DateTime value={s.lastSeenAt} />
                </dd>
              </div>
              <div>
                <dt>{t('profile.expires')}</dt>
                <dd>
                  <DateTime value={s.expiresAt} />
                </dd>
              </div>
            </dl>
            {!s.current && (
              <button
                type="button"
                className="button button-secondary button-small"
                aria-disabled={revoke.busy || undefined}
                aria-label={t('profile.signOutSessionLabel', { device: describeUserAgent(s.userAgent), ip: s.ip })}
                onClick={async () => {
                  if (revoke.busy) return;
                  setRevoked(false);
                  const ok = await revoke.run(
                    async () => (await request(RevokeSessionDocument, { input: { id: s.id } })).revokeSession.userErrors,
                  );
                  if (ok) {
                    setRevoked(true);
                    onChanged();
                  }
                }}
              >
                {t('profile.signOutSession')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
        {t('profile.signOutEverywhere')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('profile.signOutEverywhereTitle')}
          confirmLabel={t('profile.signOutEverywhere')}
          busy={everywhere.busy}
          danger
          error={everywhere.problem && errorMessage(t, everywhere.problem)}
          onCancel={() => {
            everywhere.reset();
            setConfirming(false);
          }}
          onConfirm={async () => {
            let counts: { sessions: number; tokens: number } | undefined;
            const ok = await everywhere.run(async () => {
              const { signOutEverywhere } = await request(SignOutEverywhereDocument);
              counts = { sessions: signOutEverywhere.revokedSessions, tokens: signOutEverywhere.revokedTokens };
              return signOutEverywhere.userErrors;
            });
            if (ok) {
              setResult(counts);
              setConfirming(false);
              onChanged();
            }
          }}
        >
          <p>{t('profile.signOutEverywhereBody')}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

/** The end of the chosen day in the reader's time zone, as RFC 3339. */
export function endOfDay(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function AccessTokens({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t } = useTranslation();
  const ids = { name: 'token-name', expiresAt: 'token-expiry' };
  const problems = useProblems(ids);
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('');
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [revoking, setRevoking] = useState<{ id: string; name: string }>();
  const revoke = useAction();
  const today = new Date();
  const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const min = ymd(today);
  // The server takes expiries within two years.
  const max = ymd(new Date(today.getFullYear() + 2, today.getMonth(), today.getDate() - 1));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const fields: Parameters<typeof problems.show>[0] = {};
    if (!name.trim()) fields.name = { key: 'tokens.nameRequired' };
    const expiresAt = expiry ? endOfDay(expiry) : undefined;
    if (expiry && (!expiresAt || new Date(expiresAt) <= new Date() || expiry > max)) {
      fields.expiresAt = { key: 'fieldErrors.expiresAt.INVALID_INPUT' };
    }
    if (Object.keys(fields).length) {
      problems.show(fields);
      return;
    }
    setSaving(true);
    try {
      const { createAccessToken } = await request(CreateAccessTokenDocument, {
        input: { name: name.trim(), ...(expiresAt ? { expiresAt } : {}) },
      });
      if (createAccessToken.userErrors.length > 0 || !createAccessToken.token) {
        // The name is checked here (1 to 100 characters), so INVALID_INPUT
        // about it means the other case the server files under it: too many tokens.
        if (createAccessToken.userErrors.some((e) => e.code === 'INVALID_INPUT' && e.field?.at(-1) === 'name')) {
          problems.show({}, [{ key: 'tokens.tooMany' }]);
        } else {
          problems.showUserErrors(createAccessToken.userErrors);
        }
        return;
      }
      problems.clear();
      setCreated({ name: name.trim(), token: createAccessToken.token });
      setName('');
      setExpiry('');
      onChanged();
    } catch (err) {
      problems.showError(err);
    } finally {
      setSaving(false);
    }
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
        <TableWrap label={t('tokens.title')}>
          <table>
            <caption className="visually-hidden">{t('tokens.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('app.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </TableWrap>
      )}
      <h3>{t('tokens.createTitle')}</h3>
      {problems.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={saving || undefined}>
        <TextField
          id={ids.name}
          label={t('tokens.name')}
          hint={t('tokens.nameHint')}
          value={name}
          maxLength={100}
          error={problems.fieldError('name')}
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
          error={problems.fieldError('expiresAt')}
          onChange={(e) => setExpiry(e.target.value)}
        />
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {saving ? t('app.working') : t('tokens.create')}
        </button>
      </form>
      {revoking && (
        <ConfirmDialog
          title={t('tokens.revokeTitle', { name: revoking.name })}
          confirmLabel={t('tokens.revoke')}
          danger
          busy={revoke.busy}
          error={revoke.problem && errorMessage(t, revoke.problem)}
          onCancel={() => {
            revoke.reset();
            setRevoking(undefined);
          }}
          onConfirm={async () => {
            const ok = await revoke.run(
              async () =>
                (await request(RevokeAccessTokenDocument, { input: { id: revoking.id } })).revokeAccessToken.userErrors,
            );
            if (ok) {
              setRevoking(undefined);
              onChanged();
            }
          }}
        >
          <p>{t('tokens.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

const activityPageSize = 10;

function Activity() {
  const { t } = useTranslation();
  const pager = useCursorPager();
  const { data, error, loading, refetch } = useQuery(MyActivityDocument, { first: activityPageSize, after: pager.after });
  const connection = data?.me?.activity;
  const rows = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <Section id="activity" title={t('profile.activityTitle')}>
      <p>{t('profile.activityIntro')}</p>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !connection && loading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>{t('profile.noActivity')}</Empty>
      ) : (
        <div aria-busy={loading || undefined}>
          <AuditTable rows={rows} caption={t('profile.activityTitle')} />
          <Pager
            pager={pager}
            pageInfo={connection?.pageInfo}
            totalCount={connection?.totalCount}
            label={t('profile.activityPages')}
          />
        </div>
      )}
    </Section>
  );
}

function Organizations({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Section id="organizations" title={t('profile.organizationsTitle')}>
      {me.memberships.length === 0 ? (
        <Empty>{t('profile.noOrganizations')}</Empty>
      ) : (
        <ul className="cards">
          {me.memberships.map((m) => (
            <li key={m.id} className="card">
              <p className="card-title">
                <Link href={organizationPath(m.organization.id)}>{m.organization.name}</Link>
              </p>
              <p className="muted">
                {m.rights.length === 0 ? t('org.noRights') : m.rights.map((r) => t(`rights.${r}`)).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Profile() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(ProfileDocument);
  const me = data?.me;
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!me) return loading ? <Loading /> : <LoadError retry={refetch} />;
  return (
    <>
      <nav aria-label={t('profile.sectionsNav')} className="sub-nav">
        <ul>
          <li>
            <a href="#account-details">{t('profile.accountDetails')}</a>
          </li>
          <li>
            <a href="#email-change">{t('profile.emailTitle')}</a>
          </li>
          <li>
            <a href="#language-setting">{t('profile.languageTitle')}</a>
          </li>
          <li>
            <a href="#sessions">{t('profile.sessionsTitle')}</a>
          </li>
          <li>
            <a href="#access-tokens">{t('tokens.title')}</a>
          </li>
          <li>
            <a href="#activity">{t('profile.activityTitle')}</a>
          </li>
          <li>
            <a href="#organizations">{t('profile.organizationsTitle')}</a>
          </li>
        </ul>
      </nav>
      <AccountDetails me={me} onChanged={refetch} />
      <EmailChange me={me} />
      <LanguageSetting me={me} onChanged={refetch} />
      <Sessions me={me} onChanged={refetch} />
      <AccessTokens me={me} onChanged={refetch} />
      <Activity />
      <Organizations me={me} />
    </>
  );
}

/** "My profile": opens by default from the gear menu's Settings. */
export default function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  return (
    <RequireViewer>
      {() => (
        <div className="medium">
          <PageHeading>{t('profile.title')}</PageHeading>
          <Profile />
          <p>
            <Link href={paths.home}>{t('notFound.home')}</Link>
          </p>
        </div>
      )}
    </RequireViewer>
  );
}
