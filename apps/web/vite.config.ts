import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contractsAliases } from './contractsSource.js';
import { precompress } from './vite/compress.js';

export default defineConfig({
  base: '/',
  plugins: [react(), precompress()],
  resolve: { alias: contractsAliases },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
