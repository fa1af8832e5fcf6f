// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30-second steps: what authenticator
// apps use by default) for the e2e tests, with node:crypto only. RFC 4648
// base32 for the secret as the sign-in methods screen shows it.
import { createHmac } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The bytes of a base32 secret (spaces, dashes, padding and case ignored). */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = alphabet.indexOf(ch);
    if (i < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The time step (counter) of a moment, in 30-second steps since the epoch. */
export const totpStep = (ms = Date.now(), period = 30) => Math.floor(ms / 1000 / period);

/** HOTP (RFC 4226) of a counter: the code an authenticator app shows for that step. */
export function hotp(secret: string, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secret)).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code for now (or for the step given). */
export const totp = (secret: string, step = totpStep()) => hotp(secret, step);
