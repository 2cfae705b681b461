import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the service at /console (src/http/console.ts), from dist/console.
// Paths are from the repository root, where the npm scripts run. In dev mode
// (`npm run console:dev`) Vite serves it with hot reload and proxies the API, WebSockets
// included, to a running `npm start` (API_URL, default http://localhost:4000).
const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: 'src/console',
  base: '/console/',
  // Dev mode's dependency cache: beside the embedded database's files (git-ignored), not in node_modules.
  cacheDir: '../../.data/vite',
  plugins: [react()],
  build: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: api, ws: true, changeOrigin: true } },
  },
});
