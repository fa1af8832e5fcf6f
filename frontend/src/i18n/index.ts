import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import sv from './sv.json';
import { defaultLanguage, detectLanguage, languages, rememberLanguage, type Language } from './languages';

export { languages, type Language } from './languages';

// The catalogues are small, so all three ship in the bundle and switching
// needs no request.
export const resources = {
  en: { translation: en },
  fr: { translation: fr },
  sv: { translation: sv },
} as const;

function applyToDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18n.on('languageChanged', applyToDocument);

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});

applyToDocument(i18n.language);

/** Switches the language and remembers it for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

export default i18n;
