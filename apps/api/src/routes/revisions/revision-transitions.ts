/**
 * The review workflow's moves, each checked for who may make it and from which state:
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved (published)
 *     ▲                  │
 *     └──(edit)── returned ◀──return──┘        draft/submitted/returned ──withdraw──▶ withdrawn
 *
 * Approval refuses a revision made against a figure that has changed since (409): the
 * reviewer would otherwise overwrite a newer published figure unseen.
 */
import type { Context } from 'hono';
import { writeAudit } from '../../audit/write-audit.ts';
import { canEditUnit, canReviewUnit } from '../../auth/permissions.ts';
import type { RevisionStatus } from '../../db/database.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { forbidden, nowIso, requestIp, signedIn, UNAUTHENTICATED } from '../../http/request-context.ts';
import { apiError } from '../../http/validate.ts';
import { applyRevision, currentObservation, findRevision } from './revisions.repository.ts';

export type Move = 'submit' | 'withdraw' | 'approve' | 'return';

const FROM: Record<Move, readonly RevisionStatus[]> = {
  submit: ['draft', 'returned'],
  withdraw: ['draft', 'submitted', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

const TO: Record<Exclude<Move, 'approve'>, RevisionStatus> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  return: 'returned',
};

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
  if (isReview && !canReviewUnit(catalog, user, revision.unitId)) {
    return c.json(
      forbidden(
        `Tài khoản này không được duyệt số liệu của ${unitVi}`,
        `This account may not review figures of ${unitEn}`,
      ),
      403,
    );
  }
  if (isReview && revision.createdBy.id === user.id) {
    return c.json(
      forbidden('Không được tự duyệt số liệu do mình nhập', 'You may not review a figure you entered'),
      403,
    );
  }
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
      apiError(
        'conflict',
        `Không thể ${move} một bản ở trạng thái “${revision.status}” / Cannot ${move} an entry that is ${revision.status}`,
      ),
      409,
    );
  }

  const now = nowIso(c);
  const ip = requestIp(c);
  if (move === 'approve') {
    const outcome = await c.var.db.transaction().execute(async (trx) => {
      const current = await currentObservation(trx, revision.unitId, revision.indicatorKey, revision.period);
      if ((current?.version ?? null) !== revision.baseVersion) return 'stale' as const;
      await applyRevision(trx, revision, user, now, ip);
      return 'applied' as const;
    });
    if (outcome === 'stale') {
      return c.json(
        apiError(
          'stale',
          'Số liệu đã được cập nhật sau khi bản này được nhập; hãy trả lại để nhập lại / The published figure changed after this entry was made; return it to be re-entered',
        ),
        409,
      );
    }
  } else {
    await c.var.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('revision')
        .set({
          status: TO[move],
          updated_at: now,
          ...(move === 'submit' ? { submitted_at: now } : {}),
          ...(move === 'return'
            ? { reviewed_by: user.id, reviewed_at: now, review_comment: comment ?? null }
            : {}),
        })
        .where('id', '=', id)
        .execute();
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
  }
  return c.json({ revision: await findRevision(c.var.db, id) });
}
