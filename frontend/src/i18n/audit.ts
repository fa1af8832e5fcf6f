import type { AuditEventType, Right } from '../gql/graphql';
import type en from './en.json';
import type fr from './fr.json';
import type sv from './sv.json';

// The audit log's event types: every value of the schema's AuditEventType
// enum (graph/schema.graphqls, which a Go test holds to internal/audit). A
// value the schema adds fails the type-check here until it is placed, and
// below until each catalogue names it under audit.type.* in its language.
const everyAuditType = {
  SIGN_IN_SUCCEEDED: true,
  PASSWORD_VERIFIED: true,
  SIGN_IN_FAILED: true,
  SIGNED_OUT: true,
  USER_CREATED: true,
  ACCOUNT_LOCKED: true,
  ACCOUNT_UNLOCKED: true,
  PASSWORD_CHANGED: true,
  PASSWORD_RESET_REQUESTED: true,
  PASSWORD_RESET_THROTTLED: true,
  PASSWORD_RESET: true,
  TEMPORARY_PASSWORD_USED: true,
  USERNAME_REMINDER_SENT: true,
  EMAIL_CHANGE_REQUESTED: true,
  EMAIL_CHANGED: true,
  EMAIL_VERIFIED: true,
  SIGNED_UP: true,
  SECURITY_SETTINGS_UPDATED: true,
  RATE_LIMITED: true,
  USER_UPDATED: true,
  USER_DELETED: true,
  ADMIN_RESET_PASSWORD: true,
  FORCED_SIGN_IN: true,
  SESSION_REVOKED: true,
  SIGNED_OUT_EVERYWHERE: true,
  ACCESS_TOKEN_CREATED: true,
  ACCESS_TOKEN_REVOKED: true,
  NEW_DEVICE_SIGN_IN: true,
  SIGN_IN_REPORTED: true,
  PASSWORD_HASH_UPGRADED: true,
  USERS_IMPORTED: true,
  ORGANIZATION_CREATED: true,
  ORGANIZATION_UPDATED: true,
  MEMBER_INVITED: true,
  INVITATION_ACCEPTED: true,
  INVITATION_REVOKED: true,
  MEMBER_UPDATED: true,
  MEMBER_REMOVED: true,
  SECOND_FACTOR_ADDED: true,
  SECOND_FACTOR_REMOVED: true,
  SECOND_FACTOR_FAILED: true,
  SECOND_FACTOR_LOCKED: true,
  RECOVERY_CODE_USED: true,
  RECOVERY_CODES_REGENERATED: true,
  SECOND_FACTORS_RESET: true,
  PASSKEY_RENAMED: true,
} satisfies Record<AuditEventType, true>;

export const auditTypes = Object.keys(everyAuditType) as readonly AuditEventType[];

/** Holds when a catalogue names every event type. */
type NamesEveryType<T extends Record<AuditEventType, string>> = T;
/** The three catalogues' audit.type, checked (French and Swedish load lazily, so only their types are read here). */
export type AuditTypeNames = [
  NamesEveryType<(typeof en)['audit']['type']>,
  NamesEveryType<(typeof fr)['audit']['type']>,
  NamesEveryType<(typeof sv)['audit']['type']>,
];

/** An event written by an older version may carry a type the schema no longer lists. */
export function isAuditType(value: string): value is AuditEventType {
  return Object.hasOwn(everyAuditType, value);
}

// Every right of the schema's Right enum, in the order the forms list them:
// a right the schema adds fails the type-check here until it is placed (and
// under rights.* in the catalogue, which t() checks).
const everyRight = {
  MANAGE_MEMBERS: true,
  MANAGE_ORGANIZATION: true,
  VIEW_ORDERS: true,
  MANAGE_ORDERS: true,
  VIEW_BILLING: true,
  MANAGE_BILLING: true,
  USE_API: true,
} satisfies Record<Right, true>;

export const rights = Object.keys(everyRight) as readonly Right[];
