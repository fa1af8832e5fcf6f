import { useTranslation } from 'react-i18next';
import { request } from '../../graphql';
import { looksLikeEmail } from '../../lib/email';
import { paths } from '../../routes';
import { ForgotForm } from '../ForgotPassword/ForgotForm';
import { RequestUsernameReminderDocument } from './forgotUsername.graphql';

/** "Forgot username?": the username is emailed to the address, if an account has it. */
export default function ForgotUsernamePage() {
  const { t } = useTranslation();
  return (
    <ForgotForm
      title={t('forgotUsername.title')}
      intro={t('forgotUsername.intro')}
      field={{ id: 'forgot-username-email', name: 'email', label: t('form.email'), type: 'email', autoComplete: 'email', spellCheck: false }}
      submitLabel={t('forgotUsername.submit')}
      check={(email) => (!email ? 'forgotUsername.emailRequired' : !looksLikeEmail(email) ? 'form.emailInvalid' : undefined)}
      send={async (email) => (await request(RequestUsernameReminderDocument, { input: { email } })).requestUsernameReminder}
      sentTitle={t('forgotUsername.sentTitle')}
      sentBody={(email) => t('forgotUsername.sentBody', { email })}
      other={{ href: paths.forgotPassword, label: t('signIn.forgotPassword') }}
    />
  );
}
