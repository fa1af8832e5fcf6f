import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import HomePage from './pages/Home/HomePage';
import NotFoundPage from './pages/NotFound/NotFoundPage';
import SignInPage from './pages/SignIn/SignInPage';
import { paths } from './routes';

// One <Route> per screen; later screens (/forgot-password, /reset-password,
// /profile, /admin/…) are added here, each from its own src/pages/ folder.
// The last route catches every unknown path.
export function App() {
  return (
    <Layout>
      <Switch>
        <Route path={paths.home} component={HomePage} />
        <Route path={paths.signIn} component={SignInPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}
