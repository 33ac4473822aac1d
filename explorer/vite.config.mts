import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The explorer page: static files under /explorer/ of the gateway (see gateway/explorer.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  // React's automatic JSX runtime, compiled by Vite's own transformer (no Babel plugin needed).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
