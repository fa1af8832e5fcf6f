import { useTranslation } from 'react-i18next';
import { request } from '../graphql';
import { languages, setLanguage, type Language } from '../i18n';
import { isLanguage } from '../i18n/languages';
import { UpdateMeDocument } from './updateMe.graphql';
import { useViewer } from '../viewer';

/**
 * Chooses the interface language; the choice is remembered (localStorage)
 * and, for a signed-in person, saved on the account so that emails follow.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const current: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <div className="language-switcher">
      <label htmlFor="language">{t('language.label')}</label>
      <select
        id="language"
        value={current}
        onChange={(event) => {
          const value = event.target.value;
          if (!isLanguage(value)) return;
          void setLanguage(value);
          if (viewer && !viewer.mustChangePassword) {
            // Best effort: the app has switched either way.
            request(UpdateMeDocument, { input: { locale: value } }).catch(() => {});
          }
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
