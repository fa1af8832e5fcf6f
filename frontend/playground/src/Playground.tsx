import { GraphiQL } from 'graphiql';
import { fetcher } from './fetcher';

const defaultQuery = `# Latchkey's GraphQL API. The docs (book icon, left) list every type;
# Ctrl+Enter runs the query, Ctrl+Space completes, Shift+Ctrl+P prettifies.
# Requests go to /graphql with your session, as you.

query Me {
  me {
    id
    username
    email
    role
  }
}
`;

export function Playground() {
  return (
    <div className="lk-playground">
      <header className="lk-bar">
        <a className="lk-back" href="/">
          ← Latchkey
        </a>
        <span className="lk-title">GraphQL playground</span>
      </header>
      <main className="lk-graphiql">
        <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} isHeadersEditorEnabled={false}>
          <GraphiQL.Logo>Latchkey</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}
