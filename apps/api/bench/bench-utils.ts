/**
 * Shared helpers of the engine, write and load benches (bench-all.ts): percentiles, the
 * Markdown-style table printer, an in-process HTTP server on an ephemeral port, and signing in
 * over HTTP as the browser does (session cookie + `X-Requested-With: cds` on writes).
 * It measures nothing itself.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.ts';
import type { Db } from '../src/db/connection.ts';

export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
export const p50 = (s: readonly number[]) => percentile(s, 0.5);
export const p95 = (s: readonly number[]) => percentile(s, 0.95);
export const p99 = (s: readonly number[]) => percentile(s, 0.99);
export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '–');
export const seconds = (sinceMs: number) => `${((performance.now() - sinceMs) / 1000).toFixed(1)} s`;
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export function printTable(headers: string[], rows: string[][], rightAlignFrom = 1): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= rightAlignFrom ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(headers));
  console.log(
    `|${widths.map((w, i) => (i >= rightAlignFrom ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
}

export function heading(title: string): void {
  console.log(`\n${'='.repeat(100)}\n${title}\n${'='.repeat(100)}`);
}

export interface RunningServer {
  base: string;
  close: () => Promise<void>;
}

/** `createApp(db)` served by @hono/node-server on 127.0.0.1, ephemeral port. */
export async function serveInProcess(
  db: Db,
  dialect: 'sqlite' | 'postgres',
  options: { keepAnswers?: boolean } = {},
): Promise<RunningServer> {
  const app = createApp(db, { dialect, publicRead: true, ...options });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s as Server));
  });
  // Keep idle keep-alive sockets longer than fetch's pool does (see run-bench.ts).
  server.keepAliveTimeout = 120_000;
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the HTTP server has no port');
  return {
    base: `http://127.0.0.1:${address.port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** GET, body read, status checked; returns the time in ms. */
export async function timedGet(base: string, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`);
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return elapsed;
}

/** The headers every write needs: the CSRF header, JSON, and the session cookie if any. */
export function writeHeaders(cookie?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-requested-with': 'cds',
    ...(cookie ? { cookie } : {}),
  };
}

/** Signs in with `POST /api/auth/login`; returns the `cds_session=…` cookie to send back. */
export async function signIn(base: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: writeHeaders(),
    body: JSON.stringify({ login, password }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`sign-in of ${login} answered ${response.status}: ${text}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('cds_session='));
  if (!cookie) throw new Error(`sign-in of ${login} set no session cookie`);
  return cookie;
}

/**
 * POST with the CSRF header and a session cookie, a JSON body if given (none for an approval, as
 * the dashboard sends it); returns status, parsed answer and time in ms.
 */
export async function postJson(
  base: string,
  path: string,
  cookie: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; elapsed: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: body === undefined ? { 'x-requested-with': 'cds', cookie } : writeHeaders(cookie),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const elapsed = performance.now() - started;
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json, elapsed };
}
