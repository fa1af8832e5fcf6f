import { describe, expect, it } from 'vitest';
import { fieldFromPath, validateSignIn } from './validate';

describe('validateSignIn', () => {
  it('asks for both fields when both are empty', () => {
    expect(validateSignIn({ login: '', password: '' })).toEqual({
      login: 'signIn.loginRequired',
      password: 'signIn.passwordRequired',
    });
  });
  it('treats a blank login as empty', () => {
    expect(validateSignIn({ login: '   ', password: 'x' })).toEqual({ login: 'signIn.loginRequired' });
  });
  it('keeps a password of spaces', () => {
    expect(validateSignIn({ login: 'alice', password: '  ' })).toEqual({});
  });
  it('passes a filled form', () => {
    expect(validateSignIn({ login: 'alice@example.com', password: 'Correct-Horse-9' })).toEqual({});
  });
});

describe('fieldFromPath', () => {
  it('names the field at the end of the path', () => {
    expect(fieldFromPath(['input', 'login'])).toBe('login');
    expect(fieldFromPath(['input', 'password'])).toBe('password');
    expect(fieldFromPath(['input', 'other'])).toBeUndefined();
    expect(fieldFromPath(null)).toBeUndefined();
    expect(fieldFromPath([])).toBeUndefined();
  });
});
