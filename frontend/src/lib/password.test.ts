import { describe, expect, it } from 'vitest';
import { checkPassword, meetsKnownRules, passwordLength, passwordStrength, type PolicyShape } from './password';

const defaults = {
  minLength: 9,
  maxLength: 256,
  rules: ['MIN_LENGTH', 'MAX_LENGTH', 'UPPERCASE', 'LOWERCASE', 'DIGIT', 'SYMBOL', 'NOT_COMMON', 'NOT_PERSONAL'] as const,
};
const nist = { minLength: 15, maxLength: 256, rules: ['MIN_LENGTH', 'MAX_LENGTH', 'NOT_COMMON', 'NOT_PERSONAL'] as const };

const states = (pw: string, policy: PolicyShape = defaults, who = {}) =>
  Object.fromEntries(checkPassword(pw, policy, who).map((r) => [r.rule, r.state]));

describe('checkPassword', () => {
  it('ticks off each rule of the default policy', () => {
    expect(states('')).toEqual({
      MIN_LENGTH: 'unmet',
      MAX_LENGTH: 'met',
      UPPERCASE: 'unmet',
      LOWERCASE: 'unmet',
      DIGIT: 'unmet',
      SYMBOL: 'unmet',
      NOT_COMMON: 'unknown',
      NOT_PERSONAL: 'unknown',
    });
    expect(states('abc')).toMatchObject({ LOWERCASE: 'met', UPPERCASE: 'unmet', MIN_LENGTH: 'unmet' });
    expect(states('Correct-Horse-9')).toMatchObject({
      MIN_LENGTH: 'met',
      UPPERCASE: 'met',
      LOWERCASE: 'met',
      DIGIT: 'met',
      SYMBOL: 'met',
    });
  });

  it('counts characters, not UTF-16 units, and accepts letters beyond ASCII', () => {
    expect(passwordLength('ÅÄÖåäö😀😀😀')).toBe(9);
    expect(states('Ångström-1')).toMatchObject({ UPPERCASE: 'met', LOWERCASE: 'met', SYMBOL: 'met' });
    expect(states('aaaa bbbb')).toMatchObject({ SYMBOL: 'met' }); // a space counts as a symbol, as on the server
  });

  it('follows the policy given (NIST: length only)', () => {
    const s = states('short', nist);
    expect(Object.keys(s)).toEqual(['MIN_LENGTH', 'MAX_LENGTH', 'NOT_COMMON', 'NOT_PERSONAL']);
    expect(s.MIN_LENGTH).toBe('unmet');
    expect(states('a long passphrase here', nist).MIN_LENGTH).toBe('met');
  });

  it('refuses more than the maximum', () => {
    expect(states('Aa1!'.repeat(65)).MAX_LENGTH).toBe('unmet');
  });

  it('checks the personal rule only when it knows the names', () => {
    expect(states('Alice-2024!x').NOT_PERSONAL).toBe('unknown');
    expect(states('Alice-2024!x', defaults, { username: 'alice' }).NOT_PERSONAL).toBe('unmet');
    expect(states('My-Bob.Smith-9', defaults, { email: 'bob.smith@example.com' }).NOT_PERSONAL).toBe('unmet');
    expect(states('Correct-Horse-9', defaults, { username: 'alice', email: 'alice@example.com' }).NOT_PERSONAL).toBe(
      'met',
    );
    // Names under three characters are not checked, as on the server.
    expect(states('Bo-is-here-9', defaults, { username: 'bo' }).NOT_PERSONAL).toBe('met');
  });

  it('meetsKnownRules ignores rules only the server knows', () => {
    expect(meetsKnownRules(checkPassword('Correct-Horse-9', defaults))).toBe(true);
    expect(meetsKnownRules(checkPassword('correct', defaults))).toBe(false);
  });
});

describe('passwordStrength', () => {
  it.each([
    ['', 'empty'],
    ['abc', 'weak'],
    ['aaaaaaaaaaaa', 'weak'],
    ['123456789', 'weak'],
    ['abcdefgh', 'weak'],
    ['Correct-Horse-9', 'strong'],
    ['correct horse battery staple', 'strong'],
  ] as const)('%j is %s', (pw, want) => {
    expect(passwordStrength(pw)).toBe(want);
  });

  it('grows with length and variety', () => {
    const order = ['empty', 'weak', 'fair', 'good', 'strong'];
    const rank = (pw: string) => order.indexOf(passwordStrength(pw));
    expect(rank('Tr0ub4dor')).toBeGreaterThanOrEqual(rank('troubador'));
    expect(rank('Tr0ub4dor&3xyz')).toBeGreaterThan(rank('tr0ub4d'));
  });
});
