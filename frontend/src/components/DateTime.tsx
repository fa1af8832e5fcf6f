import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';

/** A time in the reader's language, machine-readable too; `short` for tables. */
export function DateTime({ value, short }: { value: string; short?: boolean }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatDateTime(value, i18n.resolvedLanguage ?? 'en', short)}</time>;
}
