import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useProblems } from '../../components/useProblems';
import { request } from '../../graphql';
import { looksLikeEmail } from '../../lib/email';
import { paths } from '../../routes';
import { SentConfirmation } from '../ForgotPassword/SentConfirmation';
import { RequestUsernameReminderDocument } from './forgotUsername.graphql';

const ids = { email: 'forgot-username-email' };

/** "Forgot username?": the username is emailed to the address, if an account has it. */
export default function ForgotUsernamePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotUsername.title'));
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const problems = useProblems(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const value = email.trim();
    if (!value) {
      problems.show({ email: { key: 'forgotUsername.emailRequired' } });
      return;
    }
    if (!looksLikeEmail(value)) {
      problems.show({ email: { key: 'form.emailInvalid' } });
      return;
    }
    setSubmitting(true);
    try {
      const { requestUsernameReminder } = await request(RequestUsernameReminderDocument, { input: { email: value } });
      if (requestUsernameReminder.userErrors.length > 0) {
        problems.showUserErrors(requestUsernameReminder.userErrors);
        return;
      }
      problems.clear();
      setSentTo(value);
    } catch (err) {
      problems.showError(err);
    } finally {
      setSubmitting(false);
    }
  }

  if (sentTo) {
    return (
      <SentConfirmation title={t('forgotUsername.sentTitle')} onAgain={() => setSentTo(undefined)}>
        <p>{t('forgotUsername.sentBody', { email: sentTo })}</p>
      </SentConfirmation>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t('forgotUsername.title')}</PageHeading>
      <p>{t('forgotUsername.intro')}</p>
      {problems.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submitting || undefined}>
        <TextField
          id={ids.email}
          name="email"
          label={t('form.email')}
          error={problems.fieldError('email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button" aria-disabled={submitting || undefined}>
          {submitting ? t('app.sending') : t('forgotUsername.submit')}
        </button>
      </form>
      <ul className="aside help-links">
        <li>
          <Link href={paths.forgotPassword}>{t('signIn.forgotPassword')}</Link>
        </li>
        <li>
          <Link href={paths.signIn}>{t('forgotPassword.backToSignIn')}</Link>
        </li>
      </ul>
    </div>
  );
}
