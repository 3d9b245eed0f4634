/**
 * Revisions as they are read: proposed figures on their way through review, with who entered,
 * last changed and reviewed them. The state moves are in `revision-states.repository.ts`,
 * publishing in `publish-figures.repository.ts`.
 */
import type { Db } from '../../db/connection.ts';
import type { Qualifier, RevisionOrigin, RevisionStatus } from '../../db/database.ts';

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

export function revisionQuery(db: Db) {
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

type Row = Awaited<ReturnType<ReturnType<typeof revisionQuery>['executeTakeFirstOrThrow']>>;

export function toRevisionView(r: Row): RevisionView {
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
  const row = await revisionQuery(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toRevisionView(row) : null;
}

export interface RevisionListQuery {
  unitIds: readonly string[] | null;
  status?: RevisionStatus;
  limit: number;
  offset: number;
}

export async function listRevisions(db: Db, q: RevisionListQuery): Promise<RevisionView[]> {
  if (q.unitIds && q.unitIds.length === 0) return [];
  const rows = await revisionQuery(db)
    .$if(!!q.unitIds, (b) => b.where('r.unit_id', 'in', [...(q.unitIds ?? [])]))
    .$if(!!q.status, (b) => b.where('r.status', '=', q.status as RevisionStatus))
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return rows.map(toRevisionView);
}

export type OpenStatus = 'draft' | 'submitted' | 'returned';
export const OPEN_STATUSES: readonly OpenStatus[] = ['draft', 'submitted', 'returned'];

/**
 * The open revisions (draft, sent for review, returned) of some units and periods, the latest
 * first: a period's report as its staff and reviewers see it.
 */
export async function listOpenRevisions(
  db: Db,
  unitIds: readonly string[],
  periods: readonly string[],
  statuses: readonly OpenStatus[] = OPEN_STATUSES,
): Promise<RevisionView[]> {
  if (unitIds.length === 0 || periods.length === 0) return [];
  const rows = await revisionQuery(db)
    .where('r.unit_id', 'in', [...unitIds])
    .where('r.period', 'in', [...periods])
    .where('r.status', 'in', [...statuses])
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map(toRevisionView);
}

/** Every revision of one figure (unit × indicator × period), oldest first: its history. */
export async function cellRevisions(db: Db, unitId: string, indicatorKey: string, period: string) {
  const rows = await revisionQuery(db)
    .where('r.unit_id', '=', unitId)
    .where('r.indicator_key', '=', indicatorKey)
    .where('r.period', '=', period)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map(toRevisionView);
}
