/**
 * Revisions: proposed figures on their way through review. Approving one writes it to
 * `observation` (the published figure) in the same transaction as the status change
 * and the audit entry, so a figure is never half-published or published unrecorded.
 */
import { periodOf } from '@cds/core';
import type { Kysely } from 'kysely';
import { writeAudit } from '../../audit/write-audit.ts';
import type { SessionUser } from '../../auth/session-user.ts';
import type { Database, RevisionStatus } from '../../db/database.ts';

type Db = Kysely<Database>;

export interface RevisionView {
  id: number;
  unitId: string;
  indicatorKey: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sourceRef: string;
  note: string | null;
  status: RevisionStatus;
  baseVersion: number | null;
  createdBy: { id: number; login: string; displayName: string };
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewedBy: { id: number; login: string; displayName: string } | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('revision as r')
    .innerJoin('app_user as c', 'c.id', 'r.created_by')
    .leftJoin('app_user as v', 'v.id', 'r.reviewed_by')
    .selectAll('r')
    .select([
      'c.login as c_login',
      'c.display_name as c_name',
      'v.login as v_login',
      'v.display_name as v_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toView(r: Row): RevisionView {
  return {
    id: r.id,
    unitId: r.unit_id,
    indicatorKey: r.indicator_key,
    period: r.period,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    sourceRef: r.source_ref,
    note: r.note,
    status: r.status,
    baseVersion: r.base_version,
    createdBy: { id: r.created_by, login: r.c_login, displayName: r.c_name },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    reviewedBy:
      r.reviewed_by && r.v_login
        ? { id: r.reviewed_by, login: r.v_login, displayName: r.v_name ?? '' }
        : null,
    reviewedAt: r.reviewed_at,
    reviewComment: r.review_comment,
  };
}

export async function findRevision(db: Db, id: number): Promise<RevisionView | null> {
  const row = await baseQuery(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toView(row) : null;
}

export interface RevisionListQuery {
  unitIds: readonly string[] | null;
  status?: RevisionStatus;
  limit: number;
  offset: number;
}

export async function listRevisions(db: Db, q: RevisionListQuery): Promise<RevisionView[]> {
  if (q.unitIds && q.unitIds.length === 0) return [];
  const rows = await baseQuery(db)
    .$if(!!q.unitIds, (b) => b.where('r.unit_id', 'in', [...(q.unitIds ?? [])]))
    .$if(!!q.status, (b) => b.where('r.status', '=', q.status as RevisionStatus))
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return rows.map(toView);
}

export async function currentObservation(db: Db, unitId: string, indicatorKey: string, period: string) {
  return db
    .selectFrom('observation')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('indicator_key', '=', indicatorKey)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** Publishes an approved revision: insert or replace the observation, bumping its version. */
export async function applyRevision(
  trx: Db,
  revision: RevisionView,
  reviewer: SessionUser,
  now: string,
  ip: string | null,
) {
  const existing = await currentObservation(trx, revision.unitId, revision.indicatorKey, revision.period);
  const figure = {
    value: revision.value,
    numerator: revision.numerator,
    denominator: revision.denominator,
    source_ref: revision.sourceRef,
    source_quote: null,
    note: revision.note,
    status: 'approved',
    is_demo: 0,
    updated_by: revision.createdBy.login,
    updated_at: now,
  };
  if (existing) {
    await trx
      .updateTable('observation')
      .set({ ...figure, version: existing.version + 1 })
      .where('id', '=', existing.id)
      .execute();
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
  await trx
    .updateTable('revision')
    .set({ status: 'approved', reviewed_by: reviewer.id, reviewed_at: now, updated_at: now })
    .where('id', '=', revision.id)
    .execute();
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
              isDemo: existing.is_demo === 1,
              version: existing.version,
            }
          : null,
        after: {
          value: revision.value,
          numerator: revision.numerator,
          denominator: revision.denominator,
          version: (existing?.version ?? 0) + 1,
        },
      },
    },
    now,
  );
}
