import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import sv from './sv.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const catalogues = { en, fr, sv } as Record<string, Tree>;
const english = flatten(en);

describe('catalogues', () => {
  it.each(['fr', 'sv'])('%s has exactly the keys of en', (language) => {
    const other = flatten(catalogues[language]);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(['en', 'fr', 'sv'])('%s has a non-empty text for every key', (language) => {
    for (const [key, text] of flatten(catalogues[language])) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(['fr', 'sv'])('%s uses the same {{placeholders}} as en', (language) => {
    for (const [key, text] of flatten(catalogues[language])) {
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it('has the help-centre wording for signing in', () => {
    expect([en.signIn.title, en.signIn.login, en.signIn.password, en.signIn.submit, en.signIn.cantSignIn]).toEqual([
      'Sign in',
      'Email or username',
      'Password',
      'Sign in',
      "Can't sign in?",
    ]);
    expect([fr.signIn.title, fr.signIn.login, fr.signIn.password, fr.signIn.cantSignIn]).toEqual([
      'Se connecter',
      "Adresse e-mail ou nom d'utilisateur",
      'Mot de passe',
      'Vous ne parvenez pas à vous connecter ?',
    ]);
    expect([sv.signIn.title, sv.signIn.login, sv.signIn.password, sv.signIn.cantSignIn]).toEqual([
      'Logga in',
      'E-postadress eller användarnamn',
      'Lösenord',
      'Kan du inte logga in?',
    ]);
  });
});
