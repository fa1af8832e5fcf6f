// Who is signed in, for the whole app: the header's menu, the Admin entry,
// and the pages that need an account.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery, type RequestError } from './graphql';
import type { ViewerQuery } from './gql/graphql';
import { ViewerDocument } from './viewer.graphql';

export type Viewer = NonNullable<ViewerQuery['me']>;

export interface ViewerState {
  /** The signed-in person; null when nobody is; undefined while unknown. */
  viewer: Viewer | null | undefined;
  error?: RequestError;
  loading: boolean;
  /** Asks the server again, keeping the viewer meanwhile (after a change of name). */
  refresh: () => void;
  /** Forgets the viewer and asks again (after signing in or out). */
  reload: () => void;
}

const ViewerContext = createContext<ViewerState>({
  viewer: undefined,
  loading: true,
  refresh: () => {},
  reload: () => {},
});

export function ViewerProvider({ children }: { children: ReactNode }) {
  const { data, error, loading, refetch, reload } = useQuery(ViewerDocument);
  const value = useMemo<ViewerState>(() => {
    let viewer: Viewer | null | undefined;
    if (data) viewer = data.me ?? null;
    else if (error?.code === 'UNAUTHENTICATED') viewer = null;
    return { viewer, error: viewer === undefined ? error : undefined, loading, refresh: refetch, reload };
  }, [data, error, loading, refetch, reload]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

export const isAdmin = (viewer: Viewer | null | undefined) => viewer?.role === 'ADMIN';
