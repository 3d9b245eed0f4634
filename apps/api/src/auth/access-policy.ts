/**
 * Deny by default. `accessPolicy` runs before every /api route and lets through only:
 * - the public endpoints (health, the OpenAPI document, meta, login, logout, who-am-I);
 * - reads of published figures (the READ_PREFIXES below) when PUBLIC_READ is on;
 * - anything else only for a signed-in user, and the route then checks the user's roles
 *   (permissions.ts). A new route is therefore closed to anonymous callers until listed here.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/app-env.ts';
import { type ApiError, apiError } from '../http/validate.ts';
import { isAdmin } from './permissions.ts';

/** Open to everyone, whatever PUBLIC_READ says. */
const PUBLIC_ENDPOINTS = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/meta',
  'GET /api/auth/me',
  'POST /api/auth/login',
  // Logging out needs no session: a stale cookie must still be clearable.
  'POST /api/auth/logout',
]);

/** Reads of published figures and reference data, open to anonymous callers when PUBLIC_READ is on. */
const READ_PREFIXES = [
  '/api/indicators',
  '/api/units',
  '/api/sources',
  '/api/observations',
  '/api/series',
  '/api/targets',
  '/api/summary',
  '/api/rankings',
  '/api/compare',
  '/api/briefing',
  '/api/rank-history',
];

export function isPublicRead(path: string): boolean {
  return READ_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function unauthenticated(): ApiError {
  return apiError('unauthenticated', { vi: 'Cần đăng nhập', en: 'Sign-in required' });
}

export function forbidden(vi: string, en: string): ApiError {
  return apiError('forbidden', { vi, en });
}

export function accessPolicy(options: { publicRead: boolean }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const path = c.req.path;
    const allowed =
      PUBLIC_ENDPOINTS.has(`${method} ${path}`) ||
      c.var.user !== null ||
      (options.publicRead && method === 'GET' && isPublicRead(path));
    if (!allowed) return c.json(unauthenticated(), 401);
    await next();
  });
}

/** For routes only administrators may use; `what` names the thing refused, in both languages. */
export function requireAdmin(what: { vi: string; en: string }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!c.var.user) return c.json(unauthenticated(), 401);
    if (!isAdmin(c.var.user)) {
      return c.json(
        forbidden(`Chỉ quản trị viên được ${what.vi}`, `Only administrators may ${what.en}`),
        403,
      );
    }
    await next();
  });
}
