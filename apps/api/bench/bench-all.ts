/**
 * `pnpm bench`: every bench, one after the other, printed and never asserted.
 *   0. the bench databases: the SQLite file (build-bench-db.ts) and its PostgreSQL copy
 *      (postgres-bench-db.ts), each given the server's start-up once (server-child.ts);
 *   1. run-bench.ts: the summary and ranking endpoints on SQLite beside the SQL they run;
 *   2. engines-bench.ts: a request mix timed over HTTP on SQLite and PostgreSQL side by side,
 *      against each engine's bare indexed read (SQLite only, saying so, when PostgreSQL cannot be
 *      reached);
 *   3. write-cost-bench.ts: one approval end to end over HTTP, on each engine;
 *   4. load-bench.ts: autocannon against the server as a child process, on each engine: the
 *      landing summary (with /api/health polled meanwhile), then a read/write mix whose
 *      acknowledged writes are looked up afterwards;
 *   5. first-load-js.ts: the JavaScript the dashboard's first page loads, from the last build;
 *   6. import-bench.ts: 100,000 rows imported from a CSV end to end, beside a raw insert loop;
 *   7. big-xlsx-bench.ts: the preview and import of a 1,048,576-row XLSX: time, peak memory and
 *      /api/health latency meanwhile;
 *   8. extraction-bench.ts: a ~20-page report read for figures, in core and over HTTP.
 * Options: `--rebuild` rebuilds the SQLite bench database and its PostgreSQL copy first.
 * Environment: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_LOAD_SECONDS (default 30).
 */
import { heading, seconds } from './bench-utils.ts';
import {
  copyPostgresForWrites,
  copySqliteForWrites,
  type DbTarget,
  removeWriteCopies,
} from './bench-writes-db.ts';
import { benchBigXlsx } from './big-xlsx-bench.ts';
import { BENCH_DB_PATH, ensureBenchDb } from './build-bench-db.ts';
import { benchEngines } from './engines-bench.ts';
import { benchExtraction } from './extraction-bench.ts';
import { printFirstLoadJs } from './first-load-js.ts';
import { benchImport } from './import-bench.ts';
import { benchLoad } from './load-bench.ts';
import { ensurePgBenchDb, PG_BENCH_DB, pgServerVersion, pgUnreachable } from './postgres-bench-db.ts';
import { prepareLikeServer } from './server-child.ts';
import { benchWriteCost } from './write-cost-bench.ts';

const started = performance.now();
const rebuild = process.argv.includes('--rebuild');

/** Runs one part; a failure is printed (and fails the exit code) without stopping the others. */
async function part(title: string, run: () => Promise<void> | void): Promise<void> {
  heading(title);
  const partStarted = performance.now();
  try {
    await run();
  } catch (error) {
    process.exitCode = 1;
    console.log(
      `\n${title}: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  console.log(`\n(${title}: ${seconds(partStarted)})`);
}

let postgresUrl: string | null = null;

await part('0. Bench databases', async () => {
  await ensureBenchDb({ rebuild });
  await prepareLikeServer({ engine: 'SQLite', dialect: 'sqlite', path: BENCH_DB_PATH }, 'bench.sqlite');
  const unreachable = await pgUnreachable();
  if (unreachable) {
    console.log(`\nPostgreSQL cannot be reached (${unreachable}): SQLite only from here on.`);
    return;
  }
  console.log(`\nPostgreSQL ${await pgServerVersion()}.`);
  const pg = await ensurePgBenchDb(BENCH_DB_PATH, { rebuild });
  postgresUrl = pg.url;
  await prepareLikeServer({ engine: 'PostgreSQL', dialect: 'postgres', url: pg.url }, PG_BENCH_DB);
});

// Built above: run-bench.ts must not build it again.
process.argv = process.argv.filter((a) => a !== '--rebuild');
await part('1. Summary and ranking endpoints on SQLite (run-bench.ts)', async () => {
  await import('./run-bench.ts');
});

await part('2. PostgreSQL beside SQLite: the same request mix over HTTP, and the bare indexed read', () =>
  benchEngines(BENCH_DB_PATH, postgresUrl),
);

// Throw-away copies for the parts that write, shared by parts 3 and 4.
const targets: DbTarget[] = [copySqliteForWrites(BENCH_DB_PATH)];
if (postgresUrl) {
  try {
    targets.push(await copyPostgresForWrites());
  } catch (error) {
    console.log(`\nNo PostgreSQL copy for the writes (${error instanceof Error ? error.message : error}).`);
  }
}

await part('3. Write cost: create + submit, then approve, end to end over HTTP', () =>
  benchWriteCost(targets),
);
await part('4. Load (autocannon) on the server as a child process', () => benchLoad(targets));
await removeWriteCopies(targets).catch((error) => console.log(`\nThe write copies stay: ${error}`));
await part('5. First-load JavaScript of the dashboard', () => printFirstLoadJs());
await part('6. Import of 100,000 rows from a CSV, beside a raw insert loop', () => benchImport());
await part('7. Preview and import of a 1,048,576-row XLSX, with /api/health meanwhile', () => benchBigXlsx());
await part('8. A ~20-page report read for figures (POST /api/extractions)', () => benchExtraction());

console.log(`\nAll benches finished in ${seconds(started)}.`);
