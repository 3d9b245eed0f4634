/**
 * The built dashboard, served as production serves it: the compressed file the browser accepts
 * (Brotli or gzip, written next to each file at build time), hashed assets cached for a year
 * (their name changes with their content), and `index.html` never cached, so a new release is
 * picked up on the next visit. Every path that is not a file or the API is a dashboard route and
 * gets `index.html`.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';

const YEAR = 365 * 24 * 60 * 60;

function cacheHeaders(path: string, c: Context) {
  c.header(
    'Cache-Control',
    /\/assets\/[^/]+-[\w-]{8,}(\.\w+)+$/.test(path) ? `public, max-age=${YEAR}, immutable` : 'no-cache',
  );
}

export function serveDashboard(app: Hono, root: string): void {
  app.use('/*', serveStatic({ root, precompressed: true, onFound: cacheHeaders }));
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true, onFound: cacheHeaders }));
}
