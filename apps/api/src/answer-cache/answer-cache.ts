/**
 * Keeps the answers of the views every reader asks for (a province's summary, a ranking, a series)
 * until the data changes: the answer is stored with the data version read before it was computed,
 * and served again while the database still holds that version. Every write that changes what a
 * view shows raises the version in its own transaction (`data-version.repository.ts`), so an
 * approval shows on the next read, and several servers on one PostgreSQL database agree. The
 * figures themselves live in the database (the resolved-figures store); this keeps only the JSON
 * that was last built from them, at most MAX_ENTRIES answers, least recently used dropped first.
 *
 * Only for answers that do not depend on who asks: the access policy has already run, and the
 * views cached here show the same figures to every reader allowed to see them.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../http/app-env.ts';
import { todayIso } from '../http/request-context.ts';
import { readDataVersion } from './data-version.repository.ts';

const MAX_ENTRIES = 500;

interface Entry {
  version: number;
  body: ArrayBuffer;
  contentType: string;
}

export function answerCache() {
  const entries = new Map<string, Entry>();
  let hits = 0;
  let misses = 0;
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    // A view's verdicts depend on today's date in Vietnam (whether a period is over): a new day is a new answer.
    const key = `${todayIso(c)} ${url.pathname}?${url.searchParams.toString()}`;
    // Read before the view is computed: an answer is never kept under a newer version than its data.
    const version = await readDataVersion(c.var.db);
    const entry = entries.get(key);
    if (entry && entry.version === version) {
      hits++;
      entries.delete(key);
      entries.set(key, entry);
      return c.body(entry.body, 200, { 'Content-Type': entry.contentType });
    }
    misses++;
    await next();
    const contentType = c.res.headers.get('Content-Type');
    if (c.res.status !== 200 || !contentType?.startsWith('application/json')) return;
    const body = await c.res.clone().arrayBuffer();
    entries.delete(key);
    entries.set(key, { version, body, contentType });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  });
  return Object.assign(middleware, { stats: () => ({ hits, misses, entries: entries.size }) });
}
