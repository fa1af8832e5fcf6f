import { describe, expect, it } from 'vitest';
import { solve } from './challenge';

async function sha256hex(s: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('solve', () => {
  it('finds the number the server hid and sends back what it signed', async () => {
    const salt = 'a1b2c3?expires=1900000000';
    const challenge = await sha256hex(salt + 1234);
    const payload = await solve({ algorithm: 'SHA-256', challenge, salt, maxNumber: 5000, signature: 'sig' });
    expect(payload).not.toBeNull();
    expect(JSON.parse(atob(payload!))).toEqual({ algorithm: 'SHA-256', challenge, number: 1234, salt, signature: 'sig' });
  });

  it('gives up past maxNumber and on another algorithm', async () => {
    const salt = 'ff?expires=1900000000';
    const challenge = await sha256hex(salt + 900);
    expect(await solve({ algorithm: 'SHA-256', challenge, salt, maxNumber: 100, signature: 's' })).toBeNull();
    expect(await solve({ algorithm: 'MD5', challenge, salt, maxNumber: 1000, signature: 's' })).toBeNull();
  });
});
