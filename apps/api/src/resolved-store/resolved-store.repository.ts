/**
 * The resolved-figures store's tables (migration 0004): writing a block, reading what a summary or
 * a ranking shows. The only code that touches them.
 */
import type { BlockFigure, BlockRanking, Resolved, ResolvedBlock, View } from '@cds/core';
import { PostgresAdapter, sql } from 'kysely';
import { raiseDataVersion } from '../answer-cache/data-version.repository.ts';
import type { Db } from '../db/connection.ts';
import type { ResolvedFigureTable, ResolvedRankingTable } from '../db/database.ts';

/** Rows per INSERT: 9 columns × 2 000 stays under both engines' limits on bound parameters. */
const BATCH = 2000;

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Holds the block for the rest of the transaction: two approvals in one block are resolved one
 * after the other, the second reading the first's figures (PostgreSQL; SQLite runs one writer).
 */
export async function lockBlock(trx: Db, indicatorKey: string, year: number): Promise<void> {
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock(3, hashtext(${`${indicatorKey}|${year}`}))`.execute(trx);
  }
}

function figureRow(indicatorKey: string, year: number, f: BlockFigure): ResolvedFigureTable {
  return {
    indicator_key: indicatorKey,
    year,
    period: f.period,
    view: f.view,
    unit_id: f.unitId,
    figure: JSON.stringify(f.figure),
    rank: f.rank,
    is_tied: f.isTied ? 1 : 0,
    is_ranked: f.isRanked ? 1 : 0,
  };
}

/**
 * Replaces a block (its figures, rankings and built mark) inside the caller's transaction; with
 * `periods`, only those periods of it (the block was resolved for them alone).
 */
export async function writeBlock(
  trx: Db,
  block: ResolvedBlock,
  now: string,
  periods?: readonly string[],
): Promise<void> {
  const { indicatorKey, year } = block;
  for (const table of ['resolved_figure', 'resolved_ranking'] as const) {
    await trx
      .deleteFrom(table)
      .where('indicator_key', '=', indicatorKey)
      .where('year', '=', year)
      .$if(periods !== undefined, (q) => q.where('period', 'in', [...(periods ?? [])]))
      .execute();
  }
  await trx
    .deleteFrom('resolved_block')
    .where('indicator_key', '=', indicatorKey)
    .where('year', '=', year)
    .execute();
  const rows = block.figures.map((f) => figureRow(indicatorKey, year, f));
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto('resolved_figure')
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
  if (block.rankings.length > 0) {
    await trx
      .insertInto('resolved_ranking')
      .values(
        block.rankings.map((r) => ({
          indicator_key: indicatorKey,
          year,
          period: r.period,
          view: r.view,
          vintage: r.vintage,
          ranked_count: r.rankedCount,
          unit_count: r.unitCount,
          has_demo: r.hasDemo ? 1 : 0,
          is_derived: r.isDerived ? 1 : 0,
          aggregates: JSON.stringify({ national: r.national, regional: r.regional }),
        })),
      )
      .execute();
  }
  await trx
    .insertInto('resolved_block')
    .values({ indicator_key: indicatorKey, year, built_at: now })
    .execute();
  // Last in the block's write: on PostgreSQL it holds the counter until commit.
  await raiseDataVersion(trx);
}

/** The blocks that hold figures: every indicator × year with an approved figure. */
export async function blocksWithFigures(db: Db): Promise<{ indicatorKey: string; year: number }[]> {
  const rows = await db
    .selectFrom('observation')
    .select(['indicator_key', 'year'])
    .where('status', '=', 'approved')
    .groupBy(['indicator_key', 'year'])
    .orderBy('indicator_key')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({ indicatorKey: r.indicator_key, year: r.year }));
}

/** Which of these years are built, per indicator (`indicator|year`). */
export async function builtBlocks(db: Db, years: readonly number[]): Promise<Set<string>> {
  if (years.length === 0) return new Set();
  const rows = await db
    .selectFrom('resolved_block')
    .select(['indicator_key', 'year'])
    .where('year', 'in', [...years])
    .execute();
  return new Set(rows.map((r) => `${r.indicator_key}|${r.year}`));
}

export async function allBuiltBlocks(db: Db): Promise<{ indicatorKey: string; year: number }[]> {
  const rows = await db.selectFrom('resolved_block').select(['indicator_key', 'year']).execute();
  return rows.map((r) => ({ indicatorKey: r.indicator_key, year: r.year }));
}

export interface StoredFigure extends BlockFigure {
  indicatorKey: string;
}

function toStored(r: ResolvedFigureTable): StoredFigure {
  return {
    indicatorKey: r.indicator_key,
    unitId: r.unit_id,
    period: r.period,
    view: r.view,
    figure: JSON.parse(r.figure) as Resolved,
    isRanked: r.is_ranked === 1,
    rank: r.rank,
    isTied: r.is_tied === 1,
  };
}

/** A unit's figures of some periods and views, every indicator: what its summary shows. */
export async function readUnitFigures(
  db: Db,
  unitId: string,
  periods: readonly string[],
  views: readonly View[],
): Promise<StoredFigure[]> {
  const rows = await db
    .selectFrom('resolved_figure')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('view', 'in', [...views])
    .where('period', 'in', [...periods])
    .execute();
  return rows.map(toStored);
}

export interface StoredRanking extends BlockRanking {
  indicatorKey: string;
}

function toStoredRanking(r: ResolvedRankingTable): StoredRanking {
  return {
    indicatorKey: r.indicator_key,
    period: r.period,
    view: r.view,
    vintage: r.vintage as 63 | 34,
    rankedCount: r.ranked_count,
    unitCount: r.unit_count,
    hasDemo: r.has_demo === 1,
    isDerived: r.is_derived === 1,
    ...(r.aggregates === null ? NO_AGGREGATES : (JSON.parse(r.aggregates) as Aggregates)),
  };
}

type Aggregates = Pick<BlockRanking, 'national' | 'regional'>;
const NO_AGGREGATES: Aggregates = {
  national: {
    value: null,
    reporting: 0,
    of: 0,
    isPartial: true,
    isDemo: false,
    isPartlyDemo: false,
    isWithheld: false,
  },
  regional: [],
};

/** The rankings of some periods in one view, every indicator unless one is named. */
export async function readRankings(
  db: Db,
  periods: readonly string[],
  view: View,
  indicatorKey?: string,
): Promise<StoredRanking[]> {
  const rows = await db
    .selectFrom('resolved_ranking')
    .selectAll()
    .where('view', '=', view)
    .where('period', 'in', [...periods])
    .$if(indicatorKey !== undefined, (q) => q.where('indicator_key', '=', indicatorKey as string))
    .execute();
  return rows.map(toStoredRanking);
}

/**
 * The latest year an indicator ranks at least one province in a view (a ranking's default period),
 * or null when it ranks none.
 */
export async function latestRankedYear(db: Db, indicatorKey: string, view: View): Promise<string | null> {
  const row = await db
    .selectFrom('resolved_ranking')
    .select('period')
    .where('indicator_key', '=', indicatorKey)
    .where('view', '=', view)
    .where('ranked_count', '>', 0)
    .where(sql<number>`length(period)`, '=', 4)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.period ?? null;
}

/** The latest year a unit has any figure in a view (its page's default period), or null. */
export async function latestYearOfUnit(db: Db, unitId: string, view: View): Promise<string | null> {
  const row = await db
    .selectFrom('resolved_figure')
    .select('period')
    .where('unit_id', '=', unitId)
    .where('view', '=', view)
    .where(sql<number>`length(period)`, '=', 4)
    .orderBy('period', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.period ?? null;
}

/** Every figure of one indicator, period and view (a ranking's rows, and the other vintage's). */
export async function readPeriodFigures(
  db: Db,
  indicatorKey: string,
  period: string,
  view: View,
): Promise<StoredFigure[]> {
  const rows = await db
    .selectFrom('resolved_figure')
    .selectAll()
    .where('indicator_key', '=', indicatorKey)
    .where('period', '=', period)
    .where('view', '=', view)
    .execute();
  return rows.map(toStored);
}

/** One indicator's figures of some units, periods and views (a chart's points). */
export async function readFigures(
  db: Db,
  indicatorKey: string,
  unitIds: readonly string[],
  periods: readonly string[],
  views: readonly View[],
): Promise<StoredFigure[]> {
  if (unitIds.length === 0 || periods.length === 0) return [];
  const rows = await db
    .selectFrom('resolved_figure')
    .selectAll()
    .where('indicator_key', '=', indicatorKey)
    .where('period', 'in', [...periods])
    .where('view', 'in', [...views])
    .where('unit_id', 'in', [...unitIds])
    .execute();
  return rows.map(toStored);
}

/** Several indicators' figures of some units, periods and views (a comparison's points), one read. */
export async function readFiguresOfIndicators(
  db: Db,
  indicatorKeys: readonly string[],
  unitIds: readonly string[],
  periods: readonly string[],
  views: readonly View[],
): Promise<StoredFigure[]> {
  if (indicatorKeys.length === 0 || unitIds.length === 0 || periods.length === 0) return [];
  const rows = await db
    .selectFrom('resolved_figure')
    .selectAll()
    .where('indicator_key', 'in', [...indicatorKeys])
    .where('period', 'in', [...periods])
    .where('view', 'in', [...views])
    .where('unit_id', 'in', [...unitIds])
    .execute();
  return rows.map(toStored);
}

/** Several indicators' rankings of some periods in one view, with their national and regional values. */
export async function readRankingsOfIndicators(
  db: Db,
  indicatorKeys: readonly string[],
  periods: readonly string[],
  view: View,
): Promise<StoredRanking[]> {
  if (indicatorKeys.length === 0 || periods.length === 0) return [];
  const rows = await db
    .selectFrom('resolved_ranking')
    .selectAll()
    .where('indicator_key', 'in', [...indicatorKeys])
    .where('period', 'in', [...periods])
    .where('view', '=', view)
    .execute();
  return rows.map(toStoredRanking);
}

/** Every stored figure and ranking of a block, for comparing it with a fresh computation. */
export async function readBlock(
  db: Db,
  indicatorKey: string,
  year: number,
): Promise<{ figures: StoredFigure[]; rankings: StoredRanking[] }> {
  const [figures, rankings] = await Promise.all([
    db
      .selectFrom('resolved_figure')
      .selectAll()
      .where('indicator_key', '=', indicatorKey)
      .where('year', '=', year)
      .execute(),
    db
      .selectFrom('resolved_ranking')
      .selectAll()
      .where('indicator_key', '=', indicatorKey)
      .where('year', '=', year)
      .execute(),
  ]);
  return {
    figures: figures.map(toStored),
    rankings: rankings.map(toStoredRanking),
  };
}
