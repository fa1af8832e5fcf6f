import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { Problem, ServerUserError } from '../../components/useProblems';
import { useSubmit } from '../../components/useSubmit';
import type { Role } from '../../gql/graphql';
import { languages } from '../../i18n/languages';
import { looksLikeEmail } from '../../lib/email';

export interface UserValues {
  email: string;
  username: string;
  name: string;
  role: Role;
  locale: string;
}

/** The fields of an account, for creating one or editing it. */
export function UserForm({
  idPrefix,
  initial,
  submitLabel,
  onSubmit,
}: {
  idPrefix: string;
  initial: UserValues;
  submitLabel: string;
  /** Resolves to the userErrors (empty: saved). */
  onSubmit: (values: UserValues) => Promise<readonly ServerUserError[]>;
}) {
  const { t } = useTranslation();
  const ids = {
    email: `${idPrefix}-email`,
    username: `${idPrefix}-username`,
    name: `${idPrefix}-name`,
    role: `${idPrefix}-role`,
    locale: `${idPrefix}-locale`,
  };
  const [values, setValues] = useState<UserValues>(initial);
  const submit = useSubmit(ids);
  const set = (patch: Partial<UserValues>) => setValues((v) => ({ ...v, ...patch }));

  async function onSubmitForm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submit.run(
      async () => ({
        userErrors: await onSubmit({ ...values, email: values.email.trim(), username: values.username.trim(), name: values.name.trim() }),
      }),
      {
        check: () => {
          const fields: Partial<Record<keyof typeof ids, Problem>> = {};
          if (!values.email.trim()) fields.email = { key: 'admin.user.emailRequired' };
          else if (!looksLikeEmail(values.email)) fields.email = { key: 'form.emailInvalid' };
          if (!values.username.trim()) fields.username = { key: 'admin.user.usernameRequired' };
          return fields;
        },
      },
    );
  }

  return (
    <>
      {submit.summary}
      <form noValidate onSubmit={onSubmitForm} aria-busy={submit.busy || undefined}>
        <TextField
          id={ids.email}
          label={t('home.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          error={submit.fieldError('email')}
          onChange={(e) => set({ email: e.target.value })}
        />
        <TextField
          id={ids.username}
          label={t('home.username')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={values.username}
          error={submit.fieldError('username')}
          onChange={(e) => set({ username: e.target.value })}
        />
        <TextField
          id={ids.name}
          label={`${t('home.name')} (${t('form.optional')})`}
          autoComplete="off"
          value={values.name}
          error={submit.fieldError('name')}
          onChange={(e) => set({ name: e.target.value })}
        />
        <SelectField
          id={ids.role}
          label={t('home.role')}
          value={values.role}
          error={submit.fieldError('role')}
          onChange={(e) => set({ role: e.target.value as Role })}
        >
          <option value="USER">{t('role.USER')}</option>
          <option value="ADMIN">{t('role.ADMIN')}</option>
        </SelectField>
        <SelectField
          id={ids.locale}
          label={t('admin.user.locale')}
          hint={t('profile.languageHint')}
          value={values.locale}
          error={submit.fieldError('locale')}
          onChange={(e) => set({ locale: e.target.value })}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.saving') : submitLabel}
        </button>
      </form>
    </>
  );
}
