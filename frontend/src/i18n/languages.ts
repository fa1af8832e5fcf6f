// The languages the app ships catalogues for, and how one is chosen.

export const languages = ['en', 'fr', 'sv'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

/** Where the switcher remembers the reader's choice. */
export const storageKey = 'latchkey.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first of the browser's preferred languages (BCP 47 tags, most
 * preferred first) that the app has a catalogue for, matched on the primary
 * subtag: fr-CA → fr, sv-SE → sv; none of them → English.
 */
export function matchLanguage(preferred: readonly string[] | undefined): Language {
  for (const tag of preferred ?? []) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return defaultLanguage;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}

/** The remembered choice if any, else the browser's languages. */
export function detectLanguage(): Language {
  const stored = readStored();
  if (isLanguage(stored)) return stored;
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const preferred = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  return matchLanguage(preferred);
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // not remembered; the choice still applies to this page
  }
}
