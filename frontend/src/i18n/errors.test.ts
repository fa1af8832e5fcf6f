import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import i18n from './index';
import { errorKey, errorMessage, hasCatalogueEntry } from './errors';
import en from './en.json';
import fr from './fr.json';
import sv from './sv.json';
import type { UserErrorCode } from '../gql/graphql';

// Every UserErrorCode, checked against the generated type at compile time…
const userErrorCodes = Object.keys({
  INVALID_INPUT: 1,
  INVALID_CREDENTIALS: 1,
  ACCOUNT_LOCKED: 1,
  PASSWORD_POLICY: 1,
  PASSWORD_MISMATCH: 1,
  TOKEN_INVALID: 1,
  TOKEN_EXPIRED: 1,
  RATE_LIMITED: 1,
  NOT_FOUND: 1,
  ALREADY_EXISTS: 1,
  REGISTRATION_CLOSED: 1,
  LAST_ADMIN: 1,
  LAST_MEMBER_MANAGER: 1,
  SECOND_FACTOR_INVALID: 1,
  RECENT_AUTHENTICATION_REQUIRED: 1,
  SECOND_FACTOR_REQUIRED: 1,
  SECOND_FACTOR_LOCKED: 1,
  CHALLENGE_REQUIRED: 1,
} satisfies Record<UserErrorCode, 1>);

// …and top-level errors' extensions.code, plus the client's own.
const topLevelCodes = ['UNAUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', 'SECOND_FACTOR_REQUIRED', 'RATE_LIMITED', 'INTERNAL', 'INVALID_INPUT'];
const clientCodes = ['NETWORK', 'UNKNOWN'];

// The server's schema, read from the repository (tests run in frontend/).
function schemaEnum(name: string): string[] {
  const schema = readFileSync(resolve(process.cwd(), '../graph/schema.graphqls'), 'utf8');
  const body = new RegExp(`enum\\s+${name}\\s*\\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
  return body
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
}

describe('error codes', () => {
  it('cover every UserErrorCode in the server schema', () => {
    const inSchema = schemaEnum('UserErrorCode');
    expect(inSchema.length).toBeGreaterThan(0);
    for (const code of inSchema) expect(hasCatalogueEntry(code), code).toBe(true);
  });

  it.each([...new Set([...userErrorCodes, ...topLevelCodes, ...clientCodes])])('%s has a text in every catalogue', (code) => {
    for (const catalogue of [en, fr, sv]) {
      expect((catalogue.errors as Record<string, string>)[code], code).toBeTruthy();
    }
  });

  it('maps a code to its catalogue key', () => {
    expect(errorKey('INVALID_CREDENTIALS')).toBe('errors.INVALID_CREDENTIALS');
    expect(errorKey('PASSWORD_CHANGE_REQUIRED')).toBe('errors.PASSWORD_CHANGE_REQUIRED');
    expect(errorKey('SOMETHING_NEW')).toBe('errors.UNKNOWN');
    expect(errorKey(undefined)).toBe('errors.UNKNOWN');
    expect(errorKey('toString')).toBe('errors.UNKNOWN');
  });
});

describe('errorMessage', () => {
  const server = { code: 'INVALID_CREDENTIALS', message: 'Wrong email, username or password.' };

  it("uses the catalogue, not the server's English", async () => {
    expect(errorMessage(i18n.t, server)).toBe(en.errors.INVALID_CREDENTIALS);
    await i18n.changeLanguage('fr');
    expect(errorMessage(i18n.t, server)).toBe(fr.errors.INVALID_CREDENTIALS);
    await i18n.changeLanguage('sv');
    expect(errorMessage(i18n.t, { code: 'FORBIDDEN', message: 'nope' })).toBe(sv.errors.FORBIDDEN);
  });

  it("falls back to the server's message for a code it does not know", () => {
    expect(errorMessage(i18n.t, { code: 'BRAND_NEW', message: 'Server says so.' })).toBe('Server says so.');
  });

  it('falls back to a generic message when there is nothing else', () => {
    expect(errorMessage(i18n.t, { code: 'BRAND_NEW' })).toBe(en.errors.UNKNOWN);
    expect(errorMessage(i18n.t, {})).toBe(en.errors.UNKNOWN);
  });
});

describe('errors about a field', () => {
  it('say more than the code when the catalogue can', () => {
    expect(errorMessage(i18n.t, { code: 'ALREADY_EXISTS', field: ['input', 'username'] })).toBe(en.fieldErrors.username.ALREADY_EXISTS);
    expect(errorMessage(i18n.t, { code: 'INVALID_INPUT', field: ['input', 'expiresAt'] })).toBe(en.fieldErrors.expiresAt.INVALID_INPUT);
    expect(errorMessage(i18n.t, { code: 'ALREADY_EXISTS', field: ['input', 'nothing'] })).toBe(en.errors.ALREADY_EXISTS);
    expect(errorMessage(i18n.t, { code: 'NOT_FOUND', field: ['input', 'username'] })).toBe(en.errors.NOT_FOUND);
  });
});
