/**
 * The review workflow's moves of one entry, once the route has said who may make them:
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved (published)
 *     ▲                  │
 *     └──(edit)── returned ◀──return──┘        draft/submitted/returned ──withdraw──▶ withdrawn
 *
 * A move is made on the entry as the caller decided on it: its version (the client's, else the one
 * the route read). Everything is checked again inside the transaction, where it counts: the report
 * is held (PostgreSQL), the move is one UPDATE conditional on status and version, so of two
 * concurrent moves exactly one changes the entry, and an entry changed since it was read (re-sent,
 * edited) is not moved at all. An approval publishes the entry under the published figure's own
 * version check: an entry made against a figure that has changed since is refused (409) rather
 * than overwriting the newer figure unseen. Every refusal is a 409 with nothing written.
 */
import { periodOf } from '@cds/core';
import { writeAudit } from '../../audit/write-audit.ts';
import type { SessionUser } from '../../auth/session-user.ts';
import type { Catalog } from '../../catalog/catalog.ts';
import type { Db } from '../../db/connection.ts';
import type { RevisionStatus } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { type ApiError, apiError } from '../../http/validate.ts';
import { refreshBlock } from '../../resolved-store/resolve-blocks.ts';
import { publishRevision } from './publish-figures.repository.ts';
import { lockReport, moveRevision } from './revision-states.repository.ts';
import { findRevision, type RevisionView } from './revisions.repository.ts';

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

const BASE_CHANGED = apiError('stale', {
  vi: 'Số liệu đã được cập nhật sau khi bản này được nhập; hãy trả lại để nhập lại',
  en: 'The published figure changed after this entry was made; return it to be re-entered',
});

const entryChanged = (move: Move) =>
  apiError('stale', {
    vi: `Bản nhập đã thay đổi kể từ lúc bạn mở, không thể ${MOVE_VI[move]}; hãy tải lại rồi quyết định`,
    en: `The entry changed since you opened it: cannot ${move} it; reload it, then decide`,
  });

const wrongState = (move: Move, status: RevisionStatus) =>
  apiError('conflict', {
    vi: `Không thể ${MOVE_VI[move]} một bản ở trạng thái “${STATUS_VI[status]}”`,
    en: `Cannot ${move} an entry that is ${status}`,
  });

export type MoveOutcome = { ok: true; revision: RevisionView | null } | { ok: false; error: ApiError };

/** Thrown inside the transaction to roll it back with the refusal to give. */
class Overtaken extends Error {
  constructor(readonly error: ApiError) {
    super(`revision move overtaken: ${error.error.code}`);
  }
}

/**
 * Makes `move` on `revision` (as read by the route, who may make it already checked), as of
 * `decided.version` when the client says which version it decided on.
 */
export async function makeMove(
  db: Db,
  catalog: Catalog,
  revision: RevisionView,
  move: Move,
  decided: { version?: number; comment?: string },
  who: { user: SessionUser; now: string; ip: string | null },
): Promise<MoveOutcome> {
  const { user, now, ip } = who;
  // Clear answers from the entry as read; the conditional UPDATE below is what decides.
  if (decided.version !== undefined && decided.version !== revision.version)
    return { ok: false, error: entryChanged(move) };
  if (!FROM[move].includes(revision.status)) return { ok: false, error: wrongState(move, revision.status) };

  const isReview = move === 'approve' || move === 'return';
  const review = isReview
    ? { by: user.id, ...(move === 'return' ? { comment: decided.comment ?? null } : {}) }
    : undefined;
  try {
    await db.transaction().execute(async (trx) => {
      await lockReport(trx, revision.unitId, revision.period);
      const moved = await moveRevision(
        trx,
        revision.id,
        { statuses: FROM[move], version: revision.version },
        { to: TO[move], at: now, review },
      );
      if (!moved) {
        const current = await findRevision(trx, revision.id);
        const status = current?.status ?? revision.status;
        throw new Overtaken(status === revision.status ? entryChanged(move) : wrongState(move, status));
      }
      if (move === 'approve') {
        // The entry as read is the one moved (same version): its figure is what is published.
        if (!(await publishRevision(trx, revision, user, now, ip))) throw new Overtaken(BASE_CHANGED);
        // The figures shown follow in the same transaction: visible at once, never half-updated.
        await refreshBlock(trx, catalog, revision.indicatorKey, periodOf(revision.period), now);
        return;
      }
      await writeAudit(
        trx,
        {
          action: `revision.${move}`,
          entity: 'revision',
          entityId: revision.id,
          unitId: revision.unitId,
          user,
          ip,
          details: decided.comment ? { comment: decided.comment } : undefined,
        },
        now,
      );
    });
  } catch (error) {
    if (error instanceof Overtaken) return { ok: false, error: error.error };
    // A concurrent approval that created the cell's first figure: this one is stale. On PostgreSQL
    // the violation has aborted the transaction, which is why it is caught out here.
    if (isUniqueViolation(error)) return { ok: false, error: BASE_CHANGED };
    throw error;
  }
  return { ok: true, revision: await findRevision(db, revision.id) };
}
