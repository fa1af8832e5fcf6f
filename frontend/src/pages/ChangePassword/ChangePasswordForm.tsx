import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordFields, validateNewPassword, type NewPasswordValues } from '../../components/PasswordFields';
import { TextField } from '../../components/TextField';
import type { Problem } from '../../components/useProblems';
import { confirmed } from '../../components/RecentAuthentication';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import type { Personal } from '../../lib/password';
import { ChangePasswordDocument } from './changePassword.graphql';

/** What a password change ended: other sessions, and access tokens unless kept. */
export type PasswordChangeResult = { revokedSessions: number; revokedTokens: number; tokensKept: boolean };

/**
 * Current password, new password, new password again, then Save. Used on
 * the profile ("Change password") and after a temporary password. With
 * offerKeepTokens (the profile) a checkbox lets the person keep their
 * access tokens; by default the change revokes them all.
 */
export function ChangePasswordForm({
  idPrefix,
  personal,
  currentLabel,
  submitLabel,
  offerKeepTokens,
  onDone,
}: {
  idPrefix: string;
  personal?: Personal;
  currentLabel?: string;
  submitLabel: string;
  offerKeepTokens?: boolean;
  onDone: (result: PasswordChangeResult) => void;
}) {
  const { t } = useTranslation();
  const ids = {
    currentPassword: `${idPrefix}-current`,
    newPassword: `${idPrefix}-new`,
    newPasswordConfirmation: `${idPrefix}-confirm`,
  };
  const [current, setCurrent] = useState('');
  const [values, setValues] = useState<NewPasswordValues>({ password: '', confirmation: '' });
  const [keepTokens, setKeepTokens] = useState(false);
  const submit = useSubmit(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const keepAccessTokens = Boolean(offerKeepTokens && keepTokens);
    // A sensitive action: the server may first want a recent authentication.
    const changed = await submit.run(
      () =>
        confirmed(
          async () =>
            (
              await request(ChangePasswordDocument, {
                input: {
                  currentPassword: current,
                  newPassword: values.password,
                  newPasswordConfirmation: values.confirmation,
                  keepAccessTokens,
                },
              })
            ).changePassword,
        ),
      {
        check: () => {
          const invalid = validateNewPassword(values);
          const fields: Partial<Record<keyof typeof ids, Problem>> = {};
          if (current === '') fields.currentPassword = { key: 'password.currentRequired' };
          if (invalid.password) fields.newPassword = { key: invalid.password };
          if (invalid.confirmation) fields.newPasswordConfirmation = { key: invalid.confirmation };
          return fields;
        },
        succeeded: (p) => Boolean(p.user),
        // INVALID_CREDENTIALS is about the current password.
        fieldFor: (name) =>
          name === 'currentPassword' || name === 'newPassword' || name === 'newPasswordConfirmation' ? name : undefined,
        handle: (errors) => {
          if (errors.some((e) => e.code === 'INVALID_CREDENTIALS')) setCurrent('');
        },
      },
    );
    if (!changed) return;
    setCurrent('');
    setValues({ password: '', confirmation: '' });
    onDone({ revokedSessions: changed.revokedSessions, revokedTokens: changed.revokedTokens, tokensKept: keepAccessTokens });
  }

  return (
    <>
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <TextField
          id={ids.currentPassword}
          name="current-password"
          type="password"
          autoComplete="current-password"
          label={currentLabel ?? t('password.current')}
          error={submit.fieldError('currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <PasswordFields
          ids={{ password: ids.newPassword, confirmation: ids.newPasswordConfirmation }}
          values={values}
          onChange={setValues}
          personal={personal}
          errors={{
            password: submit.fieldError('newPassword'),
            confirmation: submit.fieldError('newPasswordConfirmation'),
          }}
        />
        {offerKeepTokens && (
          <>
            <div className="checkbox">
              <input
                type="checkbox"
                id={`${idPrefix}-keep-tokens`}
                checked={keepTokens}
                aria-describedby={`${idPrefix}-keep-tokens-hint`}
                onChange={(e) => setKeepTokens(e.target.checked)}
              />
              <label htmlFor={`${idPrefix}-keep-tokens`}>{t('changePassword.keepTokens')}</label>
            </div>
            <p id={`${idPrefix}-keep-tokens-hint`} className="field-hint">
              {t('changePassword.keepTokensHint')}
            </p>
          </>
        )}
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.saving') : submitLabel}
        </button>
      </form>
    </>
  );
}
