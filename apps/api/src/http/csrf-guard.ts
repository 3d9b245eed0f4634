/**
 * Cross-site request forgery guard for every state-changing /api request (POST, PUT, PATCH, DELETE).
 * Three checks, any failure answers 403 `csrf`:
 * 1. the request carries `X-Requested-With: cds`. A page on another site cannot add a custom header
 *    without a CORS preflight, which this API never approves, and a plain HTML form cannot add one
 *    at all: this is the check that holds even for browsers that send neither header below;
 * 2. Sec-Fetch-Site, when the browser sends it, says same-origin;
 * 3. Origin, when present, names this host.
 * hono/csrf checks 2 and 3 only for form content types, and JSON is all this API accepts, so the
 * checks are done here, in the API's error shape.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { apiError } from './validate.ts';

export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_HEADER_VALUE = 'cds';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameHost(origin: string, requestUrl: string, hostHeader: string | undefined): boolean {
  try {
    const host = new URL(origin).host;
    // Compared by host, not scheme: behind a TLS-terminating proxy the request URL says http.
    return host === new URL(requestUrl).host || host === hostHeader;
  } catch {
    return false;
  }
}

function refusal(c: Context, reason: string) {
  return c.json(
    apiError('csrf', {
      vi: `Yêu cầu bị từ chối để chống giả mạo (${reason})`,
      en: `Request refused as possibly forged (${reason})`,
    }),
    403,
  );
}

export const csrfGuard = createMiddleware(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  if (c.req.header(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
    return refusal(c, `${CSRF_HEADER}: ${CSRF_HEADER_VALUE} missing`);
  }
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return refusal(c, `Sec-Fetch-Site: ${fetchSite}`);
  }
  const origin = c.req.header('origin');
  if (origin !== undefined && !sameHost(origin, c.req.url, c.req.header('host'))) {
    return refusal(c, `Origin: ${origin.slice(0, 100)}`);
  }
  await next();
});
