/**
 * Writing revisions: a new one, its figure rewritten, its state moved along the review workflow.
 * Every change is conditional on the state (and version) the caller read, so of two concurrent
 * changes exactly one writes; each function says whether this one did.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { Qualifier, RevisionOrigin, RevisionStatus } from '../../db/database.ts';
import type { OpenStatus } from './revisions.repository.ts';

export interface RevisionFields {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier: Qualifier;
  rankedOf: number | null;
  sourceRef: string;
  sourceQuote: string | null;
  note: string | null;
}

export async function insertRevision(
  db: Db,
  cell: { unitId: string; indicatorKey: string; period: string },
  fields: RevisionFields,
  meta: {
    status: 'draft' | 'submitted';
    baseVersion: number | null;
    by: number;
    at: string;
    origin: RevisionOrigin;
  },
): Promise<number> {
  const row = await db
    .insertInto('revision')
    .values({
      unit_id: cell.unitId,
      indicator_key: cell.indicatorKey,
      period: cell.period,
      value: fields.value,
      numerator: fields.numerator,
      denominator: fields.denominator,
      qualifier: fields.qualifier,
      ranked_of: fields.rankedOf,
      source_ref: fields.sourceRef,
      source_quote: fields.sourceQuote,
      note: fields.note,
      status: meta.status,
      origin: meta.origin,
      base_version: meta.baseVersion,
      created_by: meta.by,
      created_at: meta.at,
      updated_by: meta.by,
      updated_at: meta.at,
      submitted_at: meta.status === 'submitted' ? meta.at : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Rewrites an open revision's figure, only if it is still as the caller read it (same status and
 * last change): false when someone changed it meanwhile.
 */
export async function rewriteRevision(
  db: Db,
  id: number,
  expected: { status: OpenStatus; version: number },
  fields: RevisionFields,
  meta: { status: OpenStatus | 'withdrawn'; baseVersion: number | null; by: number; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('revision')
    .set({
      value: fields.value,
      numerator: fields.numerator,
      denominator: fields.denominator,
      qualifier: fields.qualifier,
      ranked_of: fields.rankedOf,
      source_ref: fields.sourceRef,
      source_quote: fields.sourceQuote,
      note: fields.note,
      status: meta.status,
      version: expected.version + 1,
      base_version: meta.baseVersion,
      updated_by: meta.by,
      updated_at: meta.at,
      ...(meta.status === 'submitted' ? { submitted_at: meta.at } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', expected.status)
    .where('version', '=', expected.version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Moves a revision to `move.to`, but only if at this moment it is still in one of `expected.statuses`
 * at `expected.version`, the version the caller decided on: the condition is part of the UPDATE, so
 * of two concurrent moves exactly one changes the row, and an entry changed since it was read (a
 * figure re-sent, an edit) is not moved at all. Who may make the move is asked of the row as read
 * (for a review, core's `reviewRefusal`); the version makes that row the one written. Returns
 * whether this one moved it.
 */
export async function moveRevision(
  db: Db,
  id: number,
  expected: { statuses: readonly RevisionStatus[]; version: number },
  move: { to: RevisionStatus; at: string; review?: { by: number; comment?: string | null } },
): Promise<boolean> {
  const { review } = move;
  const result = await db
    .updateTable('revision')
    .set({
      status: move.to,
      version: sql<number>`version + 1`,
      updated_at: move.at,
      ...(move.to === 'submitted' ? { submitted_at: move.at } : {}),
      ...(review ? { reviewed_by: review.by, reviewed_at: move.at } : {}),
      ...(review?.comment !== undefined ? { review_comment: review.comment } : {}),
    })
    .where('id', '=', id)
    .where('status', 'in', [...expected.statuses])
    .where('version', '=', expected.version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Holds a province's report of a period for the rest of the transaction, so two saves of one form
 * are written one after the other (PostgreSQL; SQLite runs one writer at a time anyway).
 */
export async function lockReport(trx: Db, unitId: string, period: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(4, hashtext(${`${unitId}|${period}`}))`.execute(trx);
  }
}
