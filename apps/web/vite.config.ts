import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The CSP allows no inline script, so even the module preload polyfill must stay out of index.html.
    modulePreload: { polyfill: false },
    // The server reads it to preload a page's own chunk with index.html (apps/api/src/http/page-preloads.ts).
    manifest: true,
  },
});
