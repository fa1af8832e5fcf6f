import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql';
import { paths } from '../../routes';
import { EmailLinkPage } from './EmailLinkPage';
import { VerifyEmailDocument } from './emailLinks.graphql';

/** /verify-email?token=…: the address of a new account is confirmed. */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  return (
    <EmailLinkPage
      title={t('verifyEmail.title')}
      intro={t('verifyEmail.intro')}
      button={t('verifyEmail.button')}
      run={async (token) => {
        const { verifyEmail } = await request(VerifyEmailDocument, { input: { token } });
        return { userErrors: verifyEmail.userErrors, result: verifyEmail.user?.email };
      }}
      done={(email) => (
        <>
          <p>{t('verifyEmail.done', { email })}</p>
          <p>
            <Link href={paths.home}>{t('notFound.home')}</Link>
          </p>
        </>
      )}
      badLink={<p>{t('verifyEmail.badLink')}</p>}
    />
  );
}
