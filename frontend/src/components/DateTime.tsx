import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';

/** A time in the reader's language, machine-readable too. */
export function DateTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatDateTime(value, i18n.resolvedLanguage ?? 'en')}</time>;
}
