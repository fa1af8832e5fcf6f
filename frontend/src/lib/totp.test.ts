import { describe, expect, it } from 'vitest';
import { groupSecret, svgDataUrl } from './totp';

describe('svgDataUrl', () => {
  it('is a base64 data: URL of the UTF-8 text, so no markup reaches the page', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Clé é</title><script>alert(1)</script></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(url).not.toContain('<');
    const bytes = Uint8Array.from(atob(url.split(',')[1]), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(svg);
  });
});

describe('groupSecret', () => {
  it('groups by four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret(' AB CD ')).toBe('ABCD');
    expect(groupSecret('')).toBe('');
  });
});
