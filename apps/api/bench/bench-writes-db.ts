/**
 * Throw-away copies of the bench database for the benches that write (write-cost-bench.ts,
 * load-bench.ts), so that approvals never change the databases the read benches reuse:
 *   - SQLite: `bench-data/bench-writes.sqlite`, a file copy of bench.sqlite made afresh each run;
 *   - PostgreSQL: `cds_bench_writes`, `CREATE DATABASE … TEMPLATE cds_bench` made afresh each run.
 * Each copy gets the app's accounts (`seedAccounts`: the admin and the demo accounts), and the
 * cells a staff account may propose a figure for. It measures nothing itself.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { type IndicatorUnit, validateFigure, vietnamMonthBefore } from '@cds/core';
import { systemClock } from '../src/clock/clock.ts';
import { type Db, openDatabase } from '../src/db/connection.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { BENCH_DIR } from './build-bench-db.ts';
import {
  cloneBenchDatabase,
  dropBenchDatabase,
  PG_BENCH_DB,
  PG_WRITES_DB,
  pgUrl,
} from './postgres-bench-db.ts';

export const BENCH_WRITES_SQLITE = `${BENCH_DIR}bench-writes.sqlite`;
export const BENCH_ADMIN_PASSWORD = 'bench-admin-password-2026';
export { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';

/** The demo staff accounts and the province each enters figures for (demo-accounts.ts). */
export const STAFF = [
  { login: 'demo.sonla', unitId: 'v34-14' },
  { login: 'demo.quangtri', unitId: 'v34-44' },
] as const;
/** Reviews both provinces. */
export const REVIEWER = 'demo.reviewer';
export const READERS = ['demo.viewer', 'demo.admin', REVIEWER] as const;

/** A bench database on one engine. */
export type DbTarget =
  | { engine: 'SQLite'; dialect: 'sqlite'; path: string }
  | { engine: 'PostgreSQL'; dialect: 'postgres'; url: string };

export const openTarget = (t: DbTarget): Db =>
  openDatabase(t.dialect === 'sqlite' ? { path: t.path } : { url: t.url });

/** A fresh copy of the SQLite bench file (no writer may have it open). */
export function copySqliteForWrites(sourcePath: string): DbTarget {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${BENCH_WRITES_SQLITE}${suffix}`, { force: true });
  copyFileSync(sourcePath, BENCH_WRITES_SQLITE);
  if (existsSync(`${sourcePath}-wal`)) copyFileSync(`${sourcePath}-wal`, `${BENCH_WRITES_SQLITE}-wal`);
  return { engine: 'SQLite', dialect: 'sqlite', path: BENCH_WRITES_SQLITE };
}

/** A fresh copy of `cds_bench` (nobody may be connected to it). */
export async function copyPostgresForWrites(): Promise<DbTarget> {
  await cloneBenchDatabase(PG_BENCH_DB, PG_WRITES_DB);
  return { engine: 'PostgreSQL', dialect: 'postgres', url: pgUrl(PG_WRITES_DB) };
}

/** Removes the copies (they are made afresh by each run). */
export async function removeWriteCopies(targets: readonly DbTarget[]): Promise<void> {
  for (const target of targets) {
    if (target.dialect === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${target.path}${suffix}`, { force: true });
    } else {
      await dropBenchDatabase(PG_WRITES_DB);
    }
  }
}

/** The admin (BENCH_ADMIN_PASSWORD) and the demo accounts (DEMO_PASSWORD), as the server makes them. */
export async function seedBenchAccounts(db: Db): Promise<void> {
  await seedAccounts(db, {
    withDemo: true,
    now: systemClock().toISOString(),
    adminLogin: 'admin',
    adminPassword: BENCH_ADMIN_PASSWORD,
  });
}

export interface Cell {
  unitId: string;
  indicatorKey: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * Monthly cells of a staff account's province that may be entered now (July 2025, when the 34
 * provinces begin, to last month), with their stored figure, which is valid by construction and
 * is sent back as the proposed one. Ranks are left out (they need the N ranked), and so are the
 * few figures the entry form would refuse (build-bench-db.ts copies some km series into counts).
 */
export async function writableCells(db: Db, unitId: string): Promise<Cell[]> {
  const last = vietnamMonthBefore(systemClock());
  const rows = await db
    .selectFrom('observation as o')
    .innerJoin('indicator as i', 'i.key', 'o.indicator_key')
    .select(['o.unit_id', 'o.indicator_key', 'o.period', 'o.value', 'o.numerator', 'o.denominator', 'i.unit'])
    .where('o.unit_id', '=', unitId)
    .where('o.period_type', '=', 'month')
    .where('o.period', '>=', '2025-07')
    .where('o.period', '<=', last)
    .where('i.unit', '!=', 'rank')
    .orderBy('o.period')
    .orderBy('o.indicator_key')
    .execute();
  return rows
    .filter((r) => validateFigure(r.unit as IndicatorUnit, r).length === 0)
    .map((r) => ({
      unitId: r.unit_id,
      indicatorKey: r.indicator_key,
      period: r.period,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
    }));
}

/** The body of `POST /api/revisions` proposing `cell`'s figure. */
export function revisionBody(cell: Cell, note: string, submit = true) {
  return {
    unitId: cell.unitId,
    indicatorKey: cell.indicatorKey,
    period: cell.period,
    value: cell.value,
    numerator: cell.numerator,
    denominator: cell.denominator,
    sourceRef: 'bench: proposed figure',
    note,
    submit,
  };
}
