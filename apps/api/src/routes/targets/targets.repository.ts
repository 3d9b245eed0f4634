/**
 * The SQL of plan writes. A cell (indicator, period, and unit or none for a national plan) holds at
 * most one real plan, enforced by the unique index `target_real_cell`; demo plans stand in until a
 * real one replaces them. Reading plans is in plans/targets.repository.ts.
 */
import type { TargetWrite } from '@cds/core';
import type { Selectable } from 'kysely';
import { raiseDataVersion } from '../../answer-cache/data-version.repository.ts';
import type { Db } from '../../db/connection.ts';
import type { TargetTable } from '../../db/database.ts';

export type PlanRow = Selectable<TargetTable>;

/** The columns a written plan gets: entered by a person, never derived or demo. */
function planColumns(body: TargetWrite) {
  return {
    unit_id: body.unitId,
    indicator_key: body.indicatorKey,
    period: body.period,
    comparator: body.comparator,
    value: body.value,
    source: body.source,
    is_derived: body.derivedFrom ? 1 : 0,
    derivation: body.derivedFrom ? `${body.derivedFrom.claim}: ${body.derivedFrom.actual}` : null,
    is_demo: 0,
    confidence: 'entered',
  };
}

export async function findPlan(db: Db, id: number): Promise<PlanRow | undefined> {
  return db.selectFrom('target').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The plans of the cell `body` writes to: its real plan, if any, and its demo plans. */
export async function plansInCell(
  db: Db,
  body: Pick<TargetWrite, 'unitId' | 'indicatorKey' | 'period'>,
): Promise<{ realId: number | null; demoIds: number[] }> {
  const rows = await db
    .selectFrom('target')
    .select(['id', 'is_demo'])
    .where('indicator_key', '=', body.indicatorKey)
    .where('period', '=', body.period)
    .where((eb) => (body.unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', body.unitId)))
    .orderBy('id')
    .execute();
  return {
    realId: rows.find((r) => r.is_demo === 0)?.id ?? null,
    demoIds: rows.filter((r) => r.is_demo !== 0).map((r) => r.id),
  };
}

export async function insertPlan(db: Db, body: TargetWrite): Promise<number> {
  const row = await db
    .insertInto('target')
    .values(planColumns(body))
    .returning('id')
    .executeTakeFirstOrThrow();
  await raiseDataVersion(db);
  return row.id;
}

/** Rewrites plan `id` (possibly into another cell); false if it no longer exists. */
export async function updatePlan(db: Db, id: number, body: TargetWrite): Promise<boolean> {
  const result = await db
    .updateTable('target')
    .set(planColumns(body))
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await raiseDataVersion(db);
  return true;
}

export async function deletePlans(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .deleteFrom('target')
    .where('id', 'in', [...ids])
    .execute();
  await raiseDataVersion(db);
}
