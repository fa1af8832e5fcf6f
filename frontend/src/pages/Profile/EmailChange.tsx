import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { useProblems } from '../../components/useProblems';
import { request } from '../../graphql';
import { looksLikeEmail } from '../../lib/email';
import { RequestEmailChangeDocument } from './profile.graphql';
import { type Me, Section } from './Section';

/** A new address is used only once the link sent to it is opened. */
export function EmailChange({ me }: { me: Me }) {
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
