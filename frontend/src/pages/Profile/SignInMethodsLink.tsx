import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { paths } from '../../routes';
import { type Me, Section } from './Section';

/** Whether a second step protects the account, and the way to the Sign-in methods screen. */
export function SignInMethodsLink({ me }: { me: Me }) {
  const { t } = useTranslation();
  const on = me.secondFactors.length > 0;
  return (
    <Section id="sign-in-methods" title={t('signInMethods.title')}>
      <p>
        {t('signInMethods.statusLabel')}{' '}
        {on ? <span className="badge badge-ok">{t('signInMethods.statusOn')}</span> : <span className="badge">{t('signInMethods.statusOff')}</span>}
      </p>
      <p>{on ? t('signInMethods.statusOnBody') : t('signInMethods.statusOffBody')}</p>
      <p>
        <Link href={paths.signInMethods}>{t('signInMethods.manage')}</Link>
      </p>
    </Section>
  );
}
