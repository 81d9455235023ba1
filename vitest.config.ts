import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the server's dependencies; make the tests and
    // our own code load the same copy, or instanceof checks across the two would fail.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Each test file works on its own copy of the run's database.
    setupFiles: ['tests/helpers/file-database.ts'],
    pool: 'forks',
    // Two cores: the browser and site-build tests are heavy, so run files two at a time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // A page waits for the API: a password's scrypt alone can take a second when two browser files
    // share the two cores, so a condition awaited with expect.poll has ten seconds to come true.
    expect: { poll: { timeout: 10_000 } },
    reporters: ['default'],
  },
});
