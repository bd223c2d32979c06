import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'open-badges',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The first JSON-LD canonicalization of a process builds its context caches: seconds on a loaded machine.
    testTimeout: 20_000,
  },
});
