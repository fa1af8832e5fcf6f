import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { confirmed } from '../../components/RecentAuthentication';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { looksLikeEmail } from '../../lib/email';
import { RequestEmailChangeDocument } from './profile.graphql';
import { type Me, Section } from './Section';

/** A new address is used only once the link sent to it is opened. */
export function EmailChange({ me }: { me: Me }) {
  const { t } = useTranslation();
  const ids = { newEmail: 'profile-new-email', currentPassword: 'profile-email-password' };
  const submit = useSubmit(ids);
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = newEmail.trim();
    const requested = await submit.run(
      // A sensitive action: the server may first want a recent authentication.
      () => confirmed(async () => (await request(RequestEmailChangeDocument, { input: { newEmail: email, currentPassword: password } })).requestEmailChange),
      {
        check: () => {
          const fields: Parameters<typeof submit.show>[0] = {};
          if (!email) fields.newEmail = { key: 'profile.newEmailRequired' };
          else if (!looksLikeEmail(email)) fields.newEmail = { key: 'form.emailInvalid' };
          else if (email.toLowerCase() === me.email.toLowerCase()) fields.newEmail = { key: 'profile.sameEmail' };
          if (!password) fields.currentPassword = { key: 'password.currentRequired' };
          return fields;
        },
        handle: (errors) => {
          if (errors.some((e) => e.code === 'INVALID_CREDENTIALS')) setPassword('');
        },
      },
    );
    if (!requested) return;
    setSentTo(email);
    setNewEmail('');
    setPassword('');
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
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <TextField
          id={ids.newEmail}
          label={t('profile.newEmail')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={newEmail}
          error={submit.fieldError('newEmail')}
          onChange={(e) => setNewEmail(e.target.value)}
        />
        <TextField
          id={ids.currentPassword}
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={submit.fieldError('currentPassword')}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.sending') : t('profile.sendEmailLink')}
        </button>
      </form>
    </Section>
  );
}
