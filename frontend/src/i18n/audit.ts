// The audit log's event types (internal/audit), named in the catalogues
// under audit.type.*; a type the app does not know is shown as it is.
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
  'ORGANIZATION_CREATED',
  'ORGANIZATION_UPDATED',
  'MEMBER_INVITED',
  'INVITATION_ACCEPTED',
  'INVITATION_REVOKED',
  'MEMBER_UPDATED',
  'MEMBER_REMOVED',
] as const;

export type AuditType = (typeof auditTypes)[number];

export function isAuditType(value: string): value is AuditType {
  return (auditTypes as readonly string[]).includes(value);
}

export const rights = [
  'MANAGE_MEMBERS',
  'MANAGE_ORGANIZATION',
  'VIEW_ORDERS',
  'MANAGE_ORDERS',
  'VIEW_BILLING',
  'MANAGE_BILLING',
  'USE_API',
] as const;
