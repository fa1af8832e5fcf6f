import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../routes';

/**
 * "Check your inbox": the same whether or not an account matched, with the
 * reminder to look in the spam folder.
 */
export function SentConfirmation({ title, children, onAgain }: { title: string; children: ReactNode; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeading focusOnMount>{title}</PageHeading>
      <div className="notice notice-success" role="status">
        {children}
        <p>{t('forgotPassword.checkSpam')}</p>
      </div>
      <ul className="aside help-links">
        <li>
          <button type="button" className="link-button" onClick={onAgain}>
            {t('forgotPassword.tryAgain')}
          </button>
        </li>
        <li>
          <Link href={paths.signIn}>{t('forgotPassword.backToSignIn')}</Link>
        </li>
      </ul>
    </div>
  );
}
