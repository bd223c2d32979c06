import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contractsAliases } from './contractsSource.js';
import { precompress } from './vite/compress.js';
import { routeTargetsAsData } from './vite/routeTargets.js';

const here = (file: string) => decodeURIComponent(new URL(file, import.meta.url).pathname);

/**
 * The participant space (/moi), its own entry beside the staff application (vite.config.ts), built
 * after it into the same dist: moi.html, which the server answers for /moi and below. Its own small
 * router stands in for react-router, Preact (preact/compat) for React, and the API client reads
 * plain data instead of the contracts.
 */
export default defineConfig({
  base: '/',
  plugins: [react(), routeTargetsAsData(), precompress()],
  resolve: {
    alias: [
      ...contractsAliases,
      { find: /^react-router$/, replacement: here('src/me/router.tsx') },
      // Preact's React compatibility layer: 10 KB instead of React DOM's 60 KB, for this entry only.
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx(-dev)?-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    rolldownOptions: { input: here('moi.html') },
  },
});
