// A message for the next page (after a delete, the list says what went).
// Kept in memory only: a reload forgets it.
export type Flash = { key: string; values?: Record<string, string> };

let pending: Flash | undefined;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/** The message left for this page, once. */
export function takeFlash(): Flash | undefined {
  const f = pending;
  pending = undefined;
  return f;
}
