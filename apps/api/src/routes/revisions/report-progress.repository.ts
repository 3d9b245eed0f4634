/**
 * Where the provinces' reports stand, read from their revisions: the submissions waiting for a
 * reviewer, the periods with open figures, the figures sent for review, and when each province
 * first sent a period.
 */
import type { Db } from '../../db/connection.ts';
import { OPEN_STATUSES } from './revisions.repository.ts';

/** The units and periods with figures sent for review among `unitIds` (null: all), oldest first. */
export async function listSubmittedGroups(
  db: Db,
  unitIds: readonly string[] | null,
): Promise<{ unitId: string; period: string; count: number; submittedAt: string }[]> {
  if (unitIds && unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('revision')
    .select((eb) => [
      'unit_id',
      'period',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min<string>('submitted_at').as('first_submitted'),
    ])
    .where('status', '=', 'submitted')
    .$if(!!unitIds, (q) => q.where('unit_id', 'in', [...(unitIds ?? [])]))
    .groupBy(['unit_id', 'period'])
    .orderBy('first_submitted')
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    period: r.period,
    count: Number(r.n),
    submittedAt: r.first_submitted,
  }));
}

/** The periods in which some of these units have open revisions (draft, sent, returned). */
export async function openReportPeriods(
  db: Db,
  unitIds: readonly string[],
): Promise<{ unitId: string; period: string }[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('revision')
    .select(['unit_id', 'period'])
    .distinct()
    .where('unit_id', 'in', [...unitIds])
    .where('status', 'in', [...OPEN_STATUSES])
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, period: r.period }));
}

/** Sent for review, per indicator, of some units and periods: what cards show as "chờ duyệt". */
export async function pendingCells(db: Db, unitIds: readonly string[], periods: readonly string[]) {
  if (unitIds.length === 0 || periods.length === 0) return [];
  return db
    .selectFrom('revision')
    .select((eb) => ['unit_id', 'indicator_key', 'period', eb.fn.max('submitted_at').as('submitted_at')])
    .where('status', '=', 'submitted')
    .where('unit_id', 'in', [...unitIds])
    .where('period', 'in', [...periods])
    .groupBy(['unit_id', 'indicator_key', 'period'])
    .execute();
}

/** When each unit first sent figures of the period for review (any revision since submitted). */
export async function firstSubmissions(db: Db, unitIds: readonly string[], period: string) {
  if (unitIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('revision')
    .select((eb) => ['unit_id', eb.fn.min<string>('submitted_at').as('first')])
    .where('unit_id', 'in', [...unitIds])
    .where('period', '=', period)
    .where('submitted_at', 'is not', null)
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((r) => [r.unit_id, r.first]));
}
