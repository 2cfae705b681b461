import { type ReactNode, useCallback, useEffect, useMemo, useRef } from 'react';
import { Provider as UrqlProvider, useMutation } from 'urql';
import { Layout } from '../components/Layout';
import { Page } from '../components/Page';
import { Empty, ErrorState } from '../components/States';
import { SignOutDocument } from '../gql/graphql';
import { common } from '../i18n/common';
import { LangProvider, useText } from '../i18n/i18n';
import { createApiClient } from './client';
import { routes, nav } from './routes';
import { Link, matchPath, RouterProvider, useRouter } from './router';
import { SessionProvider, useSession } from './session';

export function App() {
  return (
    <LangProvider>
      <SessionProvider>
        <RouterProvider>
          <ApiProvider>
            <Shell />
          </ApiProvider>
        </RouterProvider>
      </SessionProvider>
    </LangProvider>
  );
}

/**
 * A fresh API client whenever the token changes; the previous one's WebSocket is closed then. Not
 * in an effect's clean-up: React's StrictMode runs those on mount in dev mode, which would close
 * the socket of the client still in use.
 */
function ApiProvider({ children }: { children: ReactNode }) {
  const { session, signedOut } = useSession();
  const token = session?.token ?? null;
  const api = useMemo(() => createApiClient(token, signedOut), [token, signedOut]);
  const previous = useRef(api);
  useEffect(() => {
    if (previous.current !== api) previous.current.dispose();
    previous.current = api;
  }, [api]);
  return <UrqlProvider value={api.client}>{children}</UrqlProvider>;
}

function Shell() {
  const { signedOut } = useSession();
  const [, signOut] = useMutation(SignOutDocument);
  const { navigate } = useRouter();
  const onSignOut = useCallback(async () => {
    // Revoke the token on the server; the tab forgets it whatever the answer.
    await signOut({});
    signedOut();
    navigate('/');
  }, [signOut, signedOut, navigate]);
  return (
    <Layout nav={nav} onSignOut={onSignOut}>
      <Outlet />
    </Layout>
  );
}

/** The screen of the current path, or why it is not shown. */
function Outlet() {
  const t = useText(common);
  const { path } = useRouter();
  const { session } = useSession();
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (route.roles && !session) {
      return (
        <Page title={t.signIn}>
          <Empty
            action={
              <Link to={`/sign-in?next=${encodeURIComponent(path)}`} className="button button-primary">
                {t.signIn}
              </Link>
            }
          >
            {t.signInNeeded}
          </Empty>
        </Page>
      );
    }
    if (route.roles && session && !route.roles.includes(session.account.role)) {
      return (
        <Page title={t.errorTitle}>
          <ErrorState error={t.forbidden} />
        </Page>
      );
    }
    return <>{route.render(params)}</>;
  }
  return (
    <Page title={t.notFound}>
      <Empty action={<Link to="/">{t.backHome}</Link>} />
    </Page>
  );
}
