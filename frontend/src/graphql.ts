// A tiny GraphQL client: POST /graphql with the session cookie, typed by the
// documents that GraphQL Code Generator makes in src/gql/ (as plain strings,
// so no GraphQL parser ships in the bundle).
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from './gql/graphql';

export const endpoint = '/graphql';

/** One entry of a GraphQL response's top-level `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * A request that produced no usable data. `code` is the first error's
 * extensions.code (UNAUTHENTICATED, FORBIDDEN, PASSWORD_CHANGE_REQUIRED,
 * RATE_LIMITED, INTERNAL…), or NETWORK when the server could not be reached.
 */
export class RequestError extends Error {
  readonly code: string;
  readonly errors: readonly GraphQLErrorEntry[];

  constructor(code: string, message: string, errors: readonly GraphQLErrorEntry[] = []) {
    super(message);
    this.name = 'RequestError';
    this.code = code;
    this.errors = errors;
  }
}

function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL';
}

type Listener = (error: RequestError) => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` with every failed request's error (the app uses it to
 * send a person with a temporary password to the change-password screen on
 * PASSWORD_CHANGE_REQUIRED). Returns the function that stops it.
 */
export function onRequestError(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function fail(error: RequestError): never {
  for (const listener of listeners) listener(error);
  throw error;
}

type VariablesArg<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

/** Runs one operation; resolves with its data or rejects with a RequestError. */
export function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  return execute<TResult>(document.toString(), variables);
}

async function execute<TResult>(query: string, variables: unknown, signal?: AbortSignal): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    fail(new RequestError('NETWORK', err instanceof Error ? err.message : String(err)));
  }

  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }

  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    const first = errors[0];
    fail(new RequestError(first.extensions?.code ?? codeForStatus(response.status), first.message, errors));
  }
  if (!response.ok || body?.data == null) {
    fail(new RequestError(codeForStatus(response.status), `HTTP ${response.status}`));
  }
  return body.data;
}

export interface QueryState<TResult> {
  data?: TResult;
  error?: RequestError;
  loading: boolean;
  /** Asks again, showing the data it has meanwhile. */
  refetch: () => void;
  /** Forgets the data and asks again. */
  reload: () => void;
}

/** Runs a query when the component mounts (and again on refetch). */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): QueryState<TResult> {
  const [state, setState] = useState<Omit<QueryState<TResult>, 'refetch' | 'reload'>>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables ?? {});

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    execute<TResult>(document.toString(), JSON.parse(key), controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          loading: false,
          error: error instanceof RequestError ? error : new RequestError('INTERNAL', String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [document, key, generation]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  const reload = useCallback(() => {
    setState({ loading: true });
    setGeneration((g) => g + 1);
  }, []);
  return { ...state, refetch, reload };
}
