import { describe, expect, it } from 'vitest';
import { forgetTokenInAddressBar, tokenFromLocation, tokenFromUrl, urlWithoutToken } from './token';

describe('tokenFromUrl', () => {
  it('reads the query', () => {
    expect(tokenFromUrl('?token=lk_rst_abc', '')).toBe('lk_rst_abc');
    expect(tokenFromUrl('token=lk_rst_abc&x=1', '')).toBe('lk_rst_abc');
  });
  it('reads the fragment', () => {
    expect(tokenFromUrl('', '#token=lk_rst_frag')).toBe('lk_rst_frag');
  });
  it('prefers the query', () => {
    expect(tokenFromUrl('?token=q', '#token=f')).toBe('q');
  });
  it('decodes and trims', () => {
    expect(tokenFromUrl('?token=a%2Bb%20', '')).toBe('a+b');
  });
  it('finds nothing', () => {
    expect(tokenFromUrl('', '')).toBeUndefined();
    expect(tokenFromUrl('?token=', '#other=1')).toBeUndefined();
  });
});

describe('urlWithoutToken', () => {
  it('drops only the token', () => {
    expect(urlWithoutToken('/reset-password', '?token=abc', '')).toBe('/reset-password');
    expect(urlWithoutToken('/reset-password', '?token=abc&lang=fr', '#top')).toBe('/reset-password?lang=fr#top');
    expect(urlWithoutToken('/reset-password', '', '#token=abc')).toBe('/reset-password');
  });
});

describe('forgetTokenInAddressBar', () => {
  it('replaces the address without adding to the history', () => {
    window.history.replaceState(null, '', '/reset-password?token=secret#token=other');
    const length = window.history.length;
    expect(tokenFromLocation()).toBe('secret');
    forgetTokenInAddressBar();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/reset-password');
    expect(window.history.length).toBe(length);
    expect(tokenFromLocation()).toBeUndefined();
  });
});
