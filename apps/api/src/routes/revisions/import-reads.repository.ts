/**
 * What an import compares each row with: the open revisions and published versions of many
 * cells, read in bulk with only the columns it needs.
 */
import type { Db } from '../../db/connection.ts';
import type { RevisionFields } from './revision-states.repository.ts';
import { OPEN_STATUSES, type OpenStatus } from './revisions.repository.ts';

/**
 * The open revisions (latest first) and published versions of many cells, read unit by unit in
 * chunks of periods, with only the columns an import compares (no joins).
 */
export async function cellsState(db: Db, unitPeriods: ReadonlyMap<string, readonly string[]>) {
  const open: OpenState[] = [];
  const versions = new Map<string, number>();
  for (const [unitId, periods] of unitPeriods) {
    for (let i = 0; i < periods.length; i += 500) {
      const chunk = periods.slice(i, i + 500);
      const rows = await db
        .selectFrom('revision')
        .select([
          'id',
          'unit_id',
          'indicator_key',
          'period',
          'value',
          'numerator',
          'denominator',
          'qualifier',
          'ranked_of',
          'source_ref',
          'source_quote',
          'note',
          'status',
          'version',
          'base_version',
        ])
        .where('unit_id', '=', unitId)
        .where('period', 'in', [...chunk])
        .where('status', 'in', [...OPEN_STATUSES])
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      for (const r of rows)
        open.push({
          id: r.id,
          unitId: r.unit_id,
          indicatorKey: r.indicator_key,
          period: r.period,
          status: r.status as OpenStatus,
          version: r.version,
          baseVersion: r.base_version,
          fields: {
            value: r.value,
            numerator: r.numerator,
            denominator: r.denominator,
            qualifier: r.qualifier,
            rankedOf: r.ranked_of,
            sourceRef: r.source_ref,
            sourceQuote: r.source_quote ?? null,
            note: r.note,
          },
        });
      const published = await db
        .selectFrom('observation')
        .select(['indicator_key', 'period', 'version'])
        .where('unit_id', '=', unitId)
        .where('period', 'in', [...chunk])
        .execute();
      for (const p of published) versions.set(`${unitId}|${p.period}|${p.indicator_key}`, p.version);
    }
  }
  return { open, versions };
}

export interface OpenState {
  id: number;
  unitId: string;
  indicatorKey: string;
  period: string;
  status: OpenStatus;
  version: number;
  baseVersion: number | null;
  fields: RevisionFields;
}
