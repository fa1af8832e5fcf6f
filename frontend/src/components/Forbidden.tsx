import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { paths } from '../routes';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return (
    <div className="narrow">
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link href={paths.home}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
