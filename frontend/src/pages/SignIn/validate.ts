// The sign-in form's own checks, before anything is sent.

export type SignInField = 'login' | 'password';
export const signInFields: readonly SignInField[] = ['login', 'password'];

export interface SignInValues {
  login: string;
  password: string;
}

export type SignInClientError = 'signIn.loginRequired' | 'signIn.passwordRequired';

/** Catalogue keys of the problems found, by field; empty when the form may be sent. */
export function validateSignIn(values: SignInValues): Partial<Record<SignInField, SignInClientError>> {
  const errors: Partial<Record<SignInField, SignInClientError>> = {};
  if (values.login.trim() === '') errors.login = 'signIn.loginRequired';
  // A password is taken as typed: spaces may be part of it.
  if (values.password === '') errors.password = 'signIn.passwordRequired';
  return errors;
}

/** The form field named by a UserError's field path, such as ["input", "login"]. */
export function fieldFromPath(path: readonly string[] | null | undefined): SignInField | undefined {
  const last = path?.[path.length - 1];
  return last === 'login' || last === 'password' ? last : undefined;
}
