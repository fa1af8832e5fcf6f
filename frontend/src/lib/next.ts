// The ?next= of the sign-in page: where to go once signed in. Only a path on
// this site is followed (one leading "/", not "//", no scheme, no
// backslash, no control character), so that a crafted link cannot send a
// person elsewhere after they type their password.

/** A safe same-origin path from a ?next= value, or undefined. */
export function safeNext(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!value.startsWith('/')) return undefined;
  if (value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // Browsers treat "\" as "/" and drop tabs and newlines in URLs.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  try {
    const base = 'https://latchkey.invalid';
    const url = new URL(value, base);
    if (url.origin !== base) return undefined;
    return url.pathname + url.search + url.hash;
  } catch {
    return undefined;
  }
}

/** The sign-in path that brings the reader back to `here` afterwards. */
export function signInPath(signIn: string, here: string | undefined): string {
  const next = safeNext(here);
  return next && next !== '/' ? `${signIn}?next=${encodeURIComponent(next)}` : signIn;
}
