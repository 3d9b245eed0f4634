/**
 * Figures sent for review and not yet decided, of one province and period: the cards show them as
 * "chờ duyệt" beside the published value, which stays until approval (any signed-in user).
 */
import { periodKeySchema, unitIdSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { validate } from '../../http/validate.ts';
import { pendingCells } from '../revisions/report-progress.repository.ts';

export const pendingQuerySchema = z.object({ period: periodKeySchema }).strict();

export const pendingRoute = new Hono<AppEnv>().get(
  '/:unitId',
  validate('param', z.object({ unitId: unitIdSchema })),
  validate('query', pendingQuerySchema),
  async (c) => {
    const { unitId } = c.req.valid('param');
    const { period } = c.req.valid('query');
    const unit = (await c.var.catalog()).unit(unitId);
    if (!unit) return c.json(notFound('unit', unitId), 404);
    const rows = await pendingCells(c.var.db, [unit.id], [period]);
    return c.json({
      unitId,
      period,
      pending: rows.map((r) => ({ indicator: r.indicator_key, submittedAt: r.submitted_at })),
    });
  },
);
