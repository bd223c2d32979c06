import { defineConfig } from 'vitest/config';

// One runner for every workspace; the `source` condition makes packages resolve to their TypeScript.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
