import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { paths } from '../../routes';
import { type Me, Section } from './Section';

/**
 * Whether a second step protects the account, what is set up (passkeys,
 * the authenticator app, the recovery codes left), and the way to the
 * Sign-in methods screen, where all of it is managed.
 */
export function SignInMethodsLink({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const on = me.secondFactors.length > 0;
  const passkeys = me.secondFactors.filter((f) => f.kind === 'PASSKEY').length;
  const hasTotp = me.secondFactors.some((f) => f.kind === 'TOTP');
  const number = (n: number) => formatNumber(n, i18n.resolvedLanguage ?? 'en');
  return (
    <Section id="sign-in-methods" title={t('signInMethods.title')}>
      <p>
        {t('signInMethods.statusLabel')}{' '}
        {on ? <span className="badge badge-ok">{t('signInMethods.statusOn')}</span> : <span className="badge">{t('signInMethods.statusOff')}</span>}
      </p>
      <p>{on ? t('signInMethods.statusOnBody') : t('signInMethods.statusOffBody')}</p>
      <dl className="facts">
        <div>
          <dt>{t('passkeys.title')}</dt>
          <dd>{number(passkeys)}</dd>
        </div>
        <div>
          <dt>{t('totp.title')}</dt>
          <dd>{hasTotp ? t('signInMethods.totpOn') : t('signInMethods.totpOff')}</dd>
        </div>
        {(on || me.recoveryCodesLeft > 0) && (
          <div>
            <dt>{t('recoveryCodes.title')}</dt>
            <dd>{t('signInMethods.codesLeft', { number: number(me.recoveryCodesLeft) })}</dd>
          </div>
        )}
      </dl>
      <p>
        <Link href={paths.signInMethods}>{t('signInMethods.manage')}</Link>
      </p>
    </Section>
  );
}
