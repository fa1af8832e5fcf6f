import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Layout } from './components/Layout';
import { RequireViewer } from './components/RequireViewer';
import { Loading } from './components/Status';
import { onRequestError } from './graphql';
import HomePage from './pages/Home/HomePage';
import NotFoundPage from './pages/NotFound/NotFoundPage';
import SignInPage from './pages/SignIn/SignInPage';
import ForgotPasswordPage from './pages/ForgotPassword/ForgotPasswordPage';
import ForgotUsernamePage from './pages/ForgotUsername/ForgotUsernamePage';
import ResetPasswordPage from './pages/ResetPassword/ResetPasswordPage';
import ChangePasswordPage from './pages/ChangePassword/ChangePasswordPage';
import ProfilePage from './pages/Profile/ProfilePage';
import SecondFactorPage from './pages/SecondFactor/SecondFactorPage';
import SignInMethodsPage from './pages/SignInMethods/SignInMethodsPage';
import { RecentAuthenticationDialog } from './components/RecentAuthentication';
import { enrolmentRequiredPath, paths } from './routes';
import { useViewer, ViewerProvider } from './viewer';

// Screens few people need are loaded on demand: the admin screens (one
// chunk, never downloaded by people who are not admins), organisations,
// and the one-time pages behind emailed links.
const admin = () => import('./pages/Admin');
const AdminUsersPage = lazy(() => admin().then((m) => ({ default: m.AdminUsersPage })));
const AdminNewUserPage = lazy(() => admin().then((m) => ({ default: m.AdminNewUserPage })));
const AdminUserPage = lazy(() => admin().then((m) => ({ default: m.AdminUserPage })));
const AdminSettingsPage = lazy(() => admin().then((m) => ({ default: m.AdminSettingsPage })));
const AdminAuditPage = lazy(() => admin().then((m) => ({ default: m.AdminAuditPage })));
const AdminOutboxPage = lazy(() => admin().then((m) => ({ default: m.AdminOutboxPage })));
const AdminWebhooksPage = lazy(() => admin().then((m) => ({ default: m.AdminWebhooksPage })));
const AdminOrganizationsPage = lazy(() => admin().then((m) => ({ default: m.AdminOrganizationsPage })));
const OrganizationPage = lazy(() => import('./pages/Organization/OrganizationPage'));
const AcceptInvitationPage = lazy(() => import('./pages/AcceptInvitation/AcceptInvitationPage'));
const SignUpPage = lazy(() => import('./pages/SignUp/SignUpPage'));
const VerifyEmailPage = lazy(() => import('./pages/EmailLinks/VerifyEmailPage'));
const ConfirmEmailPage = lazy(() => import('./pages/EmailLinks/ConfirmEmailPage'));
const ReportSignInPage = lazy(() => import('./pages/EmailLinks/ReportSignInPage'));

/** A page for admins only: others are told so (and the chunk is not loaded). */
function adminOnly(Page: ComponentType) {
  return function AdminRoute() {
    return <RequireViewer admin>{() => <Page />}</RequireViewer>;
  };
}

const routes: [string, ComponentType][] = [
  [paths.adminNewUser, adminOnly(AdminNewUserPage)],
  [paths.adminUser, adminOnly(AdminUserPage)],
  [paths.adminUsers, adminOnly(AdminUsersPage)],
  [paths.adminSettings, adminOnly(AdminSettingsPage)],
  [paths.adminAudit, adminOnly(AdminAuditPage)],
  [paths.adminOutbox, adminOnly(AdminOutboxPage)],
  [paths.adminWebhooks, adminOnly(AdminWebhooksPage)],
  [paths.adminOrganizations, adminOnly(AdminOrganizationsPage)],
];

/**
 * Answers that concern the whole app, whichever request got them: a
 * PASSWORD_CHANGE_REQUIRED sends the person to change their password; a
 * SECOND_FACTOR_REQUIRED (a second factor is required for the account and
 * it has none) to the Sign-in methods screen to add one, as does a viewer
 * whose mustEnrollSecondFactor is true; an
 * UNAUTHENTICATED while we thought someone was signed in (the session
 * ended) asks again who is signed in, so that pages needing an account send
 * the person to sign in and back.
 */
function RequestErrorGate() {
  const [location, navigate] = useLocation();
  const { viewer, reload } = useViewer();
  const signedIn = Boolean(viewer);
  useEffect(
    () =>
      onRequestError((error) => {
        if (error.code === 'PASSWORD_CHANGE_REQUIRED' && location !== paths.changePassword) {
          navigate(`${paths.changePassword}?next=${encodeURIComponent(location)}`, { replace: true });
        } else if (error.code === 'SECOND_FACTOR_REQUIRED' && location !== paths.signInMethods) {
          navigate(enrolmentRequiredPath(location), { replace: true });
        } else if (error.code === 'UNAUTHENTICATED' && signedIn) {
          reload();
        }
      }),
    [location, navigate, signedIn, reload],
  );
  // A policy requires a second factor and the person has none: every page
  // (those that need no account too, such as home) sends them to add one
  // first, once a temporary password is changed. The server refuses the
  // rest meanwhile (SECOND_FACTOR_REQUIRED, above).
  const mustEnrol = Boolean(viewer?.mustEnrollSecondFactor && !viewer.mustChangePassword);
  useEffect(() => {
    const waiting = [paths.signInMethods, paths.signIn, paths.secondFactor, paths.changePassword] as string[];
    if (mustEnrol && !waiting.includes(location)) navigate(enrolmentRequiredPath(location), { replace: true });
  }, [mustEnrol, location, navigate]);
  return null;
}

// One <Route> per screen, each from its own src/pages/ folder. The last
// route catches every unknown path.
export function App() {
  return (
    <ViewerProvider>
      <RequestErrorGate />
      <RecentAuthenticationDialog />
      <Layout>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path={paths.home} component={HomePage} />
            <Route path={paths.signIn} component={SignInPage} />
            <Route path={paths.forgotPassword} component={ForgotPasswordPage} />
            <Route path={paths.forgotUsername} component={ForgotUsernamePage} />
            <Route path={paths.resetPassword} component={ResetPasswordPage} />
            <Route path={paths.changePassword} component={ChangePasswordPage} />
            <Route path={paths.secondFactor} component={SecondFactorPage} />
            <Route path={paths.profile} component={ProfilePage} />
            <Route path={paths.signInMethods} component={SignInMethodsPage} />
            <Route path={paths.signUp} component={SignUpPage} />
            <Route path={paths.acceptInvitation} component={AcceptInvitationPage} />
            <Route path={paths.organization} component={OrganizationPage} />
            <Route path={paths.verifyEmail} component={VerifyEmailPage} />
            <Route path={paths.confirmEmail} component={ConfirmEmailPage} />
            <Route path={paths.reportSignIn} component={ReportSignInPage} />
            {routes.map(([path, component]) => (
              <Route key={path} path={path} component={component} />
            ))}
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </Layout>
    </ViewerProvider>
  );
}
