/**
 * SQLite beside PostgreSQL on the same bench database: p50/p95 over HTTP of the same request
 * mix on both engines, and the "physical limit" of each: a bare indexed read timed with the
 * engine's own driver (better-sqlite3 / pg), with the ratio endpoint p50 / bare read p50.
 *
 * Both apps are `createApp(openDatabase(…), { dialect, publicRead: true })` served in this
 * process by @hono/node-server on 127.0.0.1 (ephemeral ports), requested with `fetch`, one
 * request at a time, the two engines alternating so that drift and other load hit both alike.
 * Printed, never asserted.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import {
  ms,
  p50,
  p95,
  printTable,
  type RunningServer,
  seconds,
  serveInProcess,
  timedGet,
} from './bench-utils.ts';

/** Rounds over all views and engines, or this long in all, whichever comes first. */
const MAX_ROUNDS = 25;
const MAX_SECONDS = 150;
const BARE_RUNS = 300;

interface View {
  label: string;
  path: string;
}

export const VIEWS: readonly View[] = [
  { label: 'summary, a year (v63-01 2023)', path: '/api/summary/v63-01?period=2023' },
  { label: 'summary, a quarter (v63-79 2024-Q3)', path: '/api/summary/v63-79?period=2024-Q3' },
  { label: 'summary, a month (v63-48 2024-11)', path: '/api/summary/v63-48?period=2024-11' },
  { label: 'summary across the merger (v34-01 2025)', path: '/api/summary/v34-01?period=2025' },
  { label: 'ranking (households_fibre 2023)', path: '/api/rankings/households_fibre?period=2023' },
  {
    label: 'series (households_fibre v34-01 2019…2026 restated)',
    path: '/api/series?indicator=households_fibre&unit=v34-01&periodType=year&from=2019&to=2026&view=restated',
  },
  { label: 'briefing (v34-14 2026, year not over)', path: '/api/briefing/v34-14?period=2026' },
  {
    label: 'compare (6 provinces × 8 indicators × 8 years)',
    path: `/api/compare?unit=v34-01,v34-14,v34-11,v34-12,v34-44,v34-79&indicator=${[
      'villages_mobile_broadband',
      'telecom_revenue',
      'households_fibre',
      'online_dossiers',
      'communes_4g',
      'dti_score',
      'portal_visits',
      'e_documents',
    ].join(',')}&periodType=year&from=2019&to=2026`,
  },
];

/** The bare read: one indexed lookup of one province's figures for one indicator and year. */
const BARE_SQL = {
  columns: 'unit_id, indicator_key, period, value, numerator, denominator',
  where: 'indicator_key = ? and year = ? and unit_id = ?',
  params: ['households_fibre', 2023, 'v63-01'] as const,
};
const bareSqlite = `select ${BARE_SQL.columns} from observation where ${BARE_SQL.where}`;
const barePostgres = (() => {
  let n = 0;
  return `select ${BARE_SQL.columns} from observation where ${BARE_SQL.where.replace(/\?/g, () => `$${++n}`)}`;
})();

interface Bare {
  samples: number[];
  rows: number;
  plan: string;
}

function bareReadSqlite(path: string): Bare {
  const database = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const params = [...BARE_SQL.params];
    const plan = (database.prepare(`explain query plan ${bareSqlite}`).all(params) as { detail: string }[])
      .map((p) => p.detail)
      .join('; ');
    const statement = database.prepare(bareSqlite);
    let rows = 0;
    for (let i = 0; i < 20; i++) rows = statement.all(params).length;
    const samples: number[] = [];
    for (let i = 0; i < BARE_RUNS; i++) {
      const started = performance.now();
      statement.all(params);
      samples.push(performance.now() - started);
    }
    return { samples, rows, plan };
  } finally {
    database.close();
  }
}

async function bareReadPostgres(url: string): Promise<Bare> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const values = [...BARE_SQL.params];
    const plan = (await client.query(`explain ${barePostgres}`, values)).rows
      .map((r: Record<string, string>) => String(r['QUERY PLAN']).trim())
      .join('; ');
    // A named statement is prepared once per connection, as a driver-level prepared statement.
    const query = { name: 'bench_bare_read', text: barePostgres, values };
    let rows = 0;
    for (let i = 0; i < 20; i++) rows = (await client.query(query)).rowCount ?? 0;
    const samples: number[] = [];
    for (let i = 0; i < BARE_RUNS; i++) {
      const started = performance.now();
      await client.query(query);
      samples.push(performance.now() - started);
    }
    return { samples, rows, plan };
  } finally {
    await client.end();
  }
}

interface Engine {
  name: string;
  server: RunningServer;
  close: () => Promise<void>;
  samples: Map<View, number[]>;
  bare: Bare;
}

/**
 * One engine served twice on one connection: every answer computed from the store, and answers
 * kept between reads until the data changes (`answer-cache/`), as the server runs.
 */
async function startEngine(
  name: 'SQLite' | 'PostgreSQL',
  options: { path?: string; url?: string },
): Promise<Omit<Engine, 'bare'>[]> {
  const db = openDatabase(options);
  // As the server does at every start (a no-op when the schema is current).
  await migrateToLatest(db);
  const dialect = name === 'SQLite' ? 'sqlite' : 'postgres';
  const computed = await serveInProcess(db, dialect, { keepAnswers: false });
  const kept = await serveInProcess(db, dialect);
  return [
    { name, server: computed, samples: new Map(VIEWS.map((v) => [v, []])), close: () => computed.close() },
    {
      name: `${name} kept`,
      server: kept,
      samples: new Map(VIEWS.map((v) => [v, []])),
      close: async () => {
        await kept.close();
        await db.destroy();
      },
    },
  ];
}

/**
 * Times the views on SQLite (`sqlitePath`) and, when `postgresUrl` is given, on PostgreSQL, and
 * prints one table with both side by side.
 */
export async function benchEngines(sqlitePath: string, postgresUrl: string | null): Promise<void> {
  const started = performance.now();
  const engines: Engine[] = [];
  try {
    const sqliteBare = bareReadSqlite(sqlitePath);
    for (const e of await startEngine('SQLite', { path: sqlitePath }))
      engines.push({ ...e, bare: sqliteBare });
    if (postgresUrl) {
      const pgBare = await bareReadPostgres(postgresUrl);
      for (const e of await startEngine('PostgreSQL', { url: postgresUrl }))
        engines.push({ ...e, bare: pgBare });
    }
    // Warm-up: catalogue caches, SQLite page cache, PostgreSQL shared buffers and plans.
    for (const engine of engines) {
      for (const view of VIEWS) {
        for (let i = 0; i < 2; i++) await timedGet(engine.server.base, view.path);
      }
    }
    const deadline = performance.now() + MAX_SECONDS * 1000;
    let rounds = 0;
    for (; rounds < MAX_ROUNDS && performance.now() < deadline; rounds++) {
      for (const view of VIEWS) {
        const order = rounds % 2 === 0 ? engines : [...engines].reverse();
        for (const engine of order)
          engine.samples.get(view)?.push(await timedGet(engine.server.base, view.path));
      }
    }
    console.log(
      `\n${rounds} rounds of ${VIEWS.length} views per engine, one request at a time over HTTP (${seconds(started)} with warm-up).`,
    );
  } finally {
    for (const engine of engines) await engine.close();
  }

  const headers = ['view', 'n'];
  for (const e of engines) headers.push(`${e.name} p50`, `${e.name} p95`, `${e.name} ÷ bare`);
  const rows: string[][] = [];
  for (const view of VIEWS) {
    const row = [view.label, String(engines[0]?.samples.get(view)?.length ?? 0)];
    for (const e of engines) {
      const s = e.samples.get(view) ?? [];
      row.push(ms(p50(s)), ms(p95(s)), `${(p50(s) / p50(e.bare.samples)).toFixed(0)}×`);
    }
    rows.push(row);
  }
  const bareRow = ['bare indexed read (driver, no HTTP)', String(BARE_RUNS)];
  for (const e of engines) bareRow.push(ms(p50(e.bare.samples)), ms(p95(e.bare.samples)), '1×');
  rows.push(bareRow);
  console.log(
    '\nLatency in ms, SQLite beside PostgreSQL (÷ bare = endpoint p50 / bare indexed read p50); each engine with every answer computed from the store, then "kept": answers kept between reads until the data changes, as the server runs\n',
  );
  printTable(headers, rows, 1);
  console.log(
    `\nBare read: ${bareSqlite.replace('?', `'${BARE_SQL.params[0]}'`).replace('?', String(BARE_SQL.params[1])).replace('?', `'${BARE_SQL.params[2]}'`)}`,
  );
  for (const e of engines.filter((x) => !x.name.endsWith('kept'))) {
    console.log(
      `  ${e.name} (${e.name === 'SQLite' ? 'better-sqlite3 prepared statement, .all()' : 'pg, named prepared statement on one connection'}): ${e.bare.rows} rows; plan: ${e.bare.plan}`,
    );
  }
}
