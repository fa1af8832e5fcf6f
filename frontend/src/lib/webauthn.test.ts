import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64urlToBuffer, bufferToBase64url, creationOptionsFromJSON, credentialToJSON, requestOptionsFromJSON } from './webauthn';

const bytes = (...b: number[]) => new Uint8Array(b).buffer;

describe('base64url', () => {
  it('round-trips every byte value without padding or + and /', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = bufferToBase64url(all);
    expect(text).not.toMatch(/[+/=]/);
    expect(new Uint8Array(base64urlToBuffer(text))).toEqual(all);
  });
  it('reads what the server writes, padded or not', () => {
    expect(new Uint8Array(base64urlToBuffer('-_8'))).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(new Uint8Array(base64urlToBuffer('-_8='))).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(bufferToBase64url(bytes(0xfb, 0xff))).toBe('-_8');
  });
  it('takes a view of part of a buffer', () => {
    const view = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
    expect(bufferToBase64url(view)).toBe(bufferToBase64url(bytes(2, 3)));
  });
  it('refuses standard base64 and other text', () => {
    expect(() => base64urlToBuffer('a+b/')).toThrow(TypeError);
    expect(() => base64urlToBuffer('not base64!')).toThrow(TypeError);
  });
});

describe('options from JSON without the browser parsers', () => {
  it('turns the creation options binary members into buffers', () => {
    const o = creationOptionsFromJSON({
      challenge: 'AQID',
      rp: { id: 'localhost', name: 'Latchkey' },
      user: { id: 'dXNy', name: 'ann@example.com', displayName: 'Ann' },
      excludeCredentials: [{ id: 'BAU', type: 'public-key', transports: ['internal'] }],
    });
    expect(new Uint8Array(o.challenge as ArrayBuffer)).toEqual(new Uint8Array([1, 2, 3]));
    expect(new TextDecoder().decode(o.user.id as ArrayBuffer)).toBe('usr');
    expect(o.user.name).toBe('ann@example.com');
    expect(new Uint8Array(o.excludeCredentials![0].id as ArrayBuffer)).toEqual(new Uint8Array([4, 5]));
    expect(o.excludeCredentials![0].transports).toEqual(['internal']);
    expect((o.rp as { id: string }).id).toBe('localhost');
  });
  it('turns the request options challenge into a buffer and keeps the rest', () => {
    const o = requestOptionsFromJSON({ challenge: 'AQID', rpId: 'localhost', userVerification: 'required', timeout: 300000 });
    expect(new Uint8Array(o.challenge as ArrayBuffer)).toEqual(new Uint8Array([1, 2, 3]));
    expect(o.rpId).toBe('localhost');
    expect(o.userVerification).toBe('required');
    expect(o.allowCredentials).toBeUndefined();
  });
});

describe('options from JSON with the browser parsers', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('uses PublicKeyCredential.parseRequestOptionsFromJSON when the browser has it', () => {
    const parsed = { challenge: bytes(9) };
    const parseRequestOptionsFromJSON = vi.fn(() => parsed);
    vi.stubGlobal('PublicKeyCredential', { parseRequestOptionsFromJSON });
    expect(requestOptionsFromJSON({ challenge: 'CQ' })).toBe(parsed);
    expect(parseRequestOptionsFromJSON).toHaveBeenCalledWith({ challenge: 'CQ' });
  });
});

describe('credentialToJSON', () => {
  it('writes an assertion as toJSON() would', () => {
    const json = credentialToJSON({
      id: 'AQ',
      rawId: bytes(1),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: { clientDataJSON: bytes(2), authenticatorData: bytes(3), signature: bytes(4), userHandle: bytes(5) },
      getClientExtensionResults: () => ({}),
    });
    expect(json).toEqual({
      id: 'AQ',
      rawId: 'AQ',
      type: 'public-key',
      authenticatorAttachment: 'platform',
      response: { clientDataJSON: 'Ag', authenticatorData: 'Aw', signature: 'BA', userHandle: 'BQ' },
      clientExtensionResults: {},
    });
  });
  it('writes a new credential with its transports', () => {
    const json = credentialToJSON({
      id: 'AQ',
      rawId: bytes(1),
      type: 'public-key',
      response: { clientDataJSON: bytes(2), attestationObject: bytes(6), getTransports: () => ['internal'] },
    }) as { response: Record<string, unknown> };
    expect(json.response).toEqual({ clientDataJSON: 'Ag', attestationObject: 'Bg', transports: ['internal'] });
  });
  it("uses the browser's toJSON when there is one", () => {
    const mine = { id: 'x' };
    expect(credentialToJSON({ id: 'x', rawId: bytes(), type: 'public-key', response: { clientDataJSON: bytes() }, toJSON: () => mine })).toBe(mine);
  });
});
