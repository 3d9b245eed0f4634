/**
 * The bench database in PostgreSQL: `cds_bench`, a copy of the SQLite bench file
 * (build-bench-db.ts), built with the app's own migrations (`migrateToLatest` over
 * `openDatabase({ url })`) and then filled table by table with the SQLite rows, in batches
 * of BATCH_ROWS rows sent as one `INSERT … SELECT * FROM unnest($1::type[], …)` per batch
 * (one parameter per column, so a batch is not bound by PostgreSQL's 65,535 parameters).
 * Reused when each table holds as many rows as in the SQLite file (observations and the rest).
 * It measures the build only (printed); the benches themselves are in engines-bench.ts and the others.
 *
 * The server is `BENCH_PG_URL` (default postgres://postgres@127.0.0.1:5432/postgres); only
 * databases named `cds_bench…` are created or dropped.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seconds } from './bench-utils.ts';

export const PG_BENCH_DB = 'cds_bench';
/** A throw-away copy (CREATE DATABASE … TEMPLATE cds_bench) for the benches that write. */
export const PG_WRITES_DB = 'cds_bench_writes';

const BATCH_ROWS = 20_000;

/** Tables in foreign-key order; any other table of the SQLite file follows them. */
const TABLE_ORDER = [
  'region',
  'unit',
  'unit_kind_change',
  'unit_lineage',
  'indicator',
  'observation',
  'target',
  'published_rank',
  'app_user',
  'user_role',
  'app_session',
  'login_attempt',
  'audit_event',
  'revision',
];

/** The SQLite file's tables, parents first; the Kysely migration tables are each migrator's own. */
function tablesOf(sqlite: SQLite.Database): string[] {
  const names = (
    sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite%' and name not like 'kysely%'",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  const rank = (name: string) => {
    const i = TABLE_ORDER.indexOf(name);
    return i === -1 ? TABLE_ORDER.length : i;
  };
  return names.sort((a, b) => rank(a) - rank(b));
}

/** The connection string of one database on the bench's PostgreSQL server. */
export function pgUrl(database: string): string {
  const url = new URL(process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

function assertBenchName(database: string): void {
  if (!/^cds_bench\w*$/.test(database)) throw new Error(`refusing to touch database ${database}`);
}

async function withClient<T>(database: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgUrl(database), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Null when the server answers, else why not. */
export async function pgUnreachable(): Promise<string | null> {
  try {
    await withClient('postgres', (c) => c.query('select 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

export async function pgServerVersion(): Promise<string> {
  return withClient('postgres', async (c) => (await c.query('show server_version')).rows[0].server_version);
}

export async function dropBenchDatabase(database: string): Promise<void> {
  assertBenchName(database);
  await withClient('postgres', (c) => c.query(`drop database if exists ${database} with (force)`));
}

/** A fresh copy of `from` named `to` (PostgreSQL copies the files: seconds, not a reload). */
export async function cloneBenchDatabase(from: string, to: string): Promise<void> {
  assertBenchName(from);
  assertBenchName(to);
  await withClient('postgres', async (c) => {
    await c.query(`drop database if exists ${to} with (force)`);
    await c.query(`create database ${to} template ${from}`);
  });
}

/** Row counts of the SQLite file's tables. */
function sqliteCounts(sqlite: SQLite.Database): Map<string, number> {
  return new Map(
    tablesOf(sqlite).map((t) => [
      t,
      (sqlite.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n,
    ]),
  );
}

/**
 * Why the PostgreSQL copy differs from the SQLite file (a table missing, or another row count),
 * or null when every table of the file has as many rows in PostgreSQL.
 */
async function differences(database: string, expected: Map<string, number>): Promise<string | null> {
  try {
    return await withClient(database, async (c) => {
      const differing: string[] = [];
      for (const [table, n] of expected) {
        const got = Number((await c.query(`select count(*) as n from "${table}"`)).rows[0].n);
        if (got !== n) differing.push(`${table}: ${got.toLocaleString('en')}, not ${n.toLocaleString('en')}`);
      }
      return differing.length > 0 ? differing.join('; ') : null;
    });
  } catch (error) {
    // No such database, or no such table: build it.
    return error instanceof Error ? error.message : String(error);
  }
}

/** Copies one table's rows from SQLite; returns the number of rows. */
async function copyTable(sqlite: SQLite.Database, client: pg.Client, table: string): Promise<number> {
  const columns = (sqlite.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
  const pgTypes = new Map(
    (
      await client.query(
        `select column_name, udt_name from information_schema.columns
          where table_schema = 'public' and table_name = $1`,
        [table],
      )
    ).rows.map((r: { column_name: string; udt_name: string }) => [r.column_name, r.udt_name]),
  );
  const missing = columns.filter((c) => !pgTypes.has(c));
  if (pgTypes.size === 0) throw new Error(`${table} is not in the PostgreSQL schema`);
  if (missing.length > 0) throw new Error(`${table}: no column ${missing.join(', ')} in PostgreSQL`);
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${pgTypes.get(c)}[]`).join(', ');
  const insert = `insert into "${table}" (${quoted}) select * from unnest(${unnest})`;
  const read = sqlite.prepare(`select ${quoted} from "${table}" order by rowid`).raw(true);
  let arrays: unknown[][] = columns.map(() => []);
  let inBatch = 0;
  let total = 0;
  const flush = async () => {
    if (inBatch === 0) return;
    await client.query(insert, arrays);
    total += inBatch;
    arrays = columns.map(() => []);
    inBatch = 0;
  };
  for (const row of read.iterate() as Iterable<unknown[]>) {
    for (let i = 0; i < row.length; i++) (arrays[i] as unknown[]).push(row[i]);
    if (++inBatch >= BATCH_ROWS) await flush();
  }
  await flush();
  return total;
}

async function build(sqlitePath: string): Promise<void> {
  await dropBenchDatabase(PG_BENCH_DB);
  await withClient('postgres', (c) => c.query(`create database ${PG_BENCH_DB}`));
  const url = pgUrl(PG_BENCH_DB);
  let started = performance.now();
  const db = openDatabase({ url });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  console.log(`  migrations (migrateToLatest): ${seconds(started)}`);
  const sqlite = new SQLite(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    await withClient(PG_BENCH_DB, async (client) => {
      await client.query('set synchronous_commit = off');
      // One transaction: an interrupted load leaves no observations, so the next run rebuilds.
      await client.query('begin');
      for (const table of tablesOf(sqlite)) {
        started = performance.now();
        // Some tables start with a row of the migrations' own (data_version): the file's replaces it.
        await client.query(`delete from "${table}"`);
        const rows = await copyTable(sqlite, client, table);
        if (rows >= 10_000)
          console.log(`  ${table}: ${rows.toLocaleString('en')} rows in ${seconds(started)}`);
      }
      // Explicit ids were inserted: move each identity past them.
      const identities = await client.query(
        `select table_name from information_schema.columns
          where table_schema = 'public' and column_name = 'id' and is_identity = 'YES'`,
      );
      for (const { table_name: table } of identities.rows as { table_name: string }[]) {
        await client.query(
          `select setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max(id), 0) + 1, false) from "${table}"`,
        );
      }
      await client.query('commit');
      started = performance.now();
      await client.query('vacuum analyze');
      console.log(`  vacuum analyze: ${seconds(started)}`);
    });
  } finally {
    sqlite.close();
  }
}

export interface PgBenchInfo {
  url: string;
  reused: boolean;
}

/**
 * Returns `cds_bench`, loading it from the SQLite file unless every table of the file already has
 * as many rows there (observations and everything else, such as data the server derives from
 * them), and `rebuild` is not set.
 */
export async function ensurePgBenchDb(
  sqlitePath: string,
  options: { rebuild?: boolean } = {},
): Promise<PgBenchInfo> {
  const url = pgUrl(PG_BENCH_DB);
  const sqlite = new SQLite(sqlitePath, { readonly: true, fileMustExist: true });
  let expected: Map<string, number>;
  try {
    expected = sqliteCounts(sqlite);
  } finally {
    sqlite.close();
  }
  const observations = (expected.get('observation') ?? 0).toLocaleString('en');
  const differ = options.rebuild ? '--rebuild' : await differences(PG_BENCH_DB, expected);
  if (differ === null) {
    console.log(
      `Reusing PostgreSQL database ${PG_BENCH_DB}: ${observations} observations, every table as in the SQLite file.`,
    );
    return { url, reused: true };
  }
  console.log(`Loading PostgreSQL database ${PG_BENCH_DB} from ${sqlitePath} (${differ.slice(0, 300)})…`);
  const started = performance.now();
  await build(sqlitePath);
  const after = await differences(PG_BENCH_DB, expected);
  if (after !== null) throw new Error(`${PG_BENCH_DB} differs from the SQLite file after loading: ${after}`);
  console.log(`Loaded ${PG_BENCH_DB} in ${seconds(started)}: ${observations} observations.`);
  return { url, reused: false };
}
