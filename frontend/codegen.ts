import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL documents from the server's schema. Output in src/gql/ is
// generated (committed, never edited by hand): run `npm run codegen`.
const config: CodegenConfig = {
  schema: '../graph/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        // Documents as plain strings: no GraphQL parser in the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Time: 'string', Cursor: 'string', JSONObject: 'Record<string, unknown>', JSON: 'unknown' },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
