import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { UpdateMeDocument } from '../../components/updateMe.graphql';
import { request } from '../../graphql';
import { setLanguage } from '../../i18n';
import { isLanguage, languages } from '../../i18n/languages';
import { useViewer } from '../../viewer';
import { type Me, Section } from './Section';
import { SettingForm } from './SettingForm';

/** The language of the app and of the account's emails. */
export function LanguageSetting({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { refresh } = useViewer();
  const [value, setValue] = useState(isLanguage(me.locale) ? me.locale : (i18n.resolvedLanguage ?? 'en'));
  return (
    <Section id="language-setting" title={t('profile.languageTitle')}>
      <SettingForm
        send={async () => (await request(UpdateMeDocument, { input: { locale: value } })).updateMe}
        onSaved={async () => {
          if (isLanguage(value)) await setLanguage(value);
          refresh();
          onChanged();
        }}
        savedText={t('profile.languageSaved')}
      >
        <SelectField
          id="profile-language"
          label={t('profile.language')}
          hint={t('profile.languageHint')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
      </SettingForm>
    </Section>
  );
}
