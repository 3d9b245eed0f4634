/**
 * `pnpm bench`: latency of the province-summary and ranking endpoints on a database of
 * about a million observations, next to the raw SQL those endpoints run.
 *
 * For each endpoint, a mix of requests (year, quarter, month; 63-unit and post-merger
 * periods) is timed three ways:
 *   - `app.request` on `createApp(db)`, no server;
 *   - over HTTP: `@hono/node-server` on 127.0.0.1 (ephemeral port), with `fetch`;
 *   - the raw SQL: the exact statements the endpoint ran, captured through a Kysely
 *     `log` hook on a second Kysely instance, replayed with better-sqlite3
 *     (`prepare(sql).all(params)`, as Kysely's SQLite driver does).
 * The ratio is endpoint p50 / raw-SQL p50. A few cases are then split into SQLite work,
 * row materialisation, Kysely + cell index, figure resolution and Hono/zod/JSON, the
 * JavaScript parts measured with every statement answered from memory.
 * Timings are printed, never asserted.
 *
 * Options: `pnpm bench --rebuild` rebuilds the database first (see build-bench-db.ts).
 */
import { statSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import { periodOf, previousPeriod } from '@cds/core';
import { serve } from '@hono/node-server';
import type SQLite from 'better-sqlite3';
import { type CompiledQuery, Kysely, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';
import { createApp } from '../src/app.ts';
import { catalogCache } from '../src/catalog/catalog.ts';
import { loadCells } from '../src/cells/cells.repository.ts';
import type { Database as Schema } from '../src/db/database.ts';
import { findTargets } from '../src/plans/targets.repository.ts';
import { unitSummary } from '../src/province-summary/unit-summary.ts';
import { rankIndicator } from '../src/ranking/rank-indicator.ts';
import { ensureBenchDb, openBenchSqlite } from './build-bench-db.ts';

/** The day the bench reads its views on (Vietnam's): fixed, so every run computes the same verdicts. */
const BENCH_TODAY = '2026-12-03';

/** Per endpoint: at most this many requests per transport (spread over the cases), or this long in all. */
const LIMITS = {
  summary: { maxRequests: 100, maxSeconds: 40 },
  ranking: { maxRequests: 200, maxSeconds: 15 },
} as const;
/** Runs of each case for the time split: with SQLite, and (cheaper) with SQL answered from memory. */
const SPLIT_RUNS = 7;
const MEMO_RUNS = 15;

interface BenchCase {
  endpoint: 'summary' | 'ranking';
  label: string;
  path: string;
  /** What the endpoint's own code calls, for the time split. */
  unitId?: string;
  indicatorKey?: string;
  period: string;
  view: 'reported' | 'restated';
  /** Also timed piece by piece ("where the time goes"). */
  split: boolean;
  queries: CompiledQuery[];
}

const summaryCase = (unitId: string, period: string, label: string, split = false): BenchCase => ({
  endpoint: 'summary',
  label: `summary ${unitId} ${period} (${label})`,
  path: `/api/summary/${unitId}?period=${period}`,
  unitId,
  period,
  view: 'reported',
  split,
  queries: [],
});

const rankingCase = (
  indicatorKey: string,
  period: string,
  label: string,
  view: 'reported' | 'restated' = 'reported',
  split = false,
): BenchCase => ({
  endpoint: 'ranking',
  label: `ranking ${indicatorKey} ${period}${view === 'restated' ? ' restated' : ''} (${label})`,
  path: `/api/rankings/${indicatorKey}?period=${period}${view === 'restated' ? '&view=restated' : ''}`,
  indicatorKey,
  period,
  view,
  split,
  queries: [],
});

const CASES: BenchCase[] = [
  summaryCase('v63-01', '2023', 'year, 63', true),
  summaryCase('v63-79', '2024-Q3', 'quarter, 63'),
  summaryCase('v63-48', '2024-11', 'month, 63'),
  summaryCase('v34-01', '2025', 'year across the merger', true),
  summaryCase('v34-79', '2026-Q1', 'quarter, 34'),
  summaryCase('v34-48', '2026-05', 'month, 34'),
  rankingCase('households_fibre', '2023', 'year, 63', 'reported', true),
  rankingCase('online_dossiers', '2024-Q2', 'quarter, 63'),
  rankingCase('bts_4g_added', '2024-11', 'month, 63'),
  rankingCase('telecom_revenue', '2025', 'year across the merger', 'reported', true),
  rankingCase('households_fibre', '2026-Q1', 'quarter, 34'),
  rankingCase('communes_4g', '2026-05', 'month, 34'),
  rankingCase('online_dossiers', '2023', 'year, 63 restated to 34', 'restated'),
];

// ---------------------------------------------------------------- statistics

function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
const p50 = (s: readonly number[]) => percentile(s, 0.5);
const p95 = (s: readonly number[]) => percentile(s, 0.95);
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '–');

function printTable(headers: string[], rows: string[][], rightAlignFrom = 1): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= rightAlignFrom ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(headers));
  console.log(
    `|${widths.map((w, i) => (i >= rightAlignFrom ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- timing loops

type Requester = (path: string) => Promise<Response>;
type Via = 'app' | 'http' | 'sql';

/** Replays a case's captured statements the way Kysely's SQLite driver runs them. */
function replaySql(sqlite: SQLite.Database, c: BenchCase): number {
  let rows = 0;
  for (const q of c.queries) rows += sqlite.prepare(q.sql).all(q.parameters as unknown[]).length;
  return rows;
}

/**
 * Round-robin over the cases; each turn times the request in-process, over HTTP and its
 * raw SQL, in rotating order so that drift, GC and other load hit all three alike. Stops
 * at the request cap or the time budget.
 */
async function timeCases(
  cases: readonly BenchCase[],
  requesters: Record<'app' | 'http', Requester>,
  sqlite: SQLite.Database,
  limit: { maxRequests: number; maxSeconds: number },
): Promise<Map<BenchCase, Record<Via, number[]>>> {
  const samples = new Map(
    cases.map((c) => [c, { app: [] as number[], http: [] as number[], sql: [] as number[] }]),
  );
  const orders: Via[][] = [
    ['app', 'http', 'sql'],
    ['http', 'sql', 'app'],
    ['sql', 'app', 'http'],
  ];
  const deadline = performance.now() + limit.maxSeconds * 1000;
  let done = 0;
  for (let round = 0; done < limit.maxRequests && performance.now() < deadline; round++) {
    for (const c of cases) {
      for (const via of orders[round % orders.length] as Via[]) {
        const started = performance.now();
        if (via === 'sql') {
          replaySql(sqlite, c);
        } else {
          const response = await requesters[via](c.path);
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${c.path} answered ${response.status}`);
        }
        samples.get(c)?.[via].push(performance.now() - started);
      }
      if (++done >= limit.maxRequests) break;
    }
  }
  return samples;
}

async function median(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await f();
    samples.push(performance.now() - started);
  }
  return p50(samples);
}

/** A better-sqlite3 stand-in that answers each (SQL, parameters) from memory after its first run. */
function memoizedDatabase(real: SQLite.Database): SqliteDatabase {
  const memo = new Map<string, unknown[]>();
  return {
    close: () => undefined,
    prepare: (sql): SqliteStatement => ({
      reader: true,
      all: (parameters) => {
        const key = `${sql}\u0000${JSON.stringify(parameters)}`;
        let rows = memo.get(key);
        if (!rows) {
          rows = real.prepare(sql).all(parameters as unknown[]);
          memo.set(key, rows);
        }
        return rows;
      },
      run: () => {
        throw new Error('the memoized database is read-only');
      },
      iterate: () => {
        throw new Error('the memoized database does not stream');
      },
    }),
  };
}

// ---------------------------------------------------------------- main

const benchStarted = performance.now();
const info = await ensureBenchDb({ rebuild: process.argv.includes('--rebuild') });

const sqlite = openBenchSqlite(info.path, { fileMustExist: true });
const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
// The bench measures reads, as an anonymous reader of a public deployment would make them.
const app = createApp(db, { publicRead: true });

// A second Kysely on the same connection logs the SQL an endpoint runs.
let captured: CompiledQuery[] | null = null;
const loggedDb = new Kysely<Schema>({
  dialect: new SqliteDialect({ database: sqlite }),
  log: (event) => {
    if (event.level === 'query') captured?.push(event.query);
  },
});
const captureApp = createApp(loggedDb, { publicRead: true });

const dbBytes = ['', '-wal'].reduce((sum, suffix) => {
  try {
    return sum + statSync(`${info.path}${suffix}`).size;
  } catch {
    return sum;
  }
}, 0);
const cpus = os.cpus();
console.log('');
console.log(
  `Database: ${info.path}\n  ${info.observations.toLocaleString('en')} observations, ${info.targets.toLocaleString('en')} targets, ${(dbBytes / 2 ** 20).toFixed(0)} MiB${info.reused ? ' (reused)' : ` (built in ${((info.buildMs ?? 0) / 1000).toFixed(1)} s)`}`,
);
console.log(
  `Node ${process.version} on ${os.platform()}/${os.arch()}, ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), SQLite via better-sqlite3`,
);

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`Load average before the bench: ${loadAverage()} (other processes skew the timings)`);

// Warm-up (also loads each app's catalogue cache), then capture each case's SQL.
for (const c of CASES) {
  await (await app.request(c.path)).arrayBuffer();
  await (await captureApp.request(c.path)).arrayBuffer();
}
for (const c of CASES) {
  captured = [];
  const response = await captureApp.request(c.path);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${c.path} answered ${response.status}`);
  c.queries = captured;
  captured = null;
}

console.log(
  '\nSQL the endpoints run (captured with a Kysely log hook), its SQLite query plan, and for the first case using it: rows, time of .all() and of select count(*) over it (medians of 3):',
);
const seen = new Set<string>();
for (const c of CASES) {
  for (const q of c.queries) {
    if (seen.has(q.sql)) continue;
    seen.add(q.sql);
    const plan = (
      sqlite.prepare(`explain query plan ${q.sql}`).all(q.parameters as unknown[]) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join('; ');
    const params = q.parameters as unknown[];
    let rows = 0;
    const all = await median(3, () => {
      rows = sqlite.prepare(q.sql).all(params).length;
    });
    const count = await median(3, () => sqlite.prepare(`select count(*) from (${q.sql})`).get(params));
    console.log(`  [${c.endpoint}] ${q.sql}`);
    console.log(`      plan: ${plan}`);
    console.log(
      `      ${c.label}: ${rows} rows; .all() ${ms(all)} ms, select count(*) from (…) ${ms(count)} ms`,
    );
  }
}

// HTTP server on an ephemeral port of 127.0.0.1.
const server = await new Promise<Server>((resolve) => {
  const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s as Server));
});
// Idle keep-alive sockets must outlive the app.request phase (Node's default is 5 s, after
// which fetch may reuse a socket the server is closing: ECONNRESET).
server.keepAliveTimeout = 120_000;
const address = server.address();
if (!address || typeof address === 'string') throw new Error('the HTTP server has no port');
const base = `http://127.0.0.1:${address.port}`;
const overHttp: Requester = (path) => fetch(`${base}${path}`);
const inProcess: Requester = async (path) => app.request(path);

const results: { c: BenchCase; app: number[]; http: number[]; sql: number[] }[] = [];
for (const endpoint of ['summary', 'ranking'] as const) {
  const cases = CASES.filter((c) => c.endpoint === endpoint);
  const limit = LIMITS[endpoint];
  const started = performance.now();
  for (const c of cases) await (await overHttp(c.path)).arrayBuffer();
  const samples = await timeCases(cases, { app: inProcess, http: overHttp }, sqlite, limit);
  for (const c of cases) results.push({ c, ...(samples.get(c) ?? { app: [], http: [], sql: [] }) });
  console.log(`\n(${endpoint}: measured in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
server.closeAllConnections();
await new Promise<void>((resolve) => server.close(() => resolve()));

// ---------------------------------------------------------------- the table

const rows: string[][] = [];
for (const endpoint of ['summary', 'ranking'] as const) {
  const mine = results.filter((r) => r.c.endpoint === endpoint);
  const pooled = {
    app: mine.flatMap((r) => r.app),
    http: mine.flatMap((r) => r.http),
    sql: mine.flatMap((r) => r.sql),
  };
  const entries = [
    { label: `${endpoint}: all ${mine.length} cases pooled`, ...pooled },
    ...mine.map((r) => ({ label: `  ${r.c.label}`, app: r.app, http: r.http, sql: r.sql })),
  ];
  for (const e of entries) {
    const sql50 = p50(e.sql);
    for (const [via, samples] of [
      ['app.request', e.app],
      ['HTTP', e.http],
    ] as const) {
      rows.push([
        e.label,
        via,
        String(samples.length),
        ms(p50(samples)),
        ms(p95(samples)),
        ms(sql50),
        `${(p50(samples) / sql50).toFixed(1)}×`,
      ]);
    }
  }
}
console.log(
  '\nLatency in ms (p50/p95 per request; raw SQL = the captured statements replayed with better-sqlite3)\n',
);
printTable(['endpoint', 'via', 'n', 'p50', 'p95', 'raw SQL p50', 'ratio (p50 / SQL p50)'], rows, 2);

// ---------------------------------------------------------------- where the time goes

// The same code with every SQL statement answered from memory (rows captured once), so
// what is left is JavaScript: Kysely, the cell index, figure resolution, Hono, zod, JSON.
const memoDb = new Kysely<Schema>({ dialect: new SqliteDialect({ database: memoizedDatabase(sqlite) }) });
const memoApp = createApp(memoDb, { publicRead: true });
const catalog = await catalogCache(memoDb).get();
const splitRows: string[][] = [];
for (const c of CASES.filter((x) => x.split)) {
  const period = periodOf(c.period);
  let loads: () => Promise<unknown>;
  let figures: () => Promise<unknown> | unknown;
  if (c.endpoint === 'summary') {
    const unit = catalog.unit(c.unitId as string);
    if (!unit) throw new Error(`no unit ${c.unitId}`);
    const years = [...new Set([period.year, previousPeriod(period).year])];
    loads = () =>
      Promise.all([
        loadCells(memoDb, { years }),
        findTargets(memoDb, { unitId: unit.id, periods: [period.key] }),
      ]);
    // unitSummary runs the loads itself; they are subtracted below.
    figures = () => unitSummary(memoDb, catalog, unit, period, c.view, { today: BENCH_TODAY });
  } else {
    const indicator = catalog.indicator(c.indicatorKey as string);
    if (!indicator) throw new Error(`no indicator ${c.indicatorKey}`);
    const query = { indicatorKeys: [indicator.key], years: [period.year] };
    const cells = await loadCells(memoDb, query);
    loads = () =>
      Promise.all([
        loadCells(memoDb, query),
        findTargets(memoDb, { indicatorKey: indicator.key, periods: [period.key] }),
      ]);
    figures = () => rankIndicator(catalog, cells, indicator, period, c.view);
  }
  const memoRequest = async () => (await memoApp.request(c.path)).arrayBuffer();
  for (const f of [loads, figures, memoRequest]) await f(); // fills the memo, warms up
  const raw = await median(SPLIT_RUNS, () => replaySql(sqlite, c));
  // The same statements with SQLite doing the work but handing back one row: what is
  // left of "raw SQL" is better-sqlite3 turning rows into JavaScript objects.
  const engine = await median(SPLIT_RUNS, () => {
    for (const q of c.queries)
      sqlite.prepare(`select count(*) from (${q.sql})`).get(q.parameters as unknown[]);
  });
  const load = await median(MEMO_RUNS, loads);
  const figure = (await median(MEMO_RUNS, figures)) - (c.endpoint === 'summary' ? load : 0);
  const jsOnly = await median(MEMO_RUNS, memoRequest);
  const real = await median(SPLIT_RUNS, async () => (await app.request(c.path)).arrayBuffer());
  const rowsRead = replaySql(sqlite, c);
  splitRows.push([
    c.label,
    String(rowsRead),
    ms(engine),
    ms(raw),
    ms(load),
    ms(figure),
    ms(jsOnly - load - figure),
    ms(jsOnly),
    ms(raw + jsOnly),
    ms(real),
  ]);
}
console.log(
  [
    '',
    `Where the time goes (medians of ${SPLIT_RUNS} runs with SQLite, ${MEMO_RUNS} with SQL answered from memory; ms; the parts are differences of medians, so noisy).`,
    '  SQLite count(*): the same statements as select count(*) from (…), i.e. without building row objects;',
    '  JS only: app.request with every statement answered from memory = Kysely + cell index (loadCells, findTargets)',
    '  + figures (unitSummary / rankIndicator) + the rest (Hono, zod, JSON).',
    '',
  ].join('\n'),
);
printTable(
  [
    'case',
    'rows read',
    'SQLite count(*)',
    'raw SQL',
    'Kysely + cell index',
    'figures',
    'Hono + zod + JSON',
    'JS only',
    'raw SQL + JS only',
    'app.request',
  ],
  splitRows,
  1,
);

console.log(`\nLoad average after the bench: ${loadAverage()}`);
console.log(
  `\nBench finished in ${((performance.now() - benchStarted) / 1000).toFixed(1)} s${info.reused ? '' : ' (including the database build)'}.`,
);
await db.destroy();
