import { Link, useLocation, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RequireViewer } from '../../components/RequireViewer';
import { LoadError, Loading, Notice } from '../../components/Status';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuery } from '../../graphql';
import { safeNext } from '../../lib/next';
import { paths } from '../../routes';
import { useViewer } from '../../viewer';
import { Section } from '../Profile/Section';
import { AuthenticatorApp } from './AuthenticatorApp';
import { PasskeysSection } from './PasskeysSection';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondFactorList } from './SecondFactorList';
import { SignInMethodsDocument } from './signInMethods.graphql';

function Methods({ required, next }: { required: boolean; next: string | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { reload } = useViewer();
  const { data, error, loading, refetch } = useQuery(SignInMethodsDocument);
  const me = data?.me;
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!me) return loading ? <Loading /> : <LoadError retry={refetch} />;

  // In the required mode, the first factor added lets the person go on.
  const finished = required
    ? () => {
        reload();
        navigate(next ?? paths.home, { replace: true });
      }
    : undefined;

  return (
    <>
      <Section id="authenticator-app" title={t('totp.title')}>
        <AuthenticatorApp me={me} onChanged={refetch} onFinished={finished} />
      </Section>
      <Section id="passkeys" title={t('passkeys.title')}>
        <PasskeysSection me={me} onChanged={refetch} onFinished={finished} />
      </Section>
      <Section id="second-factors" title={t('signInMethods.listTitle')}>
        <SecondFactorList me={me} onChanged={refetch} />
      </Section>
      <Section id="recovery-codes" title={t('recoveryCodes.title')}>
        <RecoveryCodes me={me} onChanged={refetch} />
      </Section>
    </>
  );
}

/**
 * Profile → Sign-in methods: the authenticator app (with its enrolment),
 * passkeys (adding one), the second factors the person has (passkeys
 * among them, renamed and removed there), and the recovery codes. With
 * ?required=1 (or mustEnrollSecondFactor) the person was sent here because a
 * second factor is required for their account and they have none: the screen says so, and goes on to
 * ?next= once one is added.
 */
export default function SignInMethodsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signInMethods.title'));
  const params = new URLSearchParams(useSearch());
  const next = safeNext(params.get('next'));
  return (
    <RequireViewer>
      {(viewer) => {
        const required = params.get('required') === '1' || viewer.mustEnrollSecondFactor;
        return (
          <div className="medium">
            <PageHeading>{t('signInMethods.title')}</PageHeading>
            {required ? (
              <Notice tone="warning">
                <p>
                  <strong>{t('signInMethods.requiredTitle')}</strong>
                </p>
                <p>{t('signInMethods.requiredBody')}</p>
              </Notice>
            ) : (
              <p>{t('signInMethods.intro')}</p>
            )}
            <Methods required={required} next={next} />
            {!required && (
              <p>
                <Link href={paths.profile}>{t('signInMethods.backToProfile')}</Link>
              </p>
            )}
          </div>
        );
      }}
    </RequireViewer>
  );
}
