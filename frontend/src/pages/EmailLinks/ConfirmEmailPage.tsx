import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { request } from '../../graphql';
import { paths } from '../../routes';
import { useViewer } from '../../viewer';
import { EmailLinkPage } from './EmailLinkPage';
import { ConfirmEmailChangeDocument } from './emailLinks.graphql';

/** /confirm-email?token=…: the new address takes effect. */
export default function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { refresh } = useViewer();
  return (
    <EmailLinkPage
      title={t('confirmEmail.title')}
      intro={t('confirmEmail.intro')}
      button={t('confirmEmail.button')}
      run={async (token) => {
        const { confirmEmailChange } = await request(ConfirmEmailChangeDocument, { input: { token } });
        if (confirmEmailChange.userErrors.length === 0) refresh();
        return { userErrors: confirmEmailChange.userErrors, result: confirmEmailChange.user?.email };
      }}
      done={(email) => (
        <>
          <p>{t('confirmEmail.done', { email })}</p>
          <p>
            <Link href={paths.profile}>{t('profile.title')}</Link>
          </p>
        </>
      )}
      badLink={
        <p>
          {t('confirmEmail.badLink')} <Link href={paths.profile}>{t('profile.title')}</Link>
        </p>
      }
    />
  );
}
