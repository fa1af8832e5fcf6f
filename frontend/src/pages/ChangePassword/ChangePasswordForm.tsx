import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordFields, validateNewPassword, type NewPasswordValues } from '../../components/PasswordFields';
import { TextField } from '../../components/TextField';
import { useProblems, type Problem } from '../../components/useProblems';
import { request } from '../../graphql';
import type { Personal } from '../../lib/password';
import { ChangePasswordDocument } from './changePassword.graphql';

/**
 * Current password, new password, new password again, then Save. Used on
 * the profile ("Change password") and after a temporary password.
 */
export function ChangePasswordForm({
  idPrefix,
  personal,
  currentLabel,
  submitLabel,
  onDone,
}: {
  idPrefix: string;
  personal?: Personal;
  currentLabel?: string;
  submitLabel: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const ids = {
    currentPassword: `${idPrefix}-current`,
    newPassword: `${idPrefix}-new`,
    newPasswordConfirmation: `${idPrefix}-confirm`,
  };
  const [current, setCurrent] = useState('');
  const [values, setValues] = useState<NewPasswordValues>({ password: '', confirmation: '' });
  const [submitting, setSubmitting] = useState(false);
  const problems = useProblems(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const invalid = validateNewPassword(values);
    const fields: Partial<Record<keyof typeof ids, Problem>> = {};
    if (current === '') fields.currentPassword = { key: 'password.currentRequired' };
    if (invalid.password) fields.newPassword = { key: invalid.password };
    if (invalid.confirmation) fields.newPasswordConfirmation = { key: invalid.confirmation };
    if (Object.keys(fields).length > 0) {
      problems.show(fields);
      return;
    }
    setSubmitting(true);
    try {
      const { changePassword } = await request(ChangePasswordDocument, {
        input: { currentPassword: current, newPassword: values.password, newPasswordConfirmation: values.confirmation },
      });
      if (changePassword.userErrors.length > 0 || !changePassword.user) {
        // INVALID_CREDENTIALS is about the current password.
        problems.showUserErrors(changePassword.userErrors, (name) =>
          name === 'currentPassword' || name === 'newPassword' || name === 'newPasswordConfirmation'
            ? name
            : undefined,
        );
        if (changePassword.userErrors.some((e) => e.code === 'INVALID_CREDENTIALS')) setCurrent('');
        return;
      }
      problems.clear();
      setCurrent('');
      setValues({ password: '', confirmation: '' });
      onDone();
    } catch (err) {
      problems.showError(err);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      {problems.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submitting || undefined}>
        <TextField
          id={ids.currentPassword}
          name="current-password"
          type="password"
          autoComplete="current-password"
          label={currentLabel ?? t('password.current')}
          error={problems.fieldError('currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <PasswordFields
          ids={{ password: ids.newPassword, confirmation: ids.newPasswordConfirmation }}
          values={values}
          onChange={setValues}
          personal={personal}
          errors={{
            password: problems.fieldError('newPassword'),
            confirmation: problems.fieldError('newPasswordConfirmation'),
          }}
        />
        <button type="submit" className="button" aria-disabled={submitting || undefined}>
          {submitting ? t('app.saving') : submitLabel}
        </button>
      </form>
    </>
  );
}
