import { describe, expect, it } from 'vitest';
import { safeNext, signInPath } from './next';

describe('safeNext', () => {
  it.each([
    ['/profile', '/profile'],
    ['/admin/users?q=a#top', '/admin/users?q=a#top'],
    ['/accept-invitation?token=lk_inv_1', '/accept-invitation?token=lk_inv_1'],
    ['/a/../b', '/b'],
  ])('keeps the same-site path %s', (value, want) => {
    expect(safeNext(value)).toBe(want);
  });

  it.each([
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['profile'],
    ['/\tevil'],
    ['/\n/evil.example'],
    [''],
    [null],
    [undefined],
  ])('refuses %j', (value) => {
    expect(safeNext(value)).toBeUndefined();
  });
});

describe('signInPath', () => {
  it('adds the way back', () => {
    expect(signInPath('/sign-in', '/profile')).toBe('/sign-in?next=%2Fprofile');
    expect(signInPath('/sign-in', '/')).toBe('/sign-in');
    expect(signInPath('/sign-in', '//evil.example')).toBe('/sign-in');
  });
});
