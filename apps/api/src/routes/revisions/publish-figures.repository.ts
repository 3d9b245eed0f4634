/**
 * The published figures (`observation`): read by cell, and written only by approving a revision,
 * in the same transaction as its state move and the audit entry, so a figure is never
 * half-published or published unrecorded.
 */
import { periodOf } from '@cds/core';
import { writeAudit } from '../../audit/write-audit.ts';
import type { SessionUser } from '../../auth/session-user.ts';
import type { Db } from '../../db/connection.ts';
import { reseatDemoRanks } from '../../ranking/reseat-demo-ranks.ts';
import type { RevisionView } from './revisions.repository.ts';

export async function currentObservation(db: Db, unitId: string, indicatorKey: string, period: string) {
  return db
    .selectFrom('observation')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('indicator_key', '=', indicatorKey)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** The published figures of some units and periods (every indicator). */
export async function publishedCells(db: Db, unitIds: readonly string[], periods: readonly string[]) {
  if (unitIds.length === 0 || periods.length === 0) return [];
  return db
    .selectFrom('observation')
    .select([
      'unit_id',
      'indicator_key',
      'period',
      'value',
      'numerator',
      'denominator',
      'qualifier',
      'ranked_of',
      'is_demo',
      'source_ref',
      'version',
    ])
    .where('unit_id', 'in', [...unitIds])
    .where('period', 'in', [...periods])
    .execute();
}

/**
 * Publishes a revision being approved: insert or replace the observation, bumping its version.
 * Returns false, writing nothing, when the published figure is no longer the one the revision was
 * made against: the version check is part of the UPDATE, so of two approvals against one version
 * only one replaces it. Two first figures for one cell collide on the cell's unique constraint
 * instead (see isUniqueViolation). The caller moves the revision itself (moveRevision).
 */
export async function publishRevision(
  trx: Db,
  revision: RevisionView,
  reviewer: SessionUser,
  now: string,
  ip: string | null,
): Promise<boolean> {
  const existing = await currentObservation(trx, revision.unitId, revision.indicatorKey, revision.period);
  if ((existing?.version ?? null) !== revision.baseVersion) return false;
  const figure = {
    value: revision.value,
    numerator: revision.numerator,
    denominator: revision.denominator,
    qualifier: revision.qualifier,
    ranked_of: revision.rankedOf,
    source_ref: revision.sourceRef,
    source_quote: revision.sourceQuote,
    note: revision.note,
    status: 'approved',
    is_demo: 0,
    updated_by: (revision.updatedBy ?? revision.createdBy).login,
    updated_at: now,
  };
  if (existing) {
    const replaced = await trx
      .updateTable('observation')
      .set({ ...figure, version: existing.version + 1 })
      .where('id', '=', existing.id)
      .where('version', '=', existing.version)
      .executeTakeFirst();
    if (replaced.numUpdatedRows === 0n) return false;
  } else {
    const period = periodOf(revision.period);
    await trx
      .insertInto('observation')
      .values({
        ...figure,
        unit_id: revision.unitId,
        indicator_key: revision.indicatorKey,
        period: revision.period,
        period_type: period.type,
        year: period.year,
        version: 1,
        created_by: revision.createdBy.login,
        created_at: now,
      })
      .execute();
  }
  // A real rank in a demo year: the demo ranks make room for it (never two at one place).
  await reseatDemoRanks(trx, revision.indicatorKey, revision.period, now);
  await writeAudit(
    trx,
    {
      action: 'observation.publish',
      entity: 'observation',
      entityId: `${revision.unitId}|${revision.indicatorKey}|${revision.period}`,
      unitId: revision.unitId,
      user: reviewer,
      ip,
      details: {
        revisionId: revision.id,
        enteredBy: revision.createdBy.login,
        before: existing
          ? {
              value: existing.value,
              numerator: existing.numerator,
              denominator: existing.denominator,
              qualifier: existing.qualifier,
              rankedOf: existing.ranked_of,
              isDemo: existing.is_demo === 1,
              version: existing.version,
            }
          : null,
        after: {
          value: revision.value,
          numerator: revision.numerator,
          denominator: revision.denominator,
          qualifier: revision.qualifier,
          rankedOf: revision.rankedOf,
          version: (existing?.version ?? 0) + 1,
        },
      },
    },
    now,
  );
  return true;
}
