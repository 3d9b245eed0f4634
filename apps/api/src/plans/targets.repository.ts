/** Targets: a province's own plans and the national ones, with where they came from. */
import type { Db } from '../db/connection.ts';

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
  return rows.map((r) => ({
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
  }));
}
