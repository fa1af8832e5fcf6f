// Passkeys in the browser: the server sends WebAuthn options in their
// standard JSON forms (PublicKeyCredentialCreationOptionsJSON,
// PublicKeyCredentialRequestOptionsJSON) and takes credentials as
// PublicKeyCredential.toJSON() gives them. Browsers that have
// parseCreationOptionsFromJSON / parseRequestOptionsFromJSON / toJSON are
// used as they are; for the others, the few binary members are converted
// here (base64url <-> ArrayBuffer).

/** A base64url string (no padding) of bytes. */
export function bufferToBase64url(bytes: ArrayBuffer | ArrayBufferView): string {
  const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let s = '';
  for (const b of view) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url string (padding optional); throws on anything else. */
export function base64urlToBuffer(text: string): ArrayBuffer {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new TypeError('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const bin = atob(padded);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

type Descriptor = { id: string; type: string; transports?: string[] };

export type CreationOptionsJSON = {
  challenge: string;
  user: { id: string; name: string; displayName: string };
  excludeCredentials?: Descriptor[];
  [member: string]: unknown;
};

export type RequestOptionsJSON = {
  challenge: string;
  allowCredentials?: Descriptor[];
  [member: string]: unknown;
};

type WithJSONParsers = {
  parseCreationOptionsFromJSON?: (o: unknown) => PublicKeyCredentialCreationOptions;
  parseRequestOptionsFromJSON?: (o: unknown) => PublicKeyCredentialRequestOptions;
  isConditionalMediationAvailable?: () => Promise<boolean>;
};

function api(): (typeof PublicKeyCredential & WithJSONParsers) | undefined {
  return typeof PublicKeyCredential === 'undefined' ? undefined : (PublicKeyCredential as typeof PublicKeyCredential & WithJSONParsers);
}

/** Whether this browser can use passkeys at all. */
export function passkeysSupported(): boolean {
  return api() !== undefined && typeof navigator !== 'undefined' && Boolean(navigator.credentials);
}

/** Whether the browser offers passkeys in the login field's autofill (conditional mediation). */
export async function conditionalMediationAvailable(): Promise<boolean> {
  const pkc = api();
  if (!pkc?.isConditionalMediationAvailable) return false;
  try {
    return await pkc.isConditionalMediationAvailable();
  } catch {
    return false;
  }
}

function descriptors(list: Descriptor[] | undefined): PublicKeyCredentialDescriptor[] | undefined {
  return list?.map((d) => ({ ...d, id: base64urlToBuffer(d.id), type: d.type as PublicKeyCredentialType }) as PublicKeyCredentialDescriptor);
}

/** The options of navigator.credentials.create from their JSON form. */
export function creationOptionsFromJSON(json: CreationOptionsJSON): PublicKeyCredentialCreationOptions {
  const parse = api()?.parseCreationOptionsFromJSON;
  if (parse) return parse(json);
  const { excludeCredentials, ...rest } = json;
  return {
    ...(rest as unknown as PublicKeyCredentialCreationOptions),
    challenge: base64urlToBuffer(json.challenge),
    user: { ...json.user, id: base64urlToBuffer(json.user.id) },
    ...(excludeCredentials ? { excludeCredentials: descriptors(excludeCredentials) } : {}),
  };
}

/** The options of navigator.credentials.get from their JSON form. */
export function requestOptionsFromJSON(json: RequestOptionsJSON): PublicKeyCredentialRequestOptions {
  const parse = api()?.parseRequestOptionsFromJSON;
  if (parse) return parse(json);
  const { allowCredentials, ...rest } = json;
  return {
    ...(rest as unknown as PublicKeyCredentialRequestOptions),
    challenge: base64urlToBuffer(json.challenge),
    ...(allowCredentials ? { allowCredentials: descriptors(allowCredentials) } : {}),
  };
}

type ResponseLike = {
  clientDataJSON: ArrayBuffer;
  attestationObject?: ArrayBuffer;
  authenticatorData?: ArrayBuffer;
  signature?: ArrayBuffer;
  userHandle?: ArrayBuffer | null;
  getTransports?: () => string[];
};

export type CredentialLike = {
  id: string;
  rawId: ArrayBuffer;
  type: string;
  authenticatorAttachment?: string | null;
  response: ResponseLike;
  getClientExtensionResults?: () => unknown;
  toJSON?: () => unknown;
};

/** A credential as PublicKeyCredential.toJSON() gives it (what the server takes). */
export function credentialToJSON(credential: CredentialLike): unknown {
  if (typeof credential.toJSON === 'function') return credential.toJSON();
  const r = credential.response;
  const response: Record<string, unknown> = { clientDataJSON: bufferToBase64url(r.clientDataJSON) };
  if (r.attestationObject) {
    response.attestationObject = bufferToBase64url(r.attestationObject);
    if (r.getTransports) response.transports = r.getTransports();
  }
  if (r.authenticatorData) response.authenticatorData = bufferToBase64url(r.authenticatorData);
  if (r.signature) response.signature = bufferToBase64url(r.signature);
  if (r.userHandle) response.userHandle = bufferToBase64url(r.userHandle);
  return {
    id: credential.id,
    rawId: bufferToBase64url(credential.rawId),
    type: credential.type,
    ...(credential.authenticatorAttachment ? { authenticatorAttachment: credential.authenticatorAttachment } : {}),
    response,
    clientExtensionResults: credential.getClientExtensionResults?.() ?? {},
  };
}

/** Creates a passkey from creation options in JSON; resolves to the credential's JSON. */
export async function createPasskey(options: CreationOptionsJSON): Promise<unknown> {
  const credential = await navigator.credentials.create({ publicKey: creationOptionsFromJSON(options) });
  if (!credential) throw new DOMException('No credential', 'NotAllowedError');
  return credentialToJSON(credential as unknown as CredentialLike);
}

/**
 * Asks for a passkey assertion from request options in JSON; `conditional`
 * waits for the person to pick a passkey in the login field's autofill.
 * Resolves to the credential's JSON.
 */
export async function getPasskey(options: RequestOptionsJSON, signal?: AbortSignal, conditional = false): Promise<unknown> {
  const credential = await navigator.credentials.get({
    publicKey: requestOptionsFromJSON(options),
    signal,
    ...(conditional ? { mediation: 'conditional' as CredentialMediationRequirement } : {}),
  });
  if (!credential) throw new DOMException('No credential', 'NotAllowedError');
  return credentialToJSON(credential as unknown as CredentialLike);
}

/** Whether an error is the person (or the browser) declining: cancelled, timed out, aborted. */
export function isDeclined(err: unknown): boolean {
  return err instanceof DOMException && (err.name === 'NotAllowedError' || err.name === 'AbortError');
}
