/** An RFC 3339 time (the schema's Time scalar) as a date and time in the locale. */
export function formatDateTime(value: string, locale: string, short = false): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: short ? 'medium' : 'long', timeStyle: 'short' }).format(date);
}

/** A number in the locale's way (1 234,5 in French; 1 234,5 in Swedish). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
