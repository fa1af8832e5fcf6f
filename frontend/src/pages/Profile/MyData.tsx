import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { setFlash } from '../../components/flash';
import { Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { organizationPath, paths } from '../../routes';
import { useViewer } from '../../viewer';
import { DeleteMeDocument, ExportMyDataDocument } from './profile.graphql';
import { type Me, Section } from './Section';

/** The export's file name: latchkey-data-USERNAME-YYYY-MM-DD.json. */
export function exportFileName(username: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return `latchkey-data-${username.replace(/[^A-Za-z0-9._-]/g, '_')}-${day}.json`;
}

/** Hands a text to the browser as a file download. */
function saveFile(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Download my data": everything Latchkey holds about the person, as JSON. */
export function DownloadData({ me }: { me: Me }) {
  const { t } = useTranslation();
  const action = useSubmit();
  const [saved, setSaved] = useState<string>();

  async function download() {
    if (action.busy) return;
    setSaved(undefined);
    // A query, not a mutation: it has no userErrors, only failed requests.
    const got = await action.run(async () => ({ userErrors: [], data: (await request(ExportMyDataDocument)).exportMyData }));
    if (!got) return;
    const name = exportFileName(me.username, new Date());
    saveFile(name, `${JSON.stringify(got.data, null, 2)}\n`);
    setSaved(name);
  }

  return (
    <Section id="my-data" title={t('leave.dataTitle')}>
      <p>{t('leave.dataIntro')}</p>
      {saved && (
        <Notice>
          <p>{t('leave.downloaded', { file: saved })}</p>
        </Notice>
      )}
      {action.alert}
      <button type="button" className="button" onClick={download} aria-disabled={action.busy || undefined}>
        {action.busy ? t('leave.downloading') : t('leave.download')}
      </button>
    </Section>
  );
}

type Refusal = { kind: 'LAST_ADMIN' } | { kind: 'LAST_MEMBER_MANAGER'; organizations: { id: string; name: string }[] };

/** The confirmation: what is lost, the password, and the refusals that say what to do first. */
function ConfirmDelete({ me, onCancel }: { me: Me; onCancel: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { reload } = useViewer();
  const ids = { currentPassword: 'delete-me-password' };
  const submit = useSubmit(ids);
  const [password, setPassword] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.busy) return;
    setRefusal(undefined);
    const deleted = await submit.run(
      async () => (await request(DeleteMeDocument, { input: { currentPassword: password } })).deleteMe,
      {
        check: () => (password ? {} : { currentPassword: { key: 'password.currentRequired' } }),
        succeeded: (p) => Boolean(p.deletedUserId),
        // What to do first (hand over, make another admin) is said in a
        // notice of its own; a wrong password is said at the field.
        handle: (errors, payload) => {
          setPassword('');
          const code = errors[0]?.code;
          if (code === 'LAST_ADMIN' || code === 'LAST_MEMBER_MANAGER') {
            submit.clear();
            setRefusal(code === 'LAST_ADMIN' ? { kind: code } : { kind: code, organizations: payload.organizations });
            return true;
          }
          if (code === 'INVALID_CREDENTIALS') {
            submit.show({ currentPassword: { key: 'leave.wrongPassword' } });
            return true;
          }
          return false;
        },
      },
    );
    if (!deleted) return;
    setFlash({ key: 'leave.deleted' });
    reload();
    navigate(paths.signIn, { replace: true });
  }

  const sessions = me.sessions.length;
  const tokens = me.accessTokens.length;
  return (
    <Dialog title={t('leave.confirmTitle')} onClose={onCancel}>
      <div className="dialog-body">
        <p>{t('leave.confirmLost')}</p>
        <ul>
          <li>{t('leave.lostAccount', { username: me.username, email: me.email })}</li>
          <li>{t('leave.lostSessions', { sessions: String(sessions) })}</li>
          <li>{t('leave.lostTokens', { tokens: String(tokens) })}</li>
          {me.memberships.length > 0 && (
            <li>{t('leave.lostMemberships', { names: me.memberships.map((m) => m.organization.name).join(', ') })}</li>
          )}
        </ul>
        <p>{t('leave.keptHistory')}</p>
      </div>
      {refusal && (
        <div className="notice notice-warning" role="alert">
          {refusal.kind === 'LAST_ADMIN' ? (
            <p>{t('errors.LAST_ADMIN')}</p>
          ) : (
            <>
              <p>{t('errors.LAST_MEMBER_MANAGER')}</p>
              <ul>
                {refusal.organizations.map((o) => (
                  <li key={o.id}>
                    <Link href={organizationPath(o.id)}>{o.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <TextField
          id={ids.currentPassword}
          label={t('leave.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={submit.fieldError('currentPassword')}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button button-danger" aria-disabled={submit.busy || undefined}>
            {submit.busy ? t('app.working') : t('leave.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "Delete my account", behind a confirmation that names what is lost. */
export function DeleteAccount({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Section id="delete-account" title={t('leave.deleteTitle')}>
      <p>{t('leave.deleteIntro')}</p>
      <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
        {t('leave.deleteButton')}
      </button>
      {open && <ConfirmDelete me={me} onCancel={() => setOpen(false)} />}
    </Section>
  );
}
