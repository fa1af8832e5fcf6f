import { useTranslation } from 'react-i18next';
import { languages, setLanguage, type Language } from '../i18n';
import { isLanguage } from '../i18n/languages';

/** Chooses the interface language; the choice is remembered (localStorage). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <div className="language-switcher">
      <label htmlFor="language">{t('language.label')}</label>
      <select
        id="language"
        value={current}
        onChange={(event) => {
          const value = event.target.value;
          if (isLanguage(value)) void setLanguage(value);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
