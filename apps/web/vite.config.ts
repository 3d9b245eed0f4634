import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': apiTarget } },
  build: {
    // Which chunks each route loads: read by scripts/route-sizes.mjs.
    manifest: true,
    // No manual chunks: a manual "charts" chunk also took in React (a dependency of Recharts) and
    // so loaded on every page. The chart and the map are imported lazily and split on their own.
  },
  test: { environment: 'node' },
});
