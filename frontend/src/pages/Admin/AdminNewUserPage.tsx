import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { setFlash } from '../../components/flash';
import { request } from '../../graphql';
import { adminUserPath } from '../../routes';
import { AdminLayout } from './AdminLayout';
import { CreateUserDocument } from './admin.graphql';
import { UserForm } from './UserForm';

/** A new account: the person gets an email to set their own password. */
export function AdminNewUserPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <AdminLayout title={t('admin.newUser.title')}>
      <div className="narrow-left">
        <p>{t('admin.newUser.intro')}</p>
        <UserForm
          idPrefix="new-user"
          initial={{ email: '', username: '', name: '', role: 'USER', locale: i18n.resolvedLanguage ?? 'en' }}
          submitLabel={t('admin.newUser.submit')}
          onSubmit={async (v) => {
            const { createUser } = await request(CreateUserDocument, {
              input: { email: v.email, username: v.username, name: v.name || undefined, role: v.role, locale: v.locale },
            });
            if (createUser.user && createUser.userErrors.length === 0) {
              setFlash({ key: 'admin.newUser.created', values: { email: createUser.user.email } });
              navigate(adminUserPath(createUser.user.id));
            }
            return createUser.userErrors;
          }}
        />
      </div>
    </AdminLayout>
  );
}
