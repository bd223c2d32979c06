import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages resolve to their TypeScript source (the `source` export condition): tests never
  // depend on a stale or missing build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
