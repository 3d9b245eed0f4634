/**
 * Builds (or reuses) the benchmark database: a SQLite file under `apps/api/bench-data/`
 * with the schema, the reference data and about a million demo observations.
 *
 * Reaching a million is not just a longer demo: periods start in 1990 (`makePeriod`
 * rejects earlier years), and the demo's 14 monthly indicators give only ~10,600 rows
 * a year for the 63 old units (~390k from 1990 to 2026; ~825k even if run to 2100).
 * So the bench database
 *   1. runs the real demo generator (`loadDemoData`) from January 1990, and
 *   2. gives the 11 catalogue indicators the demo has no shape for a monthly series
 *      copied from a demo indicator with the same over-time rule (bench-only rows,
 *      `created_by = 'seed:bench'`), honouring each indicator's validity dates and
 *      the demo's "no demo figures where a real one exists that year" rule,
 * and runs the demo forward past today (as projections) until the monthly rows reach
 * the target. Every catalogue indicator then has monthly figures, so a summary or a
 * ranking reads about twice as many rows a year as with the shipped demo.
 *
 * Run alone: `tsx bench/build-bench-db.ts [--rebuild]`.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  endDate,
  type Indicator,
  isIndicatorValidFor,
  MERGER_DATE,
  makePeriod,
  periodOf,
  startDate,
} from '@cds/core';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { MONTHLY_SHAPES } from '../src/seed/demo/demo-profiles.ts';
import { loadDemoData } from '../src/seed/demo/generate-demo.ts';
import { loadReference } from '../src/seed/load-reference.ts';

export const BENCH_DIR = fileURLToPath(new URL('../bench-data/', import.meta.url));
export const BENCH_DB_PATH = `${BENCH_DIR}bench.sqlite`;

/** How many observations the bench database aims for. */
export const TARGET_OBSERVATIONS = 1_000_000;
/** A file with at least this many observations is reused as it is. */
export const REUSE_THRESHOLD = 900_000;

const FIRST_YEAR = 1990;
/** Fixed, so every build is the same database. */
const NOW = '2026-11-15T00:00:00.000Z';
const BENCH_USER = 'seed:bench';

type CopyMode = 'as_is' | 'value_only' | 'numerator_as_value';

/**
 * Catalogue indicators without a demo shape → the demo indicator whose monthly series
 * they copy. `value_only` drops numerator/denominator (indicators published as a bare
 * value); `numerator_as_value` turns a covered count into a stock count.
 */
const EXTRA_INDICATORS: readonly { key: string; from: string; mode: CopyMode }[] = [
  { key: 'fibre_routes_added', from: 'bts_4g_added', mode: 'as_is' },
  { key: 'switching_points_added', from: 'bts_4g_added', mode: 'as_is' },
  { key: 'policy_documents_issued', from: 'bts_4g_added', mode: 'as_is' },
  { key: 'inspections_conducted', from: 'bts_4g_added', mode: 'as_is' },
  { key: 'citizen_petitions_resolved', from: 'fibre_km_added', mode: 'as_is' },
  { key: 'one_stop_districts', from: 'communes_fibre', mode: 'as_is' },
  { key: 'one_stop_communes', from: 'communes_4g', mode: 'as_is' },
  { key: 'tasks_completed_on_time', from: 'e_documents', mode: 'as_is' },
  { key: 'egov_tasks_completion', from: 'online_procedures', mode: 'value_only' },
  { key: 'service_index_766', from: 'full_online_services', mode: 'value_only' },
  { key: 'video_conference_sites', from: 'communes_4g', mode: 'numerator_as_value' },
];

export interface BenchDbInfo {
  path: string;
  observations: number;
  targets: number;
  reused: boolean;
  /** Build time in ms; null when the file was reused. */
  buildMs: number | null;
  lastMonth: string | null;
}

interface IndicatorValidity {
  key: string;
  validFrom: string | null;
  validTo: string | null;
}

/** Opens a SQLite file with the pragmas of `src/db/connection.ts`. */
export function openBenchSqlite(path: string, options: SQLite.Options = {}): SQLite.Database {
  const database = new SQLite(path, options);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return database;
}

function countRows(path: string): { observations: number; targets: number } | null {
  if (!existsSync(path)) return null;
  try {
    const database = new SQLite(path, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) =>
        (database.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      return { observations: count('observation'), targets: count('target') };
    } finally {
      database.close();
    }
  } catch {
    return null;
  }
}

/** Whether a figure for the indicator may exist for the period (its validity dates). */
function isValidIn(indicator: IndicatorValidity, periodKey: string): boolean {
  const p = periodOf(periodKey);
  // isIndicatorValidFor reads only validFrom/validTo.
  return isIndicatorValidFor(indicator as unknown as Indicator, startDate(p), endDate(p));
}

/**
 * The smallest last month for which the monthly rows (demo + extras, 63 units before
 * the merger, 34 after) reach the target. Yearly indices and reference rows come on top.
 */
function lastMonthForTarget(indicators: readonly IndicatorValidity[], target: number): string {
  let rows = 0;
  for (let year = FIRST_YEAR; year <= 2100; year++) {
    for (let month = 1; month <= 12; month++) {
      const p = makePeriod('month', year, month);
      const units = startDate(p) < MERGER_DATE ? 63 : 34;
      rows += units * indicators.filter((i) => isValidIn(i, p.key)).length;
      if (rows >= target) return p.key;
    }
  }
  return '2100-12';
}

/** Copies the demo series of template indicators into the catalogue indicators the demo lacks. */
function insertExtraIndicators(database: SQLite.Database, validity: Map<string, IndicatorValidity>): number {
  const realYears = new Set(
    (
      database
        .prepare('select distinct unit_id, indicator_key, year from observation where is_demo = 0')
        .all() as { unit_id: string; indicator_key: string; year: number }[]
    ).map((r) => `${r.unit_id}|${r.indicator_key}|${r.year}`),
  );
  const realTargets = new Set(
    (
      database.prepare('select unit_id, indicator_key, period from target where is_demo = 0').all() as {
        unit_id: string | null;
        indicator_key: string;
        period: string;
      }[]
    ).map((t) => `${t.unit_id}|${t.indicator_key}|${t.period}`),
  );
  const readObservations = database.prepare(
    `select unit_id, period, period_type, year, value, numerator, denominator, source_ref
       from observation where indicator_key = ? and is_demo = 1 and period_type = 'month'`,
  );
  const insertObservation = database.prepare(
    `insert into observation (unit_id, indicator_key, period, period_type, year, value, numerator, denominator,
       source_ref, status, is_demo, version, created_by, created_at, updated_by, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'approved', 1, 1, ?, ?, ?, ?)`,
  );
  const readTargets = database.prepare(
    `select unit_id, period, comparator, value, source, confidence
       from target where indicator_key = ? and is_demo = 1 and unit_id is not null`,
  );
  const insertTarget = database.prepare(
    `insert into target (unit_id, indicator_key, period, comparator, value, source, is_derived, derivation,
       is_demo, confidence) values (?, ?, ?, ?, ?, ?, 0, null, 1, ?)`,
  );
  let inserted = 0;
  database.transaction(() => {
    for (const extra of EXTRA_INDICATORS) {
      const indicator = validity.get(extra.key);
      if (!indicator) throw new Error(`indicator ${extra.key} is not in the catalogue`);
      const isValid = (periodKey: string) => isValidIn(indicator, periodKey);
      for (const row of readObservations.all(extra.from) as {
        unit_id: string;
        period: string;
        period_type: string;
        year: number;
        value: number | null;
        numerator: number | null;
        denominator: number | null;
        source_ref: string | null;
      }[]) {
        if (realYears.has(`${row.unit_id}|${extra.key}|${row.year}`) || !isValid(row.period)) continue;
        const value = extra.mode === 'numerator_as_value' ? row.numerator : row.value;
        const keepRatio = extra.mode === 'as_is';
        insertObservation.run(
          row.unit_id,
          extra.key,
          row.period,
          row.period_type,
          row.year,
          value,
          keepRatio ? row.numerator : null,
          keepRatio ? row.denominator : null,
          row.source_ref,
          BENCH_USER,
          NOW,
          BENCH_USER,
          NOW,
        );
        inserted++;
      }
      // Targets only where the copied value means the same thing as the template's.
      if (extra.mode === 'numerator_as_value') continue;
      for (const t of readTargets.all(extra.from) as {
        unit_id: string;
        period: string;
        comparator: string;
        value: number;
        source: string;
        confidence: string | null;
      }[]) {
        if (realTargets.has(`${t.unit_id}|${extra.key}|${t.period}`) || !isValid(t.period)) continue;
        insertTarget.run(t.unit_id, extra.key, t.period, t.comparator, t.value, t.source, t.confidence);
      }
    }
  })();
  return inserted;
}

async function build(path: string): Promise<{ lastMonth: string }> {
  const tmp = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
  const database = openBenchSqlite(tmp);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  const step = async <T>(label: string, run: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await run();
    console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  try {
    await step('migrations', () => migrateToLatest(db));
    await step('reference data (loadReference)', () => loadReference(db, NOW));
    const indicators = database
      .prepare('select key, valid_from as validFrom, valid_to as validTo from indicator')
      .all() as IndicatorValidity[];
    const validity = new Map(indicators.map((i) => [i.key, i]));
    const monthly = [...Object.keys(MONTHLY_SHAPES), ...EXTRA_INDICATORS.map((e) => e.key)].map((key) => {
      const indicator = validity.get(key);
      if (!indicator) throw new Error(`indicator ${key} is not in the catalogue`);
      return indicator;
    });
    const lastMonth = lastMonthForTarget(monthly, TARGET_OBSERVATIONS);
    console.log(
      `  monthly figures for ${monthly.length} indicators from ${FIRST_YEAR}-01 to ${lastMonth} (${Object.keys(MONTHLY_SHAPES).length} by loadDemoData, ${EXTRA_INDICATORS.length} copied)`,
    );
    const demo = await step(`demo data (loadDemoData ${FIRST_YEAR}…${lastMonth})`, () =>
      loadDemoData(db, { firstYear: FIRST_YEAR, lastMonth, now: NOW }),
    );
    console.log(`    ${demo.observations} observations, ${demo.targets} targets`);
    const extra = await step('extra indicators (bench-only copies)', () =>
      insertExtraIndicators(database, validity),
    );
    console.log(`    ${extra} observations`);
    database.pragma('wal_checkpoint(TRUNCATE)');
    await db.destroy();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    renameSync(tmp, path);
    for (const suffix of ['-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
    return { lastMonth };
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
}

/** Returns the bench database, building it when missing, too small, or when `rebuild` is set. */
export async function ensureBenchDb(options: { rebuild?: boolean } = {}): Promise<BenchDbInfo> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const existing = options.rebuild ? null : countRows(BENCH_DB_PATH);
  if (existing && existing.observations >= REUSE_THRESHOLD) {
    console.log(
      `Reusing ${BENCH_DB_PATH}: ${existing.observations.toLocaleString('en')} observations (pass --rebuild to build it again).`,
    );
    return { path: BENCH_DB_PATH, ...existing, reused: true, buildMs: null, lastMonth: null };
  }
  console.log(
    `Building ${BENCH_DB_PATH} (${options.rebuild ? '--rebuild' : existing ? `only ${existing.observations} observations` : 'missing'})…`,
  );
  const started = performance.now();
  const { lastMonth } = await build(BENCH_DB_PATH);
  const buildMs = performance.now() - started;
  const counts = countRows(BENCH_DB_PATH);
  if (!counts) throw new Error(`could not read ${BENCH_DB_PATH} after building it`);
  console.log(
    `Built ${BENCH_DB_PATH} in ${(buildMs / 1000).toFixed(1)} s: ${counts.observations.toLocaleString('en')} observations, ${counts.targets.toLocaleString('en')} targets, ${(statSync(BENCH_DB_PATH).size / 2 ** 20).toFixed(0)} MiB.`,
  );
  return { path: BENCH_DB_PATH, ...counts, reused: false, buildMs, lastMonth };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureBenchDb({ rebuild: process.argv.includes('--rebuild') });
}
