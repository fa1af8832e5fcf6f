import type { Right } from '../gql/graphql';
import type en from './en.json';

// The audit log's event types (internal/audit), named in the catalogues
// under audit.type.*; a type the app does not know is shown as it is.
// The schema types AuditEvent.type as a String (no enum to derive this list
// from), so the check is the other way: each one must be in the catalogue.
export const auditTypes = [
  'SIGN_IN_SUCCEEDED',
  'SIGN_IN_FAILED',
  'SIGNED_OUT',
  'USER_CREATED',
  'ACCOUNT_LOCKED',
  'ACCOUNT_UNLOCKED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET_REQUESTED',
  'PASSWORD_RESET_THROTTLED',
  'PASSWORD_RESET',
  'TEMPORARY_PASSWORD_USED',
  'USERNAME_REMINDER_SENT',
  'EMAIL_CHANGE_REQUESTED',
  'EMAIL_CHANGED',
  'EMAIL_VERIFIED',
  'SIGNED_UP',
  'SECURITY_SETTINGS_UPDATED',
  'RATE_LIMITED',
  'USER_UPDATED',
  'USER_DELETED',
  'ADMIN_RESET_PASSWORD',
  'FORCED_SIGN_IN',
  'SESSION_REVOKED',
  'SIGNED_OUT_EVERYWHERE',
  'ACCESS_TOKEN_CREATED',
  'ACCESS_TOKEN_REVOKED',
  'NEW_DEVICE_SIGN_IN',
  'SIGN_IN_REPORTED',
  'ORGANIZATION_CREATED',
  'ORGANIZATION_UPDATED',
  'MEMBER_INVITED',
  'INVITATION_ACCEPTED',
  'INVITATION_REVOKED',
  'MEMBER_UPDATED',
  'MEMBER_REMOVED',
] as const satisfies readonly (keyof (typeof en)['audit']['type'])[];

export type AuditType = (typeof auditTypes)[number];

export function isAuditType(value: string): value is AuditType {
  return (auditTypes as readonly string[]).includes(value);
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
