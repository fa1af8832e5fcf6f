import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql';
import { paths } from '../../routes';
import { EmailLinkPage } from './EmailLinkPage';
import { ReportSignInDocument } from './emailLinks.graphql';

/** /this-wasnt-me?token=…: the link of a new-sign-in email. */
export default function ReportSignInPage() {
  const { t } = useTranslation();
  return (
    <EmailLinkPage
      title={t('reportSignIn.title')}
      intro={t('reportSignIn.intro')}
      button={t('reportSignIn.button')}
      run={async (token) => {
        const { reportSignIn } = await request(ReportSignInDocument, { input: { token } });
        return { userErrors: reportSignIn.userErrors };
      }}
      done={() => <p>{t('reportSignIn.done')}</p>}
      badLink={
        <p>
          {t('reportSignIn.badLink')} <Link href={paths.forgotPassword}>{t('signIn.forgotPassword')}</Link>
        </p>
      }
    />
  );
}
