/**
 * The server's proof of work (internal/challenge, ALTCHA-style): find the
 * number n, 0 ≤ n ≤ maxNumber, whose SHA-256 of salt + n (hex) is the
 * challenge, and send back base64 of the JSON the server expects. The web
 * app solves it in a Web Worker (challenge.worker.ts) so that the page
 * stays responsive; `solve` itself runs anywhere WebCrypto does.
 */
export type Challenge = {
  algorithm: string;
  challenge: string;
  salt: string;
  maxNumber: number;
  signature: string;
};

function hex(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, '0');
  return out;
}

/** The payload for the challenge field of signIn or requestReset, or null when no number solves it. */
export async function solve(c: Challenge): Promise<string | null> {
  if (c.algorithm !== 'SHA-256') return null;
  const enc = new TextEncoder();
  for (let n = 0; n <= c.maxNumber; n++) {
    const digest = await crypto.subtle.digest('SHA-256', enc.encode(c.salt + n));
    if (hex(digest) === c.challenge) {
      const payload = { algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature };
      return btoa(JSON.stringify(payload));
    }
  }
  return null;
}

/** Solves c in a Web Worker (on the page itself where workers are missing). */
export function solveInWorker(c: Challenge): Promise<string | null> {
  if (typeof Worker === 'undefined') return solve(c);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./challenge.worker.ts', import.meta.url), { type: 'module' });
    const done = (v: string | null) => {
      worker.terminate();
      resolve(v);
    };
    worker.onmessage = (e: MessageEvent<string | null>) => done(e.data);
    worker.onerror = () => {
      // A worker that cannot start (an old browser): solve here instead.
      worker.terminate();
      solve(c).then(resolve);
    };
    worker.postMessage(c);
  });
}
