import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'open-badges', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
