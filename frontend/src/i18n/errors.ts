// Server errors are shown by code, from the catalogue, never with the
// server's English message when the catalogue has an entry for the code.
import type { TFunction } from 'i18next';
import en from './en.json';

export type CatalogueErrorCode = keyof typeof en.errors;

export function hasCatalogueEntry(code: string | null | undefined): code is CatalogueErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(en.errors, code);
}

/** The catalogue key for an error code (user error or extensions.code). */
export function errorKey(code: string | null | undefined): `errors.${CatalogueErrorCode}` {
  return hasCatalogueEntry(code) ? `errors.${code}` : 'errors.UNKNOWN';
}

/**
 * The message to show for an error: the catalogue's text for its code; for
 * a code the catalogue does not know, the server's message if it sent one,
 * else a generic message.
 */
export function errorMessage(t: TFunction, error: { code?: string | null; message?: string | null }): string {
  if (hasCatalogueEntry(error.code)) return t(`errors.${error.code}`);
  if (error.message) return error.message;
  return t('errors.UNKNOWN');
}
