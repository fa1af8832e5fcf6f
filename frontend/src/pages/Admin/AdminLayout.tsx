import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { paths } from '../../routes';

const sections = [
  [paths.adminUsers, 'admin.nav.users'],
  [paths.adminOrganizations, 'admin.nav.organizations'],
  [paths.adminSettings, 'admin.nav.settings'],
  [paths.adminAudit, 'admin.nav.audit'],
  [paths.adminOutbox, 'admin.nav.outbox'],
  [paths.adminWebhooks, 'admin.nav.webhooks'],
] as const;

/** Every admin screen: its heading and the admin's own menu. */
export function AdminLayout({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const [location] = useLocation();
  return (
    <div className="wide">
      <nav className="sub-nav" aria-label={t('admin.nav.label')}>
        <ul>
          {sections.map(([path, key]) => (
            <li key={path}>
              <Link href={path} aria-current={location === path || location.startsWith(`${path}/`) ? 'page' : undefined}>
                {t(key)}
              </Link>
            </li>
          ))}
          <li>
            {/* Served by the Go binary to admins: a full page load, not a client route. */}
            <a href={paths.playground}>{t('admin.nav.playground')}</a>
          </li>
        </ul>
      </nav>
      <div className="page-head">
        <PageHeading>{title}</PageHeading>
        {actions}
      </div>
      {children}
    </div>
  );
}
