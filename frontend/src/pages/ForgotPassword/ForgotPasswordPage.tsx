import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useProblems } from '../../components/useProblems';
import { request } from '../../graphql';
import { paths } from '../../routes';
import { RequestResetDocument } from '../../components/requestReset.graphql';
import { SentConfirmation } from './SentConfirmation';

const ids = { login: 'forgot-login' };

/**
 * "Forgot password?": the email or username, then the same confirmation
 * whether or not an account matches (the server answers the same too).
 */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const [login, setLogin] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const problems = useProblems(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const value = login.trim();
    if (!value) {
      problems.show({ login: { key: 'signIn.loginRequired' } });
      return;
    }
    setSubmitting(true);
    try {
      const { requestReset } = await request(RequestResetDocument, { input: { login: value } });
      if (requestReset.userErrors.length > 0) {
        problems.showUserErrors(requestReset.userErrors);
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
      <SentConfirmation title={t('forgotPassword.sentTitle')} onAgain={() => setSentTo(undefined)}>
        <p>{t('forgotPassword.sentBody', { login: sentTo })}</p>
      </SentConfirmation>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t('forgotPassword.title')}</PageHeading>
      <p>{t('forgotPassword.intro')}</p>
      {problems.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submitting || undefined}>
        <TextField
          id={ids.login}
          name="login"
          label={t('signIn.login')}
          error={problems.fieldError('login')}
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
        />
        <button type="submit" className="button" aria-disabled={submitting || undefined}>
          {submitting ? t('app.sending') : t('forgotPassword.submit')}
        </button>
      </form>
      <ul className="aside help-links">
        <li>
          <Link href={paths.forgotUsername}>{t('signIn.forgotUsername')}</Link>
        </li>
        <li>
          <Link href={paths.signIn}>{t('forgotPassword.backToSignIn')}</Link>
        </li>
      </ul>
    </div>
  );
}
