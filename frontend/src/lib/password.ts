// The password policy's rules, checked live as a person types, and a rough
// strength hint. The server checks again: NOT_COMMON is only known there, and
// NOT_PERSONAL only when the form knows the account's names.
import type { PasswordRule } from '../gql/graphql';

export interface PolicyShape {
  minLength: number;
  maxLength: number;
  rules: readonly PasswordRule[];
}

export type RuleState = 'met' | 'unmet' | 'unknown';

export interface Personal {
  username?: string | null;
  email?: string | null;
}

const upper = /\p{Lu}/u;
const lower = /\p{Ll}/u;
const digit = /\p{Nd}/u;
const symbol = /[\p{P}\p{S}\p{Zs}\s]/u;

/** The number of characters (code points) after NFC, as the server counts them. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

function containsPersonal(password: string, who: Personal): boolean | undefined {
  const parts: string[] = [];
  if (who.username) parts.push(who.username);
  const at = who.email ? who.email.lastIndexOf('@') : -1;
  if (who.email && at > 0) parts.push(who.email.slice(0, at));
  if (parts.length === 0) return undefined;
  const lowered = password.toLowerCase();
  return parts.some((p) => {
    const s = p.trim().toLowerCase();
    return s.length >= 3 && lowered.includes(s);
  });
}

/** Each rule of the policy with whether the password meets it, in the policy's order. */
export function checkPassword(
  password: string,
  policy: PolicyShape,
  who: Personal = {},
): { rule: PasswordRule; state: RuleState }[] {
  const pw = password.normalize('NFC');
  const n = passwordLength(pw);
  return policy.rules.map((rule) => {
    let state: RuleState;
    switch (rule) {
      case 'MIN_LENGTH':
        state = n >= policy.minLength ? 'met' : 'unmet';
        break;
      case 'MAX_LENGTH':
        state = n <= policy.maxLength ? 'met' : 'unmet';
        break;
      case 'UPPERCASE':
        state = upper.test(pw) ? 'met' : 'unmet';
        break;
      case 'LOWERCASE':
        state = lower.test(pw) ? 'met' : 'unmet';
        break;
      case 'DIGIT':
        state = digit.test(pw) ? 'met' : 'unmet';
        break;
      case 'SYMBOL':
        state = symbol.test(pw) ? 'met' : 'unmet';
        break;
      case 'NOT_PERSONAL': {
        if (pw === '') {
          state = 'unknown';
          break;
        }
        const personal = containsPersonal(pw, who);
        state = personal === undefined ? 'unknown' : personal ? 'unmet' : 'met';
        break;
      }
      default:
        state = 'unknown'; // NOT_COMMON: the server's list
    }
    return { rule, state };
  });
}

/** True when no rule the browser can check is unmet. */
export function meetsKnownRules(states: readonly { state: RuleState }[]): boolean {
  return states.every((s) => s.state !== 'unmet');
}

export type Strength = 'empty' | 'weak' | 'fair' | 'good' | 'strong';

/**
 * A rough hint, not a guarantee: length counts most, then the kinds of
 * characters; repeats and runs ("aaaa", "1234", "abcd") count against it.
 */
export function passwordStrength(password: string): Strength {
  if (password === '') return 'empty';
  const chars = [...password.normalize('NFC')];
  const kinds = [upper, lower, digit, symbol].filter((re) => re.test(password)).length;
  const unique = new Set(chars.map((c) => c.toLowerCase())).size;
  let runs = 0;
  for (let i = 2; i < chars.length; i++) {
    const a = chars[i - 2].codePointAt(0)!;
    const b = chars[i - 1].codePointAt(0)!;
    const c = chars[i].codePointAt(0)!;
    if ((a === b && b === c) || (b - a === 1 && c - b === 1) || (a - b === 1 && b - c === 1)) runs++;
  }
  const effective = Math.min(chars.length, unique * 2) - runs;
  let score = 0;
  if (effective >= 8) score++;
  if (effective >= 12) score++;
  if (effective >= 16) score++;
  if (kinds >= 3) score++;
  if (effective >= 20 || (kinds === 4 && effective >= 12)) score++;
  if (effective < 6) score = 0;
  if (score <= 1) return 'weak';
  if (score === 2) return 'fair';
  if (score === 3) return 'good';
  return 'strong';
}
