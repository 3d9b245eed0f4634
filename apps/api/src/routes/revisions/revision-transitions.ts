/**
 * The review workflow's moves, each checked for who may make it and from which state:
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved (published)
 *     ▲                  │
 *     └──(edit)── returned ◀──return──┘        draft/submitted/returned ──withdraw──▶ withdrawn
 *
 * Approval refuses a revision made against a figure that has changed since (409): the
 * reviewer would otherwise overwrite a newer published figure unseen. Nobody reviews an entry
 * they entered or last edited (403).
 *
 * Safe under concurrency: the checks below give clear answers, but what decides is the write.
 * Each move is one conditional UPDATE (`… WHERE id = ? AND status IN (…)`, and for a review
 * `AND neither entered nor last edited by the reviewer`) in the transaction that also writes the
 * audit row and, for an approval, the published figure under its own version check. Of two
 * concurrent moves exactly one changes the revision; the other answers 409, never 500.
 */
import { periodOf } from '@cds/core';
import type { Context } from 'hono';
import { writeAudit } from '../../audit/write-audit.ts';
import { canEditUnit, entryReviewRefusal } from '../../auth/permissions.ts';
import type { RevisionStatus } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { forbidden, nowIso, requestIp, signedIn, UNAUTHENTICATED } from '../../http/request-context.ts';
import { apiError } from '../../http/validate.ts';
import { refreshBlock } from '../../resolved-store/resolve-blocks.ts';
import { publishRevision } from './publish-figures.repository.ts';
import { moveRevision } from './revision-states.repository.ts';
import { findRevision } from './revisions.repository.ts';

export type Move = 'submit' | 'withdraw' | 'approve' | 'return';

const FROM: Record<Move, readonly RevisionStatus[]> = {
  submit: ['draft', 'returned'],
  withdraw: ['draft', 'submitted', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

const TO: Record<Move, RevisionStatus> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  approve: 'approved',
  return: 'returned',
};

const STALE = apiError('stale', {
  vi: 'Số liệu đã được cập nhật sau khi bản này được nhập; hãy trả lại để nhập lại',
  en: 'The published figure changed after this entry was made; return it to be re-entered',
});

const MOVE_VI: Record<Move, string> = {
  submit: 'gửi duyệt',
  withdraw: 'rút lại',
  approve: 'duyệt',
  return: 'trả lại',
};
const STATUS_VI: Record<RevisionStatus, string> = {
  draft: 'bản nháp',
  submitted: 'chờ duyệt',
  approved: 'đã duyệt',
  returned: 'bị trả lại',
  withdrawn: 'đã rút',
};

/** Thrown inside the transaction to roll it back when the write finds the state changed. */
class Overtaken extends Error {
  constructor(readonly reason: 'state' | 'stale') {
    super(`revision move overtaken: ${reason}`);
  }
}

export async function transition(c: Context<AppEnv>, id: number, move: Move, comment?: string) {
  const user = signedIn(c);
  if (!user) return c.json(UNAUTHENTICATED, 401);
  const catalog = await c.var.catalog();
  const revision = await findRevision(c.var.db, id);
  if (!revision) return c.json(notFound('revision', String(id)), 404);
  const unit = catalog.unit(revision.unitId);
  const unitVi = unit?.nameVi ?? revision.unitId;
  const unitEn = unit?.nameEn ?? revision.unitId;

  const isReview = move === 'approve' || move === 'return';
  const refusal = isReview ? entryReviewRefusal(catalog, user, revision) : null;
  if (refusal) return c.json(forbidden(refusal.message.vi, refusal.message.en), 403);
  if (!isReview && !canEditUnit(catalog, user, revision.unitId)) {
    return c.json(
      forbidden(
        `Tài khoản này không được nhập số liệu của ${unitVi}`,
        `This account may not enter figures for ${unitEn}`,
      ),
      403,
    );
  }
  if (!FROM[move].includes(revision.status)) {
    return c.json(
      apiError('conflict', {
        vi: `Không thể ${MOVE_VI[move]} một bản ở trạng thái “${STATUS_VI[revision.status]}”`,
        en: `Cannot ${move} an entry that is ${revision.status}`,
      }),
      409,
    );
  }

  const now = nowIso(c);
  const ip = requestIp(c);
  const review = isReview
    ? { by: user.id, ...(move === 'return' ? { comment: comment ?? null } : {}) }
    : undefined;
  try {
    await c.var.db.transaction().execute(async (trx) => {
      if (!(await moveRevision(trx, id, FROM[move], { to: TO[move], at: now, review }))) {
        throw new Overtaken('state');
      }
      if (move === 'approve') {
        // Publish the revision as it is now that it is ours, not as first read.
        const approved = await findRevision(trx, id);
        if (!approved || !(await publishRevision(trx, approved, user, now, ip))) throw new Overtaken('stale');
        // The figures shown follow in the same transaction: visible at once, never half-updated.
        await refreshBlock(trx, catalog, approved.indicatorKey, periodOf(approved.period), now);
        return;
      }
      await writeAudit(
        trx,
        {
          action: `revision.${move}`,
          entity: 'revision',
          entityId: id,
          unitId: revision.unitId,
          user,
          ip,
          details: comment ? { comment } : undefined,
        },
        now,
      );
    });
  } catch (error) {
    // A concurrent approval that created the cell's first figure: this one is stale. On PostgreSQL
    // the violation has aborted the transaction, which is why it is caught out here.
    if ((error instanceof Overtaken && error.reason === 'stale') || isUniqueViolation(error)) {
      return c.json(STALE, 409);
    }
    if (!(error instanceof Overtaken)) throw error;
    const status = (await findRevision(c.var.db, id))?.status ?? revision.status;
    return c.json(
      apiError('conflict', {
        vi: `Bản nhập vừa được thay đổi (nay: “${STATUS_VI[status]}”), không thể ${MOVE_VI[move]}; hãy tải lại`,
        en: `The entry changed meanwhile (now ${status}): cannot ${move} it; reload it`,
      }),
      409,
    );
  }
  return c.json({ revision: await findRevision(c.var.db, id) });
}
