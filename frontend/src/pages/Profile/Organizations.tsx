import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/Status';
import { organizationPath } from '../../routes';
import { type Me, Section } from './Section';

export function Organizations({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Section id="organizations" title={t('profile.organizationsTitle')}>
      {me.memberships.length === 0 ? (
        <Empty>{t('profile.noOrganizations')}</Empty>
      ) : (
        <ul className="cards">
          {me.memberships.map((m) => (
            <li key={m.id} className="card">
              <p className="card-title">
                <Link href={organizationPath(m.organization.id)}>{m.organization.name}</Link>
              </p>
              <p className="muted">
                {m.rights.length === 0 ? t('org.noRights') : m.rights.map((r) => t(`rights.${r}`)).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
