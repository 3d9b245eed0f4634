/**
 * A reviewer decides on a province's submission of a period as one: each figure sent for review
 * approved or returned with a comment, all in one transaction with the audit trail and the
 * resolved-figures store, or nothing at all. A figure changed or decided by someone else since
 * the reviewer loaded it refuses the whole decision (409); so does a published figure that
 * changed after the entry was made.
 */
import type { Period, SubmissionReview } from '@cds/core';
import { writeAudit } from '../audit/write-audit.ts';
import { entryReviewRefusal } from '../auth/permissions.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import type { ApiIssue } from '../http/api-error.ts';
import { refreshBlock } from '../resolved-store/resolve-blocks.ts';
import { lockBlock } from '../resolved-store/resolved-store.repository.ts';
import { publishRevision } from '../routes/revisions/publish-figures.repository.ts';
import { lockReport, moveRevision } from '../routes/revisions/revision-states.repository.ts';
import { listOpenRevisions, type RevisionView } from '../routes/revisions/revisions.repository.ts';

export type ReviewOutcome =
  | { ok: true; approved: number; returned: number }
  | { ok: false; status: 403 | 409; code: string; issues: ApiIssue[] };

/** Thrown inside the transaction to roll it back with the answer to give. */
class Refused extends Error {
  constructor(readonly outcome: Extract<ReviewOutcome, { ok: false }>) {
    super(`submission review refused: ${outcome.code}`);
  }
}

const overtaken = (issues: ApiIssue[]) => new Refused({ ok: false, status: 409, code: 'stale', issues });

export async function reviewSubmission(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  review: SubmissionReview,
  who: { user: SessionUser; now: string; ip: string | null },
): Promise<ReviewOutcome> {
  const { user, now, ip } = who;
  try {
    return await db.transaction().execute(async (trx) => {
      // Read under the report's lock, which saves, imports and one-figure decisions of the period
      // also take (PostgreSQL): what is checked below is what is written. The version condition of
      // each move is the last word on both engines.
      await lockReport(trx, unit.id, period.key);
      const waiting = new Map(
        (await listOpenRevisions(trx, [unit.id], [period.key], ['submitted'])).map((r) => [r.id, r]),
      );
      const stale: ApiIssue[] = [];
      const decided: { decision: SubmissionReview['decisions'][number]; revision: RevisionView }[] = [];
      for (const [i, d] of review.decisions.entries()) {
        const revision = waiting.get(d.revisionId);
        const name = revision ? catalog.indicator(revision.indicatorKey) : undefined;
        if (!revision || (d.version !== null && d.version !== revision.version)) {
          stale.push({
            field: `decisions.${i}.revisionId`,
            code: 'stale',
            message: {
              vi: `${name?.nameVi ?? `Bản ${d.revisionId}`}: không còn chờ duyệt như lúc mở; hãy tải lại`,
              en: `${name?.nameEn ?? `Entry ${d.revisionId}`}: no longer waiting for review as it was; reload`,
            },
          });
          continue;
        }
        const refusal = entryReviewRefusal(catalog, user, revision);
        if (refusal)
          throw new Refused({
            ok: false,
            status: 403,
            code: 'forbidden',
            issues: [
              {
                field: `decisions.${i}.revisionId`,
                code: refusal.code,
                message: {
                  vi: `${name?.nameVi ?? revision.indicatorKey}: ${refusal.message.vi}`,
                  en: `${name?.nameEn ?? revision.indicatorKey}: ${refusal.message.en}`,
                },
              },
            ],
          });
        decided.push({ decision: d, revision });
      }
      if (stale.length > 0) throw overtaken(stale);

      const approvedIndicators = new Set<string>();
      let approved = 0;
      let returned = 0;
      for (const [i, { decision: d, revision }] of decided.entries()) {
        const changed = () =>
          overtaken([
            {
              field: `decisions.${i}.revisionId`,
              code: 'stale',
              message: {
                vi: 'Số liệu đã thay đổi trong lúc duyệt; hãy tải lại',
                en: 'The figure changed during the review; reload',
              },
            },
          ]);
        const moved = await moveRevision(
          trx,
          revision.id,
          { statuses: ['submitted'], version: revision.version },
          {
            to: d.decision === 'approve' ? 'approved' : 'returned',
            at: now,
            review: { by: user.id, ...(d.decision === 'return' ? { comment: d.comment } : {}) },
          },
        );
        if (!moved) throw changed();
        if (d.decision === 'approve') {
          // The revision as read is the one moved (same version): its figure is what is published.
          if (!(await publishRevision(trx, revision, user, now, ip))) throw changed();
          approvedIndicators.add(revision.indicatorKey);
          approved++;
        } else {
          await writeAudit(
            trx,
            {
              action: 'revision.return',
              entity: 'revision',
              entityId: revision.id,
              unitId: unit.id,
              user,
              ip,
              details: { comment: d.comment },
            },
            now,
          );
          returned++;
        }
      }
      // The figures shown follow in the same transaction: one refresh per indicator of the period.
      // Every block is held first, in one order, before the first refresh raises the data version
      // (which it holds until commit): two reviews never wait on each other crosswise.
      const keys = [...approvedIndicators].sort();
      for (const key of keys) await lockBlock(trx, key, period.year);
      for (const key of keys) await refreshBlock(trx, catalog, key, period, now);
      await writeAudit(
        trx,
        {
          action: 'report.review',
          entity: 'report',
          entityId: `${unit.id}|${period.key}`,
          unitId: unit.id,
          user,
          ip,
          details: { approved, returned, decisions: review.decisions },
        },
        now,
      );
      return { ok: true as const, approved, returned };
    });
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    // Two first figures for one cell approved at once: this one is stale (the violation aborted it).
    if (isUniqueViolation(error))
      return {
        ok: false,
        status: 409,
        code: 'stale',
        issues: [
          {
            field: 'decisions',
            code: 'stale',
            message: {
              vi: 'Số liệu vừa được duyệt bởi người khác; hãy tải lại',
              en: 'Approved by someone else meanwhile; reload',
            },
          },
        ],
      };
    throw error;
  }
}
