import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { Notice } from '../../components/Status';
import { useSubmit } from '../../components/useSubmit';
import { UpdateMeDocument } from '../../components/updateMe.graphql';
import { request } from '../../graphql';
import { setLanguage } from '../../i18n';
import { isLanguage, languages } from '../../i18n/languages';
import { useViewer } from '../../viewer';
import { type Me, Section } from './Section';

/** The language of the app and of the account's emails. */
export function LanguageSetting({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { refresh } = useViewer();
  const [value, setValue] = useState(isLanguage(me.locale) ? me.locale : (i18n.resolvedLanguage ?? 'en'));
  const [saved, setSaved] = useState(false);
  const action = useSubmit();
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.busy) return;
    setSaved(false);
    if (await action.run(async () => (await request(UpdateMeDocument, { input: { locale: value } })).updateMe)) {
      if (isLanguage(value)) await setLanguage(value);
      setSaved(true);
      refresh();
      onChanged();
    }
  }
  return (
    <Section id="language-setting" title={t('profile.languageTitle')}>
      <form noValidate onSubmit={onSubmit}>
        <SelectField
          id="profile-language"
          label={t('profile.language')}
          hint={t('profile.languageHint')}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
        {action.alert}
        <button type="submit" className="button button-secondary" aria-disabled={action.busy || undefined}>
          {action.busy ? t('app.saving') : t('app.save')}
        </button>
      </form>
      {saved && <Notice>{t('profile.languageSaved')}</Notice>}
    </Section>
  );
}
