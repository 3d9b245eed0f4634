/**
 * Revisions: proposed figures on their way through review. Approving one writes it to
 * `observation` (the published figure) in the same transaction as the status change
 * and the audit entry, so a figure is never half-published or published unrecorded.
 */
import { periodOf } from '@cds/core';
import { CompiledQuery, type Kysely, PostgresAdapter, sql } from 'kysely';
import { writeAudit } from '../../audit/write-audit.ts';
import type { SessionUser } from '../../auth/session-user.ts';
import type { Database, Qualifier, RevisionOrigin, RevisionStatus } from '../../db/database.ts';
import { reseatDemoRanks } from '../../ranking/reseat-demo-ranks.ts';

type Db = Kysely<Database>;

export interface RevisionView {
  id: number;
  unitId: string;
  indicatorKey: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier: Qualifier;
  rankedOf: number | null;
  sourceRef: string;
  sourceQuote: string | null;
  note: string | null;
  status: RevisionStatus;
  /** Raised by every change: what a form or a review saw is checked against it. */
  version: number;
  origin: RevisionOrigin;
  baseVersion: number | null;
  createdBy: { id: number; login: string; displayName: string };
  createdAt: string;
  /** Whoever last changed it (entered or edited it): like its author, they may not review it. */
  updatedBy: { id: number; login: string; displayName: string } | null;
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
    .leftJoin('app_user as e', 'e.id', 'r.updated_by')
    .selectAll('r')
    .select([
      'c.login as c_login',
      'c.display_name as c_name',
      'e.login as e_login',
      'e.display_name as e_name',
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
    qualifier: r.qualifier,
    rankedOf: r.ranked_of,
    sourceRef: r.source_ref,
    sourceQuote: r.source_quote ?? null,
    note: r.note,
    status: r.status,
    version: r.version,
    origin: r.origin,
    baseVersion: r.base_version,
    createdBy: { id: r.created_by, login: r.c_login, displayName: r.c_name },
    createdAt: r.created_at,
    updatedBy:
      r.updated_by && r.e_login ? { id: r.updated_by, login: r.e_login, displayName: r.e_name ?? '' } : null,
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

/**
 * Moves a revision to `move.to`, but only if at this moment it is still in one of `from` and, for a
 * review, was neither entered nor last changed by the reviewer: the condition is part of the UPDATE,
 * so of two concurrent moves exactly one changes the row. Returns whether this one did.
 */
export async function moveRevision(
  db: Db,
  id: number,
  from: readonly RevisionStatus[],
  move: { to: RevisionStatus; at: string; review?: { by: number; comment?: string | null } },
): Promise<boolean> {
  const { review } = move;
  let update = db
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
    .where('status', 'in', [...from]);
  if (review) {
    update = update
      .where('created_by', '!=', review.by)
      .where((eb) => eb.or([eb('updated_by', 'is', null), eb('updated_by', '!=', review.by)]));
  }
  const result = await update.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Publishes a revision being approved: insert or replace the observation, bumping its version.
 * Returns false, writing nothing, when the published figure is no longer the one the revision was
 * made against: the version check is part of the UPDATE, so of two approvals against one version
 * only one replaces it. Two first figures for one cell collide on the cell's unique constraint
 * instead (see isUniqueViolation). The caller moves the revision itself (moveRevision).
 */
export async function applyRevision(
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

export type OpenStatus = 'draft' | 'submitted' | 'returned';
const OPEN: readonly OpenStatus[] = ['draft', 'submitted', 'returned'];

/**
 * The open revisions (draft, sent for review, returned) of some units and periods, the latest
 * first: a period's report as its staff and reviewers see it.
 */
export async function listOpenRevisions(
  db: Db,
  unitIds: readonly string[],
  periods: readonly string[],
  statuses: readonly OpenStatus[] = OPEN,
): Promise<RevisionView[]> {
  if (unitIds.length === 0 || periods.length === 0) return [];
  const rows = await baseQuery(db)
    .where('r.unit_id', 'in', [...unitIds])
    .where('r.period', 'in', [...periods])
    .where('r.status', 'in', [...statuses])
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map(toView);
}

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
 * Holds a province's report of a period for the rest of the transaction, so two saves of one form
 * are written one after the other (PostgreSQL; SQLite runs one writer at a time anyway).
 */
export async function lockReport(trx: Db, unitId: string, period: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(4, hashtext(${`${unitId}|${period}`}))`.execute(trx);
  }
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
    .where('status', 'in', [...OPEN])
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, period: r.period }));
}

/** Every revision of one figure (unit × indicator × period), oldest first: its history. */
export async function cellRevisions(db: Db, unitId: string, indicatorKey: string, period: string) {
  const rows = await baseQuery(db)
    .where('r.unit_id', '=', unitId)
    .where('r.indicator_key', '=', indicatorKey)
    .where('r.period', '=', period)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map(toView);
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

const INSERT_COLUMNS = [
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
  'origin',
  'base_version',
  'created_by',
  'created_at',
  'updated_by',
  'updated_at',
  'submitted_at',
] as const;
/** 19 columns a row: 1,000 rows stay below SQLite's 32,766 variables a statement (PostgreSQL: 65,535). */
const INSERT_BATCH = 1000;
const insertSql = new Map<string, string>();

/** The multi-row INSERT for `rows` rows, in the engine's placeholders; made once per shape. */
function bulkInsertSql(rows: number, postgres: boolean): string {
  const key = `${rows}|${postgres}`;
  let text = insertSql.get(key);
  if (!text) {
    let n = 0;
    const row = () => `(${INSERT_COLUMNS.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
    text = `insert into "revision" (${INSERT_COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rows }, row).join(', ')}`;
    insertSql.set(key, text);
  }
  return text;
}

/**
 * Many new revisions at once (an import), in multi-row statements sent as compiled SQL: the
 * query builder spent four times the database's own time on 100,000 rows.
 */
export async function insertRevisions(
  db: Db,
  rows: readonly {
    cell: { unitId: string; indicatorKey: string; period: string };
    fields: RevisionFields;
    baseVersion: number | null;
  }[],
  meta: { status: 'draft' | 'submitted'; by: number; at: string; origin: RevisionOrigin },
): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const submittedAt = meta.status === 'submitted' ? meta.at : null;
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH);
    const parameters: unknown[] = [];
    for (const { cell, fields, baseVersion } of batch) {
      parameters.push(
        cell.unitId,
        cell.indicatorKey,
        cell.period,
        fields.value,
        fields.numerator,
        fields.denominator,
        fields.qualifier,
        fields.rankedOf,
        fields.sourceRef,
        fields.sourceQuote,
        fields.note,
        meta.status,
        meta.origin,
        baseVersion,
        meta.by,
        meta.at,
        meta.by,
        meta.at,
        submittedAt,
      );
    }
    await db.executeQuery(CompiledQuery.raw(bulkInsertSql(batch.length, postgres), parameters));
  }
}

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
        .where('status', 'in', [...OPEN])
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
