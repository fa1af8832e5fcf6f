import { describe, expect, it } from 'vitest';
import { usersWhere } from './AdminUsersPage';
import { numericSettings, validateSettings } from './AdminSettingsPage';
import { lockHint, lockLabel } from './lock';

describe('usersWhere', () => {
  it('searches email, username and name without regard to case', () => {
    expect(usersWhere('  Haas ', false)).toEqual({ search: 'Haas' });
  });
  it('filters locked accounts (password or admin locks, and codes locked after wrong codes), alone or with a search', () => {
    const locked = { locked: true };
    expect(usersWhere('', true)).toEqual(locked);
    expect(usersWhere('a', true)).toEqual({ and: [{ search: 'a' }, locked] });
  });
  it('asks for everything when there is nothing to filter', () => {
    expect(usersWhere('   ', false)).toBeUndefined();
  });
});

describe('lockLabel', () => {
  it('tells an admin lock from the automatic lockout', () => {
    expect(lockLabel('ADMIN')).toBe('admin.user.lockedAdmin');
    expect(lockHint('ADMIN')).toBe('admin.user.lockAdminHint');
    expect(lockLabel('AUTOMATIC')).toBe('admin.user.lockedAutomatic');
    expect(lockHint('AUTOMATIC')).toBe('admin.user.lockAutomaticHint');
  });
});

describe('validateSettings', () => {
  const ok = Object.fromEntries(numericSettings.map(([k, min]) => [k, String(min)])) as Parameters<typeof validateSettings>[0];
  it('accepts whole numbers within the bounds', () => {
    expect(validateSettings(ok)).toEqual({});
    expect(validateSettings({ ...ok, ipRequestsPerMinute: '100000', lockoutMinutes: '0' })).toEqual({});
  });
  it('refuses empty, fractional and out-of-range values, naming the bounds', () => {
    const bad = validateSettings({ ...ok, lockoutThreshold: '0', resetLinkLifetimeMinutes: '', adminResetsPerHour: '2.5' });
    expect(Object.keys(bad).sort()).toEqual(['adminResetsPerHour', 'lockoutThreshold', 'resetLinkLifetimeMinutes']);
    expect(bad.lockoutThreshold).toEqual({ key: 'admin.settings.outOfRange', values: { min: '1', max: '100' } });
  });
});
