import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../components/useSubmit';
import { UpdateMeDocument } from '../../components/updateMe.graphql';
import { request } from '../../graphql';
import { useViewer } from '../../viewer';
import { ChangePasswordForm, type PasswordChangeResult } from '../ChangePassword/ChangePasswordForm';
import { type Me, Section } from './Section';

/** Account details, with the name editable and "Change password" behind its checkbox. */
export function AccountDetails({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState<PasswordChangeResult>();
  const [name, setName] = useState(me.name);
  const [savedName, setSavedName] = useState(false);
  const submit = useSubmit({ name: 'profile-name' });
  const { refresh } = useViewer();
  const passwordId = useId();

  async function saveName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.busy) return;
    setSavedName(false);
    if (!(await submit.run(async () => (await request(UpdateMeDocument, { input: { name: name.trim() } })).updateMe))) return;
    setSavedName(true);
    refresh();
    onChanged();
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

      {submit.summary}
      <form noValidate onSubmit={saveName} className="inline-form" aria-busy={submit.busy || undefined}>
        <TextField
          id="profile-name"
          label={t('home.name')}
          autoComplete="name"
          value={name}
          error={submit.fieldError('name')}
          onChange={(e) => {
            setName(e.target.value);
            setSavedName(false);
          }}
        />
        <button type="submit" className="button button-secondary" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.saving') : t('profile.saveName')}
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
