import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestError } from '../graphql';
import { errorMessage } from '../i18n/errors';

/** "Loading…", announced politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="status" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}

/** A failed load, announced, with a way to try again. */
export function LoadError({ error, retry }: { error?: RequestError | { code: string; message?: string }; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorMessage(t, error ?? { code: 'UNKNOWN' })}</p>
      {retry && (
        <button type="button" className="button button-secondary" onClick={retry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** A success or information message, announced politely. */
export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' | 'warning' }) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      {children}
    </div>
  );
}

/** An empty list's message. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
