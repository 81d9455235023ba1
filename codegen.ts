// graphql-codegen: typed documents for the site (build-time loaders and islands) from the
// committed schema. Pure config, no side effects: the drift test runs `generate(config, false)`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['site/src/**/*.{ts,tsx,astro}', '!site/src/gql/**'],
  generates: {
    'site/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        // Each document is its query text (a TypedDocumentString), smaller in a bundle than an AST;
        // the islands' @urql/core client takes the text.
        documentMode: 'string',
        // Marks each `new TypedDocumentString(...)` pure, so a bundle keeps only the ones it uses.
        pureMagicComment: true,
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
