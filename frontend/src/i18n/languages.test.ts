import { describe, expect, it, vi } from 'vitest';
import { detectLanguage, matchLanguage, rememberLanguage, storageKey } from './languages';

describe('matchLanguage', () => {
  it.each([
    [['fr-CA'], 'fr'],
    [['sv-SE'], 'sv'],
    [['de'], 'en'],
    [['en-GB'], 'en'],
    [['FR'], 'fr'],
    [['de-DE', 'sv-FI', 'fr'], 'sv'],
    [['pt_BR', 'fr_BE'], 'fr'],
    [[], 'en'],
    [undefined, 'en'],
  ] as const)('%j → %s', (preferred, want) => {
    expect(matchLanguage(preferred)).toBe(want);
  });
});

describe('detectLanguage', () => {
  it("follows the browser's languages", () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-AT', 'fr-CA', 'en']);
    expect(detectLanguage()).toBe('fr');
  });

  it('prefers the remembered choice', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-CA']);
    rememberLanguage('sv');
    expect(window.localStorage.getItem(storageKey)).toBe('sv');
    expect(detectLanguage()).toBe('sv');
  });

  it('ignores a remembered value it has no catalogue for', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE']);
    window.localStorage.setItem(storageKey, 'klingon');
    expect(detectLanguage()).toBe('sv');
  });
});
