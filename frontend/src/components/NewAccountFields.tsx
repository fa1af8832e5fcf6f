import { useTranslation } from 'react-i18next';
import { PasswordFields, validateNewPassword, type NewPasswordValues } from './PasswordFields';
import { TextField } from './TextField';
import type { Problem } from './useProblems';

export interface NewAccountValues {
  username: string;
  name: string;
  password: NewPasswordValues;
}

export const emptyNewAccount: NewAccountValues = { username: '', name: '', password: { password: '', confirmation: '' } };

type Part = 'username' | 'name' | 'password' | 'confirmation';

/** What is wrong before sending: no username, or a password the rules refuse. */
export function checkNewAccount(values: NewAccountValues): Partial<Record<Part, Problem>> {
  const out: Partial<Record<Part, Problem>> = {};
  if (!values.username.trim()) out.username = { key: 'admin.user.usernameRequired' };
  const invalid = validateNewPassword(values.password);
  if (invalid.password) out.password = { key: invalid.password };
  if (invalid.confirmation) out.confirmation = { key: invalid.confirmation };
  return out;
}

/**
 * Username, name (optional) and a password twice: signing up, and accepting
 * an invitation without an account. `email` feeds the password rules.
 */
export function NewAccountFields({
  ids,
  values,
  onChange,
  email,
  errors,
}: {
  ids: Record<Part, string>;
  values: NewAccountValues;
  onChange: (values: NewAccountValues) => void;
  email: string;
  errors: Partial<Record<Part, string>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={ids.username}
        label={t('home.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={values.username}
        error={errors.username}
        onChange={(e) => onChange({ ...values, username: e.target.value })}
      />
      <TextField
        id={ids.name}
        label={`${t('home.name')} (${t('form.optional')})`}
        autoComplete="name"
        value={values.name}
        error={errors.name}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
      />
      <PasswordFields
        ids={{ password: ids.password, confirmation: ids.confirmation }}
        labels={{ password: t('signIn.password'), confirmation: t('accept.passwordAgain') }}
        values={values.password}
        onChange={(password) => onChange({ ...values, password })}
        personal={{ username: values.username, email }}
        errors={{ password: errors.password, confirmation: errors.confirmation }}
      />
    </>
  );
}
