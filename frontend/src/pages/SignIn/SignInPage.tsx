import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { RequestError, request } from '../../graphql';
import { errorMessage } from '../../i18n/errors';
import { paths } from '../../routes';
import { SignInDocument } from './signIn.graphql';
import {
  fieldFromPath,
  signInFields,
  validateSignIn,
  type SignInClientError,
  type SignInField,
  type SignInValues,
} from './validate';

/** A problem kept as a code or a catalogue key, so that it follows the language. */
type Problem = { key: SignInClientError } | { code: string; message?: string };

const fieldIds: Record<SignInField, string> = { login: 'sign-in-login', password: 'sign-in-password' };

export default function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const [, navigate] = useLocation();

  const [values, setValues] = useState<SignInValues>({ login: '', password: '' });
  const [fieldProblems, setFieldProblems] = useState<Partial<Record<SignInField, Problem>>>({});
  const [formProblems, setFormProblems] = useState<Problem[]>([]);
  // Counts the times problems were shown: each time, the summary takes the focus.
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const describe = (problem: Problem): string => ('key' in problem ? t(problem.key) : errorMessage(t, problem));

  function show(fields: Partial<Record<SignInField, Problem>>, form: Problem[]) {
    setFieldProblems(fields);
    setFormProblems(form);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;

    const invalid = validateSignIn(values);
    if (Object.keys(invalid).length > 0) {
      const fields: Partial<Record<SignInField, Problem>> = {};
      for (const f of signInFields) {
        const key = invalid[f];
        if (key) fields[f] = { key };
      }
      show(fields, []);
      return;
    }

    setSubmitting(true);
    try {
      const { signIn } = await request(SignInDocument, {
        input: { login: values.login.trim(), password: values.password },
      });
      if (signIn.user && signIn.userErrors.length === 0) {
        // A temporary password (signIn.mustChangePassword) is dealt with by
        // the change-password screen of a later issue; until then, home.
        navigate(paths.home, { replace: true });
        return;
      }
      const fields: Partial<Record<SignInField, Problem>> = {};
      const form: Problem[] = [];
      for (const e of signIn.userErrors) {
        const f = fieldFromPath(e.field);
        if (f && !fields[f]) fields[f] = { code: e.code, message: e.message };
        else form.push({ code: e.code, message: e.message });
      }
      if (signIn.userErrors.length === 0) form.push({ code: 'UNKNOWN' });
      setValues((v) => ({ ...v, password: '' }));
      show(fields, form);
    } catch (err) {
      if (err instanceof RequestError) show({}, [{ code: err.code, message: err.message }]);
      else show({}, [{ code: 'UNKNOWN' }]);
    } finally {
      setSubmitting(false);
    }
  }

  // The summary lists form-wide problems first, then each field's, in form order.
  const summaryErrors: SummaryError[] = [
    ...formProblems.map((p) => ({ message: describe(p) })),
    ...signInFields
      .filter((f) => fieldProblems[f])
      .map((f) => ({ message: describe(fieldProblems[f]!), fieldId: fieldIds[f] })),
  ];

  const fieldError = (f: SignInField) => {
    const p = fieldProblems[f];
    return p ? describe(p) : undefined;
  };

  return (
    <div className="narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <ErrorSummary errors={summaryErrors} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} aria-busy={submitting || undefined}>
        <TextField
          id={fieldIds.login}
          name="login"
          label={t('signIn.login')}
          error={fieldError('login')}
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={values.login}
          onChange={(e) => setValues((v) => ({ ...v, login: e.target.value }))}
        />
        <TextField
          id={fieldIds.password}
          name="password"
          label={t('signIn.password')}
          error={fieldError('password')}
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
        />
        <button type="submit" className="button" aria-disabled={submitting || undefined}>
          {submitting ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="aside">
        <Link href={paths.forgotPassword}>{t('signIn.cantSignIn')}</Link>
      </p>
    </div>
  );
}
