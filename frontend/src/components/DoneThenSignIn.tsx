import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { paths } from '../routes';
import { PageHeading } from './PageHeading';
import { Notice } from './Status';

/** The end of a flow that does not sign in (a new password, a new account): what happened, then the way to sign in. */
export function DoneThenSignIn({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeading focusOnMount>{title}</PageHeading>
      <Notice>{children}</Notice>
      <p>
        <Link href={paths.signIn} className="button">
          {t('signIn.title')}
        </Link>
      </p>
    </div>
  );
}
