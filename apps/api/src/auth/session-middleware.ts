/**
 * Turns the session cookie into `c.var.user` (or null) for every /api request. An unknown or
 * expired cookie is cleared, so the browser stops sending it. Answers that depend on who is asking
 * are marked no-store, so no shared cache keeps one user's page for another.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/app-env.ts';
import { clearSessionCookie, readSessionToken } from './session-cookie.ts';
import { findSession } from './sessions.repository.ts';

export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('user', null);
  c.set('sessionId', null);
  const token = readSessionToken(c);
  if (token) {
    const session = await findSession(c.var.db, token, c.var.now());
    if (session) {
      c.set('user', session.user);
      c.set('sessionId', session.id);
    } else {
      clearSessionCookie(c);
    }
  }
  await next();
  if (token || c.req.path.startsWith('/api/auth/')) {
    c.header('Cache-Control', 'private, no-store');
  }
});
