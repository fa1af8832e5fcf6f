import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { DoneThenSignIn } from '../../components/DoneThenSignIn';
import { PageHeading } from '../../components/PageHeading';
import { PasswordFields, validateNewPassword, type NewPasswordValues } from '../../components/PasswordFields';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { errorMessage } from '../../i18n/errors';
import { useEmailedToken } from '../../lib/token';
import { paths } from '../../routes';
import { ResetPasswordDocument } from './resetPassword.graphql';

const ids = { newPassword: 'reset-new-password', newPasswordConfirmation: 'reset-new-password-confirmation' };

/** A link that no longer works: say so and offer a new one. */
export function BadLink({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{errorMessage(t, { code })}</strong>
      </p>
      <p>{code === 'TOKEN_EXPIRED' ? t('resetPassword.expiredBody') : t('resetPassword.invalidBody')}</p>
      <p>
        <Link href={paths.forgotPassword} className="button">
          {t('resetPassword.newLink')}
        </Link>
      </p>
    </div>
  );
}

/**
 * Sets a new password from an emailed link (/reset-password?token=… or
 * #token=…): a reset, a lockout's "create my password", or the first
 * password of an account an admin made. It does not sign in.
 */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  const token = useEmailedToken();
  const [values, setValues] = useState<NewPasswordValues>({ password: '', confirmation: '' });
  const [outcome, setOutcome] = useState<'done' | { code: string }>();
  const submit = useSubmit(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    const reset = await submit.run(
      async () =>
        (
          await request(ResetPasswordDocument, {
            input: { token, newPassword: values.password, newPasswordConfirmation: values.confirmation },
          })
        ).resetPassword,
      {
        check: () => {
          const invalid = validateNewPassword(values);
          return {
            ...(invalid.password ? { newPassword: { key: invalid.password } } : {}),
            ...(invalid.confirmation ? { newPasswordConfirmation: { key: invalid.confirmation } } : {}),
          };
        },
        succeeded: (p) => Boolean(p.user),
        handle: (errors) => {
          const tokenProblem = errors.find((e) => e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID');
          if (tokenProblem) setOutcome({ code: tokenProblem.code });
          return Boolean(tokenProblem);
        },
      },
    );
    if (reset) setOutcome('done');
  }

  if (outcome === 'done') {
    return (
      <DoneThenSignIn title={t('resetPassword.doneTitle')}>
        <p>{t('resetPassword.doneBody')}</p>
      </DoneThenSignIn>
    );
  }

  if (!token || outcome) {
    return (
      <div className="narrow">
        <PageHeading>{t('resetPassword.title')}</PageHeading>
        <BadLink code={outcome?.code ?? 'TOKEN_INVALID'} />
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t('resetPassword.title')}</PageHeading>
      <p>{t('resetPassword.intro')}</p>
      {submit.summary}
      <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
        <PasswordFields
          ids={{ password: ids.newPassword, confirmation: ids.newPasswordConfirmation }}
          values={values}
          onChange={setValues}
          errors={{
            password: submit.fieldError('newPassword'),
            confirmation: submit.fieldError('newPasswordConfirmation'),
          }}
        />
        <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.saving') : t('resetPassword.submit')}
        </button>
      </form>
    </div>
  );
}
