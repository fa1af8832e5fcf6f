import { useTranslation } from 'react-i18next';
import { useChallenge } from '../../components/useChallenge';
import { RequestResetDocument } from '../../components/requestReset.graphql';
import { request } from '../../graphql';
import { paths } from '../../routes';
import { ForgotForm } from './ForgotForm';

/** "Forgot password?": the email or username, then "check your inbox". */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const challenge = useChallenge();
  return (
    <ForgotForm
      title={t('forgotPassword.title')}
      intro={t('forgotPassword.intro')}
      field={{
        id: 'forgot-login',
        name: 'login',
        label: t('signIn.login'),
        type: 'text',
        autoComplete: 'username',
        autoCapitalize: 'none',
        autoCorrect: 'off',
        spellCheck: false,
      }}
      submitLabel={t('forgotPassword.submit')}
      check={(login) => (login ? undefined : 'signIn.loginRequired')}
      send={(login) =>
        challenge.send(async (solution) => (await request(RequestResetDocument, { input: { login, challenge: solution } })).requestReset)
      }
      status={challenge.status}
      sentTitle={t('forgotPassword.sentTitle')}
      sentBody={(login) => t('forgotPassword.sentBody', { login })}
      other={{ href: paths.forgotUsername, label: t('signIn.forgotUsername') }}
    />
  );
}
