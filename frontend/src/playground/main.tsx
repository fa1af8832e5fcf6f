// The GraphQL playground (GraphiQL), a second entry built to
// dist/playground.html; the Go binary serves it at /playground to signed-in
// admins. It talks to /graphql with the session cookie, and loads nothing
// from anywhere else.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './playground.css';
import { fetcher } from './fetcher';

const defaultQuery = `# Latchkey's GraphQL API. Press the run button (or Ctrl+Enter).
# The schema is in the Docs panel on the left.

query Me {
  me {
    id
    email
    username
    role
  }
}
`;

createRoot(document.getElementById('playground')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} shouldPersistHeaders={false} />
  </StrictMode>,
);
