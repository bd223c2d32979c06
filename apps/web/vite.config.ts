import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contractsAlias } from './contractsSource.js';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { alias: [contractsAlias] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
