import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RequireViewer } from '../../components/RequireViewer';
import { LoadError, Loading } from '../../components/Status';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuery } from '../../graphql';
import { paths } from '../../routes';
import { ProfileDocument } from './profile.graphql';
import { AccountDetails } from './AccountDetails';
import { EmailChange } from './EmailChange';
import { LanguageSetting } from './LanguageSetting';
import { Notifications } from './Notifications';
import { Sessions } from './Sessions';
import { SignInMethodsLink } from './SignInMethodsLink';
import { AccessTokens } from './AccessTokens';
import { Activity } from './Activity';
import { Organizations } from './Organizations';
import { DeleteAccount, DownloadData } from './MyData';

function Profile() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(ProfileDocument);
  const me = data?.me;
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!me) return loading ? <Loading /> : <LoadError retry={refetch} />;
  return (
    <>
      <nav aria-label={t('profile.sectionsNav')} className="sub-nav">
        <ul>
          <li>
            <a href="#account-details">{t('profile.accountDetails')}</a>
          </li>
          <li>
            <a href="#email-change">{t('profile.emailTitle')}</a>
          </li>
          <li>
            <a href="#sign-in-methods">{t('signInMethods.title')}</a>
          </li>
          <li>
            <a href="#language-setting">{t('profile.languageTitle')}</a>
          </li>
          <li>
            <a href="#notifications">{t('notifications.title')}</a>
          </li>
          <li>
            <a href="#sessions">{t('profile.sessionsTitle')}</a>
          </li>
          <li>
            <a href="#access-tokens">{t('tokens.title')}</a>
          </li>
          <li>
            <a href="#activity">{t('profile.activityTitle')}</a>
          </li>
          <li>
            <a href="#organizations">{t('profile.organizationsTitle')}</a>
          </li>
          <li>
            <a href="#my-data">{t('leave.dataTitle')}</a>
          </li>
          <li>
            <a href="#delete-account">{t('leave.deleteTitle')}</a>
          </li>
        </ul>
      </nav>
      <AccountDetails me={me} onChanged={refetch} />
      <EmailChange me={me} />
      <SignInMethodsLink me={me} />
      <LanguageSetting me={me} onChanged={refetch} />
      <Notifications me={me} onChanged={refetch} />
      <Sessions me={me} onChanged={refetch} />
      <AccessTokens me={me} onChanged={refetch} />
      <Activity />
      <Organizations me={me} />
      <DownloadData me={me} />
      <DeleteAccount me={me} />
    </>
  );
}

/** "My profile": opens by default from the gear menu's Settings. */
export default function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  return (
    <RequireViewer>
      {() => (
        <div className="medium">
          <PageHeading>{t('profile.title')}</PageHeading>
          <Profile />
          <p>
            <Link href={paths.home}>{t('notFound.home')}</Link>
          </p>
        </div>
      )}
    </RequireViewer>
  );
}
