import { defineConfig } from 'vitest/config';

/**
 * Three test tiers, one runner:
 * - unit: pure domain rules and web helpers, no database;
 * - integration: repositories, use cases and the HTTP API in-process against a real database
 *   (PGlite by default; PostgreSQL when DATABASE_URL is set, see scripts/with-postgres.ts);
 * - e2e: the built web app in Debian's Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: `test-results/${process.env.TEST_TIER ?? 'vitest'}.json` }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/domain/src/**/*.test.ts', 'packages/web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/server/src/**/*.test.ts', 'packages/cli/src/**/*.test.ts'],
          globalSetup: ['packages/server/src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/web/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
