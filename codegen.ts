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
    // zod schemas of the content loaders' queries: what each collection checks its data against.
    'site/src/gql/zod.ts': {
      plugins: ['./site/scripts/zod-from-documents.mjs'],
      config: {
        operationsIn: 'site/src/data/build-queries.ts',
        rulesModule: '../lib/api-data-rules',
        scalars: { DateTime: 'isoDateTime', Int: 'count' },
        fields: {
          'PlatformStats.totalServiceMinutes': 'int',
          'Project.id': 'pathSafeId',
          'RoleModel.id': 'pathSafeId',
          'Showcase.id': 'pathSafeId',
          'ServiceRequest.id': 'pathSafeId',
          'NewsArticle.slug': 'pathSafeSlug',
          'NewsArticle.tags': 'tag',
          'NewsArticle.coverImageUrl': 'imageUrl',
          'Showcase.coverImageUrl': 'imageUrl',
          'RoleModel.photoUrl': 'imageUrl',
          'Image.url': 'imageUrl',
          'Image.avifSrcset': 'srcset',
          'Image.webpSrcset': 'srcset',
          'RatingSummary.average': 'ratingAverage',
          'ServiceRequest.score': 'score',
          'ShiftDraw.seedCommitment': 'sha256Hex',
          'ShiftDraw.seed': 'sha256Hex',
        },
      },
    },
  },
};

export default config;
