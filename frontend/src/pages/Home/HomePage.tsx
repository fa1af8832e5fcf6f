import { Link, Redirect, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSubmit } from '../../components/useSubmit';
import { RequestError, request, useQuery } from '../../graphql';
import { errorMessage } from '../../i18n/errors';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../routes';
import { useViewer } from '../../viewer';
import { SignOutDocument } from '../../components/signOut.graphql';
import { HomeDocument } from './home.graphql';

export default function HomePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('home.title'));
  const [, navigate] = useLocation();
  const { data, error, loading } = useQuery(HomeDocument);
  const viewer = useViewer();
  const signingOut = useSubmit();

  if (error?.code === 'UNAUTHENTICATED' || (data && !data.me)) {
    return <Redirect to={paths.signIn} replace />;
  }
  if (loading && !data) {
    return (
      <p className="status" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (error || !data?.me) {
    return (
      <div className="narrow">
        <PageHeading>{t('home.title')}</PageHeading>
        <p className="error-summary" role="alert">
          {errorMessage(t, error ?? { code: 'UNKNOWN' })}
        </p>
      </div>
    );
  }

  const me = data.me;
  const locale = i18n.resolvedLanguage ?? 'en';

  async function signOut() {
    const done = await signingOut.run(async () => {
      try {
        return (await request(SignOutDocument)).signOut;
      } catch (err) {
        if (err instanceof RequestError && err.code === 'UNAUTHENTICATED') return { userErrors: [] }; // already signed out
        throw err;
      }
    });
    if (!done) return;
    viewer.reload();
    navigate(paths.signIn, { replace: true });
  }

  return (
    <div className="narrow">
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.greeting', { name: me.name || me.username })}</p>
      <dl className="details">
        <div>
          <dt>{t('home.name')}</dt>
          <dd>{me.name}</dd>
        </div>
        <div>
          <dt>{t('home.email')}</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>{t('home.username')}</dt>
          <dd>{me.username}</dd>
        </div>
        <div>
          <dt>{t('home.role')}</dt>
          <dd>{t(`role.${me.role}`)}</dd>
        </div>
        <div>
          <dt>{t('home.memberSince')}</dt>
          <dd>
            <time dateTime={me.createdAt}>{formatDateTime(me.createdAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('home.lastSignIn')}</dt>
          <dd>
            {me.lastSignInAt ? (
              <time dateTime={me.lastSignInAt}>{formatDateTime(me.lastSignInAt, locale)}</time>
            ) : (
              t('home.never')
            )}
          </dd>
        </div>
      </dl>
      <ul className="help-links home-links">
        <li>
          <Link href={paths.profile}>{t('home.profileLink')}</Link>
        </li>
        {me.role === 'ADMIN' && (
          <li>
            <Link href={paths.adminUsers}>{t('home.adminLink')}</Link>
          </li>
        )}
      </ul>
      {signingOut.message && (
        <p className="error-summary" role="alert">
          {signingOut.message}
        </p>
      )}
      <button type="button" className="button" onClick={signOut} aria-disabled={signingOut.busy || undefined}>
        {signingOut.busy ? t('home.signingOut') : t('home.signOut')}
      </button>
    </div>
  );
}
