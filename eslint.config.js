// ESLint with typescript-eslint's type-aware rules over the API, the site's scripts and islands,
// the tests and the benchmarks: promises are awaited or voided on purpose, `any` does not leak
// into typed code, nothing is left unused. These rules catch mistakes; they do not format.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'site/dist-*/**',
      '**/node_modules/**',
      'site/src/gql/**',
      'site/.astro/**',
      'site/public/**',
      '.data/**',
      '.scratch/**',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A handler may be async where a void callback is expected (Preact's onClick, Express's routes).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Resolvers and services are async by contract even where one branch needs no await.
      '@typescript-eslint/require-await': 'off',
      // Input rules refuse control characters on purpose, by naming them in their patterns.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['site/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // An island writes its GraphQL as a plain string for graphql-codegen to read and sends the
      // typed document codegen made of it; the string's constant is read by codegen alone.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_|^(operations?|fragments)$|(Operation|Text|Fragment)$', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests and their helpers read the API's JSON answers as they come (untyped on purpose) and assert on them.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
