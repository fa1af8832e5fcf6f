// Every client-side route's path, in one place. The Go binary serves
// index.html for any path that is not a file, so all of these deep-link.
import { safeNext } from './lib/next';

export const paths = {
  home: '/',
  signIn: '/sign-in',
  secondFactor: '/sign-in/second-factor',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  forgotUsername: '/forgot-username',
  resetPassword: '/reset-password',
  changePassword: '/change-password',
  verifyEmail: '/verify-email',
  confirmEmail: '/confirm-email',
  reportSignIn: '/this-wasnt-me',
  acceptInvitation: '/accept-invitation',
  profile: '/profile',
  signInMethods: '/profile/sign-in-methods',
  organization: '/organizations/:id',
  adminUsers: '/admin/users',
  adminNewUser: '/admin/users/new',
  adminUser: '/admin/users/:id',
  adminSettings: '/admin/settings',
  adminAudit: '/admin/audit',
  adminOutbox: '/admin/outbox',
  adminWebhooks: '/admin/webhooks',
  adminOrganizations: '/admin/organizations',
  /** Served by the Go binary to admins: a plain link, not a client route. */
  playground: '/playground',
} as const;

export const organizationPath = (id: string) => `/organizations/${encodeURIComponent(id)}`;
export const adminUserPath = (id: string) => `/admin/users/${encodeURIComponent(id)}`;

/**
 * The Sign-in methods screen in its "required" mode (a policy requires a
 * second factor and the person has none), coming back to `next` (a
 * same-site path, never the screen itself) once one is added.
 */
export function enrolmentRequiredPath(next: string | undefined): string {
  const back = safeNext(next);
  const query = new URLSearchParams({ required: '1' });
  if (back && back !== paths.signInMethods && !back.startsWith(`${paths.signInMethods}?`)) query.set('next', back);
  return `${paths.signInMethods}?${query.toString()}`;
}
