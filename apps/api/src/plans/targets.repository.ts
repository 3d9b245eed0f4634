/** Targets: a province's own plans and the national ones, with where they came from. */
import { parsePeriod } from '@cds/core';
import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { TargetTable } from '../db/database.ts';

export interface TargetView {
  id: number;
  unitId: string | null;
  indicatorKey: string;
  period: string;
  scope: 'unit' | 'national';
  comparator: string;
  value: number;
  source: string;
  isDerived: boolean;
  derivation: string | null;
  isDemo: boolean;
  confidence: string | null;
}

export interface TargetQuery {
  unitId?: string;
  indicatorKey?: string;
  periods?: readonly string[];
  /** Include national targets alongside the unit's (default true). */
  withNational?: boolean;
}

export async function findTargets(db: Db, query: TargetQuery): Promise<TargetView[]> {
  const withNational = query.withNational ?? true;
  const select = () =>
    db
      .selectFrom('target')
      .selectAll()
      .$if(!!query.indicatorKey, (q) => q.where('indicator_key', '=', query.indicatorKey as string))
      .$if(!!query.periods, (q) => q.where('period', 'in', [...(query.periods ?? [])]));
  // A unit's own and the national targets as two index ranges: "unit_id = ? or unit_id is null"
  // made SQLite read every province's targets of the periods.
  const rows = await (!query.unitId
    ? select()
    : withNational
      ? select()
          .where('unit_id', '=', query.unitId)
          .unionAll(select().where('unit_id', 'is', null))
      : select().where('unit_id', '=', query.unitId)
  )
    .orderBy('period')
    .orderBy('id')
    .execute();
  return rows.map(toTargetView);
}

function toTargetView(r: Selectable<TargetTable>): TargetView {
  return {
    id: r.id,
    unitId: r.unit_id,
    indicatorKey: r.indicator_key,
    period: r.period,
    scope: r.unit_id === null ? 'national' : 'unit',
    comparator: r.comparator,
    value: r.value,
    source: r.source,
    isDerived: r.is_derived === 1,
    derivation: r.derivation,
    isDemo: r.is_demo === 1,
    confidence: r.confidence,
  };
}

/**
 * The plans of some indicators and periods: the named provinces' own and the national ones, as two
 * index ranges (a comparison's plan lines).
 */
export async function findTargetsOf(
  db: Db,
  query: { indicatorKeys: readonly string[]; unitIds: readonly string[]; periods: readonly string[] },
): Promise<TargetView[]> {
  if (query.indicatorKeys.length === 0 || query.periods.length === 0) return [];
  const select = () =>
    db
      .selectFrom('target')
      .selectAll()
      .where('indicator_key', 'in', [...query.indicatorKeys])
      .where('period', 'in', [...query.periods]);
  const rows = await (query.unitIds.length > 0
    ? select()
        .where('unit_id', 'in', [...query.unitIds])
        .unionAll(select().where('unit_id', 'is', null))
    : select().where('unit_id', 'is', null)
  )
    .orderBy('period')
    .orderBy('id')
    .execute();
  return rows.map(toTargetView);
}

/** Plans of a filter (units, indicator, a range of periods of one type), for exports. */
export async function findTargetsInRange(
  db: Db,
  q: {
    unitIds?: readonly string[];
    indicatorKey?: string;
    periodType?: string;
    from?: string;
    to?: string;
    demo: 'include' | 'exclude' | 'only';
    limit: number;
  },
) {
  const rows = await db
    .selectFrom('target')
    .selectAll()
    .$if(!!q.indicatorKey, (b) => b.where('indicator_key', '=', q.indicatorKey as string))
    .$if(!!q.unitIds, (b) => b.where('unit_id', 'in', [...(q.unitIds ?? [])]))
    .$if(!!q.from, (b) => b.where('period', '>=', q.from as string))
    .$if(!!q.to, (b) => b.where('period', '<=', q.to as string))
    .$if(q.demo !== 'include', (b) => b.where('is_demo', '=', q.demo === 'only' ? 1 : 0))
    .orderBy('indicator_key')
    .orderBy('unit_id')
    .orderBy('period')
    .limit(q.limit)
    .execute();
  // Keys of one type order correctly as text; another type's keys can fall inside a text range.
  const ofType = (period: string) => !q.periodType || parsePeriod(period)?.type === q.periodType;
  return rows
    .filter((r) => ofType(r.period))
    .map((r) => ({
      unitId: r.unit_id,
      indicatorKey: r.indicator_key,
      period: r.period,
      value: r.value,
      comparator: r.comparator,
      source: r.source,
      isDerived: r.is_derived === 1,
      isDemo: r.is_demo === 1,
    }));
}
