/**
 * One figure's history, as the card's "Lịch sử" shows it: every publication (who approved it,
 * who entered it, old → new) and every revision (entered by whom, when, from the one-figure entry,
 * the period form or an import, its note and source, the reviewer's comment), oldest first.
 */
import type { Db } from '../db/connection.ts';
import { findAuditEvents } from '../routes/audit/audit.repository.ts';
import { cellRevisions } from '../routes/revisions/revisions.repository.ts';

interface FigureFields {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier?: string;
  rankedOf?: number | null;
}

export interface Publication {
  at: string;
  approvedBy: string | null;
  enteredBy: string | null;
  revisionId: number | null;
  before: (FigureFields & { isDemo?: boolean; version?: number }) | null;
  after: FigureFields & { version?: number };
}

/**
 * `seesUnpublished`: whether the caller may see the province's unpublished work; without it only
 * approved revisions are listed (publications are published by definition).
 */
export async function figureHistory(
  db: Db,
  unitId: string,
  indicatorKey: string,
  period: string,
  { seesUnpublished }: { seesUnpublished: boolean },
) {
  const [allRevisions, audit] = await Promise.all([
    cellRevisions(db, unitId, indicatorKey, period),
    findAuditEvents(db, {
      entity: 'observation',
      entityId: `${unitId}|${indicatorKey}|${period}`,
      action: 'observation.publish',
      limit: 500,
      offset: 0,
    }),
  ]);
  const publications: Publication[] = audit.events
    .map((e) => {
      const d = (e.details ?? {}) as {
        revisionId?: number;
        enteredBy?: string;
        before?: Publication['before'];
        after?: Publication['after'];
      };
      return {
        at: e.at,
        approvedBy: e.login,
        enteredBy: d.enteredBy ?? null,
        revisionId: d.revisionId ?? null,
        before: d.before ?? null,
        after: d.after ?? { value: null, numerator: null, denominator: null },
      };
    })
    .reverse();
  const revisions = seesUnpublished ? allRevisions : allRevisions.filter((r) => r.status === 'approved');
  return { unitId, indicatorKey, period, publications, revisions };
}
