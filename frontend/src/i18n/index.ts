import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { defaultLanguage, detectLanguage, isLanguage, languages, rememberLanguage, type Language } from './languages';

export { languages, type Language } from './languages';

// English ships in the main bundle (it is also the fallback); French and
// Swedish are separate chunks, loaded when chosen. main.tsx waits for the
// reader's language before the first render, so no English flashes first.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: ResourceKey }>> = {
  fr: () => import('./fr.json'),
  sv: () => import('./sv.json'),
};

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language) || language === 'en') {
      callback(null, {});
      return;
    }
    loaders[language]().then(
      (module) => callback(null, module.default),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

function applyToDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18n.on('languageChanged', applyToDocument);

/** Resolves once the first language's catalogue is in. */
export const ready: Promise<unknown> = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: detectLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    load: 'languageOnly',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
    react: { useSuspense: false },
  });

applyToDocument(i18n.language);

/** Switches the language (loading its catalogue first) and remembers it for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

export default i18n;
