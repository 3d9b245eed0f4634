/** Stored figures exactly as entered or loaded, for tables, exports and audits. */
import type { Db } from '../../db/connection.ts';

export interface ObservationQuery {
  indicatorKey?: string;
  unitIds?: readonly string[];
  periodType?: string;
  from?: string;
  to?: string;
  demo: 'include' | 'exclude' | 'only';
  limit: number;
  offset: number;
}

export async function findObservations(db: Db, q: ObservationQuery) {
  const rows = await db
    .selectFrom('observation')
    .selectAll()
    .$if(!!q.indicatorKey, (b) => b.where('indicator_key', '=', q.indicatorKey as string))
    .$if(!!q.unitIds, (b) => b.where('unit_id', 'in', [...(q.unitIds ?? [])]))
    .$if(!!q.periodType, (b) => b.where('period_type', '=', q.periodType as string))
    .$if(!!q.from, (b) => b.where('period', '>=', q.from as string))
    .$if(!!q.to, (b) => b.where('period', '<=', q.to as string))
    .$if(q.demo !== 'include', (b) => b.where('is_demo', '=', q.demo === 'only' ? 1 : 0))
    .orderBy('indicator_key')
    .orderBy('unit_id')
    .orderBy('period')
    .limit(q.limit + 1)
    .offset(q.offset)
    .execute();
  return {
    hasMore: rows.length > q.limit,
    observations: rows.slice(0, q.limit).map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      indicatorKey: r.indicator_key,
      period: r.period,
      periodType: r.period_type,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      qualifier: r.qualifier,
      rankedOf: r.ranked_of,
      sourceRef: r.source_ref,
      sourceQuote: r.source_quote,
      note: r.note,
      status: r.status,
      isDemo: r.is_demo === 1,
      version: r.version,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
    })),
  };
}
