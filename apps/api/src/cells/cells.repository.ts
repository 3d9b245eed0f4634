/** Reads stored figures as the cells that roll-ups and restatements work on. */
import type { Cell } from '@cds/core';
import type { Db } from '../db/connection.ts';

export interface CellQuery {
  indicatorKeys?: readonly string[];
  unitIds?: readonly string[];
  years: readonly number[];
  /** Only these period keys (e.g. a period and the sub-periods it rolls up from). */
  periods?: readonly string[];
  /** Also read the source quote and note: wanted for one province, not for a ranking of all. */
  withText?: boolean;
}

export interface StoredCell extends Cell {
  readonly unitId: string;
  readonly indicatorKey: string;
  readonly sourceQuote: string | null;
  readonly note: string | null;
}

/** indicator → unit → cells, for the years asked (every granularity inside them). */
export type CellIndex = Map<string, Map<string, StoredCell[]>>;

export async function loadCells(db: Db, query: CellQuery): Promise<CellIndex> {
  const rows = await db
    .selectFrom('observation')
    .select([
      'unit_id',
      'indicator_key',
      'period',
      'value',
      'numerator',
      'denominator',
      'is_demo',
      'source_ref',
      'qualifier',
      'ranked_of',
    ])
    // Building row objects dominates the cost of a summary: read the long text only when asked.
    .$if(!!query.withText, (q) => q.select(['source_quote', 'note']))
    // One province's periods are found by its own index (unit, period); the year would only lead
    // SQLite, which keeps no statistics, to read the whole year through the year index instead.
    .$if(!(query.unitIds && query.periods), (q) => q.where('year', 'in', [...query.years]))
    .$if(!!query.periods, (q) => q.where('period', 'in', [...(query.periods ?? [])]))
    .where('status', '=', 'approved')
    .$if(!!query.indicatorKeys, (q) => q.where('indicator_key', 'in', [...(query.indicatorKeys ?? [])]))
    .$if(!!query.unitIds, (q) => q.where('unit_id', 'in', [...(query.unitIds ?? [])]))
    .execute();
  const index: CellIndex = new Map();
  for (const r of rows) {
    let byUnit = index.get(r.indicator_key);
    if (!byUnit) {
      byUnit = new Map();
      index.set(r.indicator_key, byUnit);
    }
    let cells = byUnit.get(r.unit_id);
    if (!cells) {
      cells = [];
      byUnit.set(r.unit_id, cells);
    }
    cells.push({
      unitId: r.unit_id,
      indicatorKey: r.indicator_key,
      period: r.period,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      isDemo: r.is_demo === 1,
      sourceRef: r.source_ref,
      qualifier: r.qualifier,
      rankedOf: r.ranked_of,
      sourceQuote: 'source_quote' in r ? (r.source_quote as string | null) : null,
      note: 'note' in r ? (r.note as string | null) : null,
    });
  }
  return index;
}

export function cellsOf(index: CellIndex, indicatorKey: string, unitId: string): readonly StoredCell[] {
  return index.get(indicatorKey)?.get(unitId) ?? [];
}
