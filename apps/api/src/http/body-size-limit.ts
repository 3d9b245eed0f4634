/**
 * Refuses request bodies over MAX_BODY_BYTES with a 413 in the API's error shape, before anything
 * parses them, and leaves every request with a known length: after this middleware a request either
 * has no body at all or says how long it is in Content-Length.
 *
 * Why the second part: a request may come without Content-Length (chunked, or no body as HTTP/1.1
 * allows for a DELETE or a body-less POST), and @hono/node-server gives every request but GET and
 * HEAD a body stream, empty or not. Such a body is read here (it has to be, to know its size) and
 * the request rebuilt around the bytes, so `requireJsonBody` can tell "no body" from "a body".
 */
import { createMiddleware } from 'hono/factory';
import { apiError } from './validate.ts';

/** Generous for any form of this app (a figure, a user, a list of role assignments). */
export const MAX_BODY_BYTES = 64 * 1024;
/** A CSV or XLSX file of figures: 100,000 rows of a filled template take ~12 MiB as CSV. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** A report's text sent to be read for figures: some 300 pages of prose. */
export const MAX_EXTRACTION_BYTES = 2 * 1024 * 1024;

export const isImportPath = (path: string) => path.startsWith('/api/imports/');
const maxBodyOf = (path: string) =>
  isImportPath(path) ? MAX_IMPORT_BYTES : path === '/api/extractions' ? MAX_EXTRACTION_BYTES : MAX_BODY_BYTES;

function payloadTooLarge(max: number) {
  const size = max >= 1024 * 1024 ? `${max / 1024 / 1024} MiB` : `${max / 1024} KiB`;
  return apiError('payload_too_large', {
    vi: `Dữ liệu gửi lên quá lớn (tối đa ${size})`,
    en: `Request body too large (at most ${size})`,
  });
}

/** The whole body, or null as soon as it passes `max` bytes. */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * @example
 * new Hono().use(bodySizeLimit).use(requireJsonBody)
 */
export const bodySizeLimit = createMiddleware(async function bodySizeLimit(c, next) {
  const raw = c.req.raw;
  if (!raw.body) return next();
  const max = maxBodyOf(c.req.path);
  const declared = raw.headers.get('content-length');
  if (declared !== null && !raw.headers.has('transfer-encoding')) {
    return Number(declared) > max ? c.json(payloadTooLarge(max), 413) : next();
  }
  const bytes = await readAtMost(raw.body, max);
  if (!bytes) return c.json(payloadTooLarge(max), 413);
  const headers = new Headers(raw.headers);
  headers.delete('transfer-encoding');
  headers.set('content-length', String(bytes.byteLength));
  c.req.raw = new Request(raw.url, {
    method: raw.method,
    headers,
    signal: raw.signal,
    ...(bytes.byteLength > 0 ? { body: bytes } : {}),
  });
  return next();
});
