import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { signInPath } from '../lib/next';
import { enrolmentRequiredPath, paths } from '../routes';
import { isAdmin, useViewer, type Viewer } from '../viewer';
import { LoadError, Loading } from './Status';
import { ForbiddenPage } from './Forbidden';

/**
 * Renders its children for a signed-in person; anyone else goes to the
 * sign-in page and comes back here afterwards. A person with a temporary
 * password goes to the change-password screen first; a person who must
 * have a second factor and has none, to the Sign-in methods screen.
 */
export function RequireViewer({ children, admin }: { children: (viewer: Viewer) => ReactNode; admin?: boolean }) {
  const { viewer, error, loading, refresh } = useViewer();
  const [location] = useLocation();
  const search = useSearch();
  const here = location + (search ? `?${search}` : '');
  if (viewer === undefined) {
    if (loading || !error) return <Loading />;
    return <LoadError error={error} retry={refresh} />;
  }
  if (viewer === null) {
    if (loading) return <Loading />;
    return <Redirect to={signInPath(paths.signIn, here)} replace />;
  }
  if (viewer.mustChangePassword && !loading && location !== paths.changePassword) {
    return <Redirect to={`${paths.changePassword}?next=${encodeURIComponent(here)}`} replace />;
  }
  if (viewer.mustEnrollSecondFactor && !viewer.mustChangePassword && !loading && location !== paths.signInMethods) {
    return <Redirect to={enrolmentRequiredPath(here)} replace />;
  }
  if (admin && !isAdmin(viewer)) return <ForbiddenPage />;
  return <>{children(viewer)}</>;
}
