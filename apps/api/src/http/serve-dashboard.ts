/**
 * The built dashboard, served as production serves it: the compressed file the browser accepts
 * (Brotli or gzip, written next to each file at build time), hashed assets cached for a year
 * (their name changes with their content), and `index.html` never cached, so a new release is
 * picked up on the next visit. Every other path that names no file (no extension, not under
 * `/assets/`) is a dashboard route and gets `index.html`; a missing file is a 404, never the page,
 * which a browser would otherwise try to run as the script or style it asked for.
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

/** `/assets/x`, `/favicon.svg`: a file, not a dashboard route (routes have no extension). */
export function namesFile(path: string): boolean {
  return path.startsWith('/assets/') || /\.[\w-]+$/.test(path.slice(path.lastIndexOf('/')));
}

export function serveDashboard(app: Hono, root: string): void {
  app.use('/*', serveStatic({ root, precompressed: true, onFound: cacheHeaders }));
  app.get('*', async (c, next) => {
    if (namesFile(c.req.path)) return c.text('Not found', 404);
    await next();
  });
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true, onFound: cacheHeaders }));
}
