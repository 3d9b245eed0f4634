/**
 * A state-changing request either has no body or a JSON one. Without this, a body sent as a form or
 * as text would reach the JSON validator as `{}`, and a schema whose fields are all optional would
 * accept it as an empty change. A request with no body (a DELETE, a POST …/submit) needs no
 * Content-Type and goes on to its route.
 *
 * Runs after `bodySizeLimit`, which gives every request that has a body its Content-Length: a body
 * stream alone says nothing (@hono/node-server gives one, empty, to a DELETE sent without a body).
 */
import { createMiddleware } from 'hono/factory';
import { isImportPath } from './body-size-limit.ts';
import { apiError } from './validate.ts';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** By Content-Length when given (without Transfer-Encoding, which overrides it); else by the stream. */
function hasBody(headers: Headers, body: ReadableStream | null): boolean {
  const length = headers.get('content-length');
  if (length !== null && !headers.has('transfer-encoding')) return Number(length) > 0;
  return body !== null;
}

export const requireJsonBody = createMiddleware(async function requireJsonBody(c, next) {
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
  if (!hasBody(c.req.raw.headers, c.req.raw.body)) return next();
  // Imports take the file itself as the body; their route checks its type.
  if (isImportPath(c.req.path)) return next();
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!JSON_TYPE.test(mediaType)) {
    return c.json(
      apiError('unsupported_media_type', {
        vi: 'Dữ liệu gửi lên phải là JSON (Content-Type: application/json)',
        en: 'The request body must be JSON (Content-Type: application/json)',
      }),
      415,
    );
  }
  await next();
});
