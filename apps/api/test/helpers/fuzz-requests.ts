/**
 * Turns an endpoint of the write fuzz into generated bad requests, sends them, and counts the
 * answers. Kinds of bad request: a broken body, JSON text that does not parse, any body at all on
 * an id where the move is refused (for endpoints that ignore their body), a path id that is no id,
 * a body that is not JSON (415), forged CSRF headers (403), a body over 64 KiB, or the endpoint's own limit (413), and requests
 * that are well-formed but refused all the same. The header kinds carry a good request to the live
 * id: only the guard stands between them and a change.
 */

import fc from 'fast-check';
import { expectErrorShape } from './error-shape.ts';
import { badBody } from './fuzz-bodies.ts';
import type { Endpoint } from './fuzz-endpoints.ts';
import { anyJson, badId, forgedHeaders, invalidJsonText, notJsonType } from './fuzz-values.ts';
import type { App } from './seeded-app.ts';

export interface FuzzRequest {
  kind: 'body' | 'raw' | 'garbage' | 'path' | 'type' | 'forged' | 'big' | 'extra';
  path: string;
  /** Over the usual JSON and CSRF headers; null removes one. */
  headers: Record<string, string | null>;
  body?: string;
  /** The one status this request must get; otherwise any refusal will do. */
  status?: number;
}

/** What a refused write may answer; never 2xx, never 5xx. */
export const REFUSALS = new Set([400, 401, 403, 404, 409, 413, 415, 429]);

const MAX_BODY = 64 * 1024;

function request(
  kind: FuzzRequest['kind'],
  path: string,
  body?: string,
  headers: FuzzRequest['headers'] = {},
  status?: number,
): FuzzRequest {
  return { kind, path, headers, ...(body === undefined ? {} : { body }), ...(status ? { status } : {}) };
}

/** A good body made too large in its first free-text field (or in a field of its own). */
function oversized(e: Endpoint, size: number): string {
  const text = Object.entries(e.body?.fields ?? {}).find(([, f]) => f.text)?.[0] ?? 'padding';
  return JSON.stringify({ ...(e.body?.base ?? {}), [text]: 'x'.repeat(size) });
}

/** encodeURIComponent, with lone surrogates (which it refuses) sent as their UTF-16 code units. */
function encodeSegment(id: string): string {
  return [...id]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      const lone = ch.length === 1 && code >= 0xd800 && code <= 0xdfff;
      return lone ? `%${code.toString(16).toUpperCase()}` : encodeURIComponent(ch);
    })
    .join('');
}

export function fuzzRequests(e: Endpoint): fc.Arbitrary<FuzzRequest> {
  const live = e.path(String(e.live ?? ''));
  const dead = e.dead === undefined ? undefined : e.path(String(e.dead));
  const good = e.body ? JSON.stringify(e.body.base) : undefined;
  const kinds: { weight: number; arbitrary: fc.Arbitrary<FuzzRequest> }[] = [];
  const add = (weight: number, arbitrary: fc.Arbitrary<FuzzRequest>) => kinds.push({ weight, arbitrary });

  if (e.body) {
    add(
      6,
      badBody(e.body).map((b) => request('body', live, JSON.stringify(b))),
    );
    add(
      1,
      invalidJsonText.map((t) => request('raw', live, t)),
    );
  } else if (dead) {
    add(
      3,
      anyJson.map((b) => request('garbage', dead, JSON.stringify(b))),
    );
    add(
      1,
      invalidJsonText.map((t) => request('raw', dead, t)),
    );
  }
  if (e.live !== undefined) {
    add(
      2,
      badId(e.live).map((id) => request('path', e.path(encodeSegment(id)), good)),
    );
  }
  add(
    1,
    notJsonType.map((type) => request('type', live, good ?? '{}', { 'Content-Type': type || null }, 415)),
  );
  add(
    1,
    forgedHeaders.map((headers) => request('forged', live, good, headers, 403)),
  );
  add(
    1,
    fc
      .tuple(
        fc.integer({ min: e.maxBody ?? MAX_BODY, max: (e.maxBody ?? MAX_BODY) + 16 * 1024 }),
        fc.boolean(),
      )
      .map(([size, declared]) => {
        const body = oversized(e, size);
        const headers: Record<string, string> = declared
          ? { 'Content-Length': String(Buffer.byteLength(body)) }
          : {};
        return request('big', live, body, headers, 413);
      }),
  );
  if (e.extra) {
    const extra = e.extra.map(({ id, body }) =>
      request(
        'extra',
        id === undefined ? live : e.path(String(id)),
        body === undefined ? undefined : JSON.stringify(body),
      ),
    );
    add(1, extra);
  }
  return fc.oneof(...kinds);
}

export async function sendFuzz(
  app: App,
  method: string,
  r: FuzzRequest,
  cookie: string,
): Promise<{ status: number; text: string }> {
  const headers = new Headers({ 'Content-Type': 'application/json', 'X-Requested-With': 'cds' });
  if (cookie) headers.set('Cookie', cookie);
  for (const [name, value] of Object.entries(r.headers)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  // A string body would be given a text/plain type: bytes go without one.
  const body =
    r.body !== undefined && !headers.has('content-type') ? new TextEncoder().encode(r.body) : r.body;
  const response = await app.request(r.path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  expectErrorShape(response.status, text, `${method} ${r.path}`);
  return { status: response.status, text };
}

/** Answers per endpoint and status. */
export class FuzzStats {
  readonly byEndpoint = new Map<string, Map<number, number>>();

  record(endpoint: string, status: number): void {
    const counts = this.byEndpoint.get(endpoint) ?? new Map<number, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    this.byEndpoint.set(endpoint, counts);
  }

  total(filter: (status: number) => boolean = () => true): number {
    let n = 0;
    for (const counts of this.byEndpoint.values()) {
      for (const [status, count] of counts) if (filter(status)) n += count;
    }
    return n;
  }

  report(): string {
    const all = new Map<number, number>();
    const line = (name: string, counts: Map<number, number>) => {
      const sum = [...counts.values()].reduce((a, b) => a + b, 0);
      const parts = [...counts].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
      return `  ${name.padEnd(32)} ${String(sum).padStart(5)}  ${parts.join(' ')}`;
    };
    const lines = [...this.byEndpoint].map(([name, counts]) => {
      for (const [s, n] of counts) all.set(s, (all.get(s) ?? 0) + n);
      return line(name, counts);
    });
    const errors = this.total((s) => s >= 500);
    return [`write fuzz: ${this.total()} requests, ${errors} answered 5xx`, ...lines, line('all', all)].join(
      '\n',
    );
  }
}
