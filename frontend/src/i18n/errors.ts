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
export function errorMessage(
  t: TFunction,
  error: { code?: string | null; message?: string | null; field?: readonly string[] | string | null },
): string {
  const specific = fieldErrorKey(error.code, error.field);
  if (specific) return t(specific as never);
  if (hasCatalogueEntry(error.code)) return t(`errors.${error.code}`);
  if (error.message) return error.message;
  return t('errors.UNKNOWN');
}

type FieldEntries = typeof en.fieldErrors;

/**
 * The catalogue key for an error about a given input field, when the
 * catalogue says more than the code alone ("This username is already in
 * use" rather than "already exists"). `field` is a UserError's path, such
 * as ["input", "username"], or its last part.
 */
export function fieldErrorKey(
  code: string | null | undefined,
  field: readonly string[] | string | null | undefined,
): `fieldErrors.${string}` | undefined {
  const name = typeof field === 'string' ? field : field?.[field.length - 1];
  if (!code || !name || !Object.prototype.hasOwnProperty.call(en.fieldErrors, name)) return undefined;
  const entries = en.fieldErrors[name as keyof FieldEntries] as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(entries, code) ? `fieldErrors.${name}.${code}` : undefined;
}
