/**
 * Entering and reviewing figures. Staff propose a figure for their province (a revision), send it
 * for review, and a reviewer of that province approves it (which publishes it) or returns it with
 * a comment. Who may review is core's rule (`reviewRefusal`): nobody reviews an entry they entered
 * or last changed. Each move may say which version of the entry it was decided on (`?version=`): an
 * entry changed since is refused (409), nothing written (`make-move.ts`).
 */
import {
  entryIssues,
  figureValue,
  idParamSchema,
  periodOf,
  revisionCreateSchema,
  revisionReturnSchema,
  revisionStatusSchema,
  revisionUpdateSchema,
  unitIdSchema,
  VINTAGE_SIZE,
  vietnamDate,
} from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { writeAudit } from '../../audit/write-audit.ts';
import {
  canEditUnit,
  canReviewUnit,
  editableUnitIds,
  entryReviewRefusal,
  isAdmin,
} from '../../auth/permissions.ts';
import type { Catalog } from '../../catalog/catalog.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { forbidden, nowIso, requestIp, signedIn, UNAUTHENTICATED } from '../../http/request-context.ts';
import { apiError, issuesMessage, validate } from '../../http/validate.ts';
import { checkFigure } from './check-figure.ts';
import { makeMove } from './make-move.ts';
import { currentObservation } from './publish-figures.repository.ts';
import { insertRevision, rewriteRevision } from './revision-states.repository.ts';
import { findRevision, listRevisions, type OpenStatus } from './revisions.repository.ts';

const idParam = z.object({ id: idParamSchema });

/** The version of the entry the move was decided on (as the client loaded it): a changed entry is refused. */
export const moveQuerySchema = z
  .object({
    version: idParamSchema.optional(),
  })
  .strict();

const mayNotEnter = (catalog: Catalog, unitId: string) => {
  const unit = catalog.unit(unitId);
  return forbidden(
    `Tài khoản này không được nhập số liệu của ${unit?.nameVi ?? unitId}`,
    `This account may not enter figures for ${unit?.nameEn ?? unitId}`,
  );
};

export const revisionsQuerySchema = z
  .object({
    unit: unitIdSchema.optional(),
    status: revisionStatusSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const revisionsRoute = new Hono<AppEnv>()
  .get('/', validate('query', revisionsQuerySchema), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const catalog = await c.var.catalog();
    const q = c.req.valid('query');
    // Staff and reviewers see their provinces' revisions; admins see all.
    let unitIds: string[] | null = isAdmin(user)
      ? null
      : catalog.units
          .filter((u) => canEditUnit(catalog, user, u.id) || canReviewUnit(catalog, user, u.id))
          .map((u) => u.id);
    if (q.unit) unitIds = unitIds === null || unitIds.includes(q.unit) ? [q.unit] : [];
    const revisions = await listRevisions(c.var.db, {
      unitIds,
      status: q.status,
      limit: q.limit,
      offset: q.offset,
    });
    return c.json({ revisions, editableUnitIds: editableUnitIds(catalog, user) });
  })
  .post('/', validate('json', revisionCreateSchema), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const body = c.req.valid('json');
    const catalog = await c.var.catalog();
    const unit = catalog.unit(body.unitId);
    if (!unit) return c.json(notFound('unit', body.unitId), 404);
    const indicator = catalog.indicator(body.indicatorKey);
    if (!indicator) return c.json(notFound('indicator', body.indicatorKey), 404);
    if (!canEditUnit(catalog, user, unit.id)) {
      return c.json(
        forbidden(
          `Tài khoản này không được nhập số liệu của ${unit.nameVi}`,
          `This account may not enter figures for ${unit.nameEn}`,
        ),
        403,
      );
    }
    const now = nowIso(c);
    // A rank is "r of N": N is the vintage's number of provinces unless the published N is given.
    const rankedOf = indicator.unit === 'rank' ? (body.rankedOf ?? VINTAGE_SIZE[unit.vintage]) : null;
    const successor = unit.successorId ? catalog.unit(unit.successorId) : undefined;
    const problems = [
      ...entryIssues(
        unit,
        indicator,
        periodOf(body.period),
        vietnamDate(now),
        successor && { vi: successor.nameVi, en: successor.nameEn },
      ).map((i) => ({ field: 'period', code: i.code, message: i.message })),
      ...checkFigure(indicator, { ...body, rankedOf }),
    ];
    if (problems.length > 0)
      return c.json(apiError('invalid_figure', issuesMessage(problems), problems), 400);

    const created = await c.var.db.transaction().execute(async (trx) => {
      const existing = await currentObservation(trx, unit.id, indicator.key, body.period);
      const id = await insertRevision(
        trx,
        { unitId: unit.id, indicatorKey: indicator.key, period: body.period },
        {
          value: figureValue(body, indicator.unit),
          numerator: body.numerator,
          denominator: body.denominator,
          qualifier: body.qualifier,
          rankedOf,
          sourceRef: body.sourceRef,
          sourceQuote: null,
          note: body.note,
        },
        {
          status: body.submit ? 'submitted' : 'draft',
          baseVersion: existing?.version ?? null,
          by: user.id,
          at: now,
          origin: 'entry',
        },
      );
      await writeAudit(
        trx,
        {
          action: body.submit ? 'revision.submit' : 'revision.create',
          entity: 'revision',
          entityId: id,
          unitId: unit.id,
          user,
          ip: requestIp(c),
          details: { ...body },
        },
        now,
      );
      return id;
    });
    return c.json({ revision: await findRevision(c.var.db, created) }, 201);
  })
  .patch('/:id', validate('param', idParam), validate('json', revisionUpdateSchema), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const catalog = await c.var.catalog();
    const revision = await findRevision(c.var.db, id);
    if (!revision) return c.json(notFound('revision', String(id)), 404);
    if (!canEditUnit(catalog, user, revision.unitId))
      return c.json(forbidden('Không được sửa bản nhập này', 'You may not edit this entry'), 403);
    if (revision.status !== 'draft' && revision.status !== 'returned') {
      return c.json(
        apiError('conflict', {
          vi: `Chỉ sửa được bản nháp hoặc bản bị trả lại (bản này: ${revision.status})`,
          en: 'Only drafts and returned entries can be edited',
        }),
        409,
      );
    }
    const indicator = catalog.indicator(revision.indicatorKey);
    // A new numerator or denominator without a value means: compute the value again.
    const recompute = ('numerator' in patch || 'denominator' in patch) && !('value' in patch);
    const merged = { ...revision, ...patch, ...(recompute ? { value: null } : {}) };
    const problems = indicator ? checkFigure(indicator, merged) : [];
    if (problems.length > 0 || !indicator)
      return c.json(apiError('invalid_figure', issuesMessage(problems), problems), 400);
    const now = nowIso(c);
    const edited = await c.var.db.transaction().execute(async (trx) => {
      // Only if nobody moved or changed it since it was read: a withdrawn or submitted entry stays
      // so, and a concurrent edit is not silently overwritten with what was read before it.
      const rewritten = await rewriteRevision(
        trx,
        id,
        { status: revision.status as OpenStatus, version: revision.version },
        {
          value: figureValue(merged, indicator.unit),
          numerator: merged.numerator,
          denominator: merged.denominator,
          qualifier: merged.qualifier,
          rankedOf: merged.rankedOf,
          sourceRef: merged.sourceRef,
          sourceQuote: revision.sourceQuote,
          note: merged.note,
        },
        { status: 'draft', baseVersion: revision.baseVersion, by: user.id, at: now },
      );
      if (!rewritten) return false;
      await writeAudit(
        trx,
        {
          action: 'revision.update',
          entity: 'revision',
          entityId: id,
          unitId: revision.unitId,
          user,
          ip: requestIp(c),
          details: { before: revision, patch },
        },
        now,
      );
      return true;
    });
    if (!edited) {
      return c.json(
        apiError('conflict', {
          vi: 'Bản nhập vừa được thay đổi; hãy tải lại rồi sửa',
          en: 'The entry changed meanwhile: reload it, then edit',
        }),
        409,
      );
    }
    return c.json({ revision: await findRevision(c.var.db, id) });
  })
  .post('/:id/submit', validate('param', idParam), validate('query', moveQuerySchema), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const catalog = await c.var.catalog();
    const revision = await findRevision(c.var.db, c.req.valid('param').id);
    if (!revision) return c.json(notFound('revision', String(c.req.valid('param').id)), 404);
    if (!canEditUnit(catalog, user, revision.unitId))
      return c.json(mayNotEnter(catalog, revision.unitId), 403);
    const outcome = await makeMove(c.var.db, catalog, revision, 'submit', c.req.valid('query'), {
      user,
      now: nowIso(c),
      ip: requestIp(c),
    });
    if (!outcome.ok) return c.json(outcome.error, 409);
    return c.json({ revision: outcome.revision });
  })
  .post('/:id/withdraw', validate('param', idParam), validate('query', moveQuerySchema), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const catalog = await c.var.catalog();
    const revision = await findRevision(c.var.db, c.req.valid('param').id);
    if (!revision) return c.json(notFound('revision', String(c.req.valid('param').id)), 404);
    if (!canEditUnit(catalog, user, revision.unitId))
      return c.json(mayNotEnter(catalog, revision.unitId), 403);
    const outcome = await makeMove(c.var.db, catalog, revision, 'withdraw', c.req.valid('query'), {
      user,
      now: nowIso(c),
      ip: requestIp(c),
    });
    if (!outcome.ok) return c.json(outcome.error, 409);
    return c.json({ revision: outcome.revision });
  })
  .post('/:id/approve', validate('param', idParam), validate('query', moveQuerySchema), async (c) => {
    const user = signedIn(c);
    if (!user) return c.json(UNAUTHENTICATED, 401);
    const catalog = await c.var.catalog();
    const revision = await findRevision(c.var.db, c.req.valid('param').id);
    if (!revision) return c.json(notFound('revision', String(c.req.valid('param').id)), 404);
    const refusal = entryReviewRefusal(catalog, user, revision);
    if (refusal) return c.json(forbidden(refusal.message.vi, refusal.message.en), 403);
    const outcome = await makeMove(c.var.db, catalog, revision, 'approve', c.req.valid('query'), {
      user,
      now: nowIso(c),
      ip: requestIp(c),
    });
    if (!outcome.ok) return c.json(outcome.error, 409);
    return c.json({ revision: outcome.revision });
  })
  .post(
    '/:id/return',
    validate('param', idParam),
    validate('query', moveQuerySchema),
    validate('json', revisionReturnSchema),
    async (c) => {
      const user = signedIn(c);
      if (!user) return c.json(UNAUTHENTICATED, 401);
      const catalog = await c.var.catalog();
      const revision = await findRevision(c.var.db, c.req.valid('param').id);
      if (!revision) return c.json(notFound('revision', String(c.req.valid('param').id)), 404);
      const refusal = entryReviewRefusal(catalog, user, revision);
      if (refusal) return c.json(forbidden(refusal.message.vi, refusal.message.en), 403);
      const decided = { ...c.req.valid('query'), comment: c.req.valid('json').comment };
      const outcome = await makeMove(c.var.db, catalog, revision, 'return', decided, {
        user,
        now: nowIso(c),
        ip: requestIp(c),
      });
      if (!outcome.ok) return c.json(outcome.error, 409);
      return c.json({ revision: outcome.revision });
    },
  );
