import { useEffect, useState } from 'react';

// Emailed links carry a one-time token in the query (?token=) or, from some
// mail clients and integrators, in the fragment (#token=).

/** The token from a URL's query or fragment, or undefined. */
export function tokenFromUrl(search: string, hash: string): string | undefined {
  const fromQuery = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('token');
  if (fromQuery && fromQuery.trim()) return fromQuery.trim();
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const fromHash = new URLSearchParams(fragment).get('token');
  if (fromHash && fromHash.trim()) return fromHash.trim();
  return undefined;
}

/** The same URL without its token, in the query or the fragment. */
export function urlWithoutToken(pathname: string, search: string, hash: string): string {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  query.delete('token');
  const fragment = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const hadToken = fragment.has('token');
  fragment.delete('token');
  const q = query.toString();
  const f = hadToken ? fragment.toString() : hash.replace(/^#/, '');
  return pathname + (q ? `?${q}` : '') + (f ? `#${f}` : '');
}

/** The token of the current page, if any (read only; see forgetTokenInAddressBar). */
export function tokenFromLocation(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  return tokenFromUrl(window.location.search, window.location.hash);
}

/**
 * Removes the token from the address bar (history.replaceState) once it is
 * read, so that it does not linger in the history, in screenshots or on a
 * shared screen.
 */
export function forgetTokenInAddressBar(): void {
  if (typeof window === 'undefined') return;
  const { pathname, search, hash } = window.location;
  if (tokenFromUrl(search, hash) === undefined) return;
  window.history.replaceState(window.history.state, '', urlWithoutToken(pathname, search, hash));
}

/** Reads the token once when the page opens and takes it out of the address bar. */
export function useEmailedToken(): string | undefined {
  const [token] = useState(tokenFromLocation);
  useEffect(forgetTokenInAddressBar, []);
  return token;
}
