import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';

/**
 * SECOND_FACTOR_LOCKED: the password was right, but too many wrong codes in
 * a row lock the codes for a while. Says when the lock lifts (the server's
 * secondFactorLockedUntil), that a passkey still signs in, and that an
 * administrator can lift it sooner. No password reset is offered: it would
 * not lift this lock. Announced (role=alert) and focused when it appears.
 */
export function SecondFactorLocked({ until, passkeyHere }: { until?: string | null; passkeyHere?: boolean }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const when = until ? formatDateTime(until, i18n.resolvedLanguage ?? 'en') : undefined;
  return (
    <div className="notice notice-warning locked" ref={ref} tabIndex={-1} role="alert" aria-labelledby="second-factor-locked-title">
      <h2 id="second-factor-locked-title">{t('secondFactorLocked.title')}</h2>
      <p>{when ? t('secondFactorLocked.until', { time: when }) : t('secondFactorLocked.forAWhile')}</p>
      <p>{passkeyHere ? t('secondFactorLocked.passkeyHere') : t('secondFactorLocked.passkey', { button: t('signIn.passkey') })}</p>
      <p>{t('secondFactorLocked.admin')}</p>
      <p>{t('secondFactorLocked.noReset')}</p>
    </div>
  );
}
