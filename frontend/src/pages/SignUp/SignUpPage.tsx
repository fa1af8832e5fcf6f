import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { DoneThenSignIn } from '../../components/DoneThenSignIn';
import { PageHeading } from '../../components/PageHeading';
import { NewAccountFields, checkNewAccount, emptyNewAccount, type NewAccountValues } from '../../components/NewAccountFields';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { Problem } from '../../components/useProblems';
import { useSubmit } from '../../components/useSubmit';
import { request } from '../../graphql';
import { looksLikeEmail } from '../../lib/email';
import { paths } from '../../routes';
import { SignUpDocument } from './signUp.graphql';

const ids = {
  email: 'sign-up-email',
  username: 'sign-up-username',
  name: 'sign-up-name',
  password: 'sign-up-password',
  passwordConfirmation: 'sign-up-confirmation',
};

/**
 * Creating one's own account. There is no public way to ask whether
 * registration is open: the page is always there and says so when the
 * server answers REGISTRATION_CLOSED.
 */
export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('signUp.title'));
  const [email, setEmail] = useState('');
  const [account, setAccount] = useState<NewAccountValues>(emptyNewAccount);
  const [closed, setClosed] = useState(false);
  const [done, setDone] = useState<string>();
  const submit = useSubmit(ids);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const signedUp = await submit.run(
      async () =>
        (
          await request(SignUpDocument, {
            input: {
              email: email.trim(),
              username: account.username.trim(),
              name: account.name.trim() || undefined,
              password: account.password.password,
              passwordConfirmation: account.password.confirmation,
              locale: i18n.resolvedLanguage,
            },
          })
        ).signUp,
      {
        check: () => {
          const fields: Partial<Record<keyof typeof ids, Problem>> = {};
          if (!email.trim()) fields.email = { key: 'admin.user.emailRequired' };
          else if (!looksLikeEmail(email)) fields.email = { key: 'form.emailInvalid' };
          const { confirmation, ...rest } = checkNewAccount(account);
          return { ...fields, ...rest, ...(confirmation ? { passwordConfirmation: confirmation } : {}) };
        },
        handle: (errors) => {
          if (!errors.some((e) => e.code === 'REGISTRATION_CLOSED')) return false;
          submit.clear();
          setClosed(true);
          return true;
        },
      },
    );
    // The answer shows no account, so that a taken address answers as a
    // new one: its owner is emailed instead.
    if (signedUp) setDone(email.trim());
  }

  if (done) {
    return (
      <DoneThenSignIn title={t('signUp.doneTitle')}>
        <p>{t('signUp.doneBody', { email: done })}</p>
        <p>{t('forgotPassword.checkSpam')}</p>
      </DoneThenSignIn>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t('signUp.title')}</PageHeading>
      {closed ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>{t('errors.REGISTRATION_CLOSED')}</strong>
          </p>
          <p>{t('signUp.closedBody')}</p>
          <p>
            <Link href={paths.signIn}>{t('forgotPassword.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          {submit.summary}
          <form noValidate onSubmit={onSubmit} aria-busy={submit.busy || undefined}>
            <TextField
              id={ids.email}
              label={t('home.email')}
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              error={submit.fieldError('email')}
              onChange={(e) => setEmail(e.target.value)}
            />
            <NewAccountFields
              ids={{ username: ids.username, name: ids.name, password: ids.password, confirmation: ids.passwordConfirmation }}
              values={account}
              onChange={setAccount}
              email={email}
              errors={{
                username: submit.fieldError('username'),
                name: submit.fieldError('name'),
                password: submit.fieldError('password'),
                confirmation: submit.fieldError('passwordConfirmation'),
              }}
            />
            <button type="submit" className="button" aria-disabled={submit.busy || undefined}>
              {submit.busy ? t('app.working') : t('signUp.submit')}
            </button>
          </form>
          <p className="aside">
            <Link href={paths.signIn}>{t('signUp.haveAccount')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
