import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { contractsAliases } from './contractsSource.js';

export default defineProject({
  plugins: [react()],
  resolve: { alias: contractsAliases },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
