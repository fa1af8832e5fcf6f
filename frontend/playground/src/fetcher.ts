import { createGraphiQLFetcher } from '@graphiql/toolkit';

// Same origin, with the session cookie: the page is only served to signed-in
// admins, and /graphql checks the same session. The toolkit sends
// Content-Type: application/json (and Accept) itself.
export const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});
