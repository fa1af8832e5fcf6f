import type { LockKind } from '../../gql/graphql';

/** The catalogue key naming which lock holds on an account: an admin's, or the automatic lockout. */
export function lockLabel(kind: LockKind | null | undefined): 'admin.user.lockedAdmin' | 'admin.user.lockedAutomatic' {
  return kind === 'ADMIN' ? 'admin.user.lockedAdmin' : 'admin.user.lockedAutomatic';
}

/** The catalogue key saying what lifts that lock. */
export function lockHint(kind: LockKind | null | undefined): 'admin.user.lockAdminHint' | 'admin.user.lockAutomaticHint' {
  return kind === 'ADMIN' ? 'admin.user.lockAdminHint' : 'admin.user.lockAutomaticHint';
}
