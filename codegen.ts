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
        // TypedDocumentNode objects: @urql/core takes them as they are, and the build-time
        // fetch helper prints them with urql's stringifyDocument.
        documentMode: 'documentNode',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
