import { useLocation, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RequireViewer } from '../../components/RequireViewer';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { safeNext } from '../../lib/next';
import { paths } from '../../routes';
import { useViewer } from '../../viewer';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * After signing in with a temporary password: the temporary one as the
 * current password, then a new one twice. Nothing else works until then.
 */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('changePassword.title'));
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const { reload } = useViewer();
  return (
    <RequireViewer>
      {(viewer) => (
        <div className="narrow">
          <PageHeading>{t('changePassword.title')}</PageHeading>
          <p>{viewer.mustChangePassword ? t('changePassword.temporaryIntro') : t('changePassword.intro')}</p>
          <ChangePasswordForm
            idPrefix="change-password"
            personal={{ username: viewer.username, email: viewer.email }}
            currentLabel={viewer.mustChangePassword ? t('changePassword.temporary') : undefined}
            submitLabel={t('app.save')}
            onDone={() => {
              reload();
              navigate(next && next !== paths.changePassword ? next : paths.home, { replace: true });
            }}
          />
        </div>
      )}
    </RequireViewer>
  );
}
