/**
 * The API's answers are never cached: a figure approved a second ago must show on the next read.
 * (The session middleware already marks signed-in answers `private, no-store`.)
 */
import { createMiddleware } from 'hono/factory';

export const apiNoStore = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
});
