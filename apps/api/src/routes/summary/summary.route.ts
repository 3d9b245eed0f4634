/** A province's overview for a period: every indicator against its target, with rank and change. */
import { periodKeySchema, periodOf, unitIdSchema, viewSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { todayIso } from '../../http/request-context.ts';
import { validate } from '../../http/validate.ts';
import { unitSummary } from '../../province-summary/unit-summary.ts';
import { unitRef } from '../units/unit-view.ts';

export const summaryQuerySchema = z
  .object({ period: periodKeySchema, view: viewSchema.default('reported') })
  .strict();

export const summaryRoute = new Hono<AppEnv>().get(
  '/:unitId',
  validate('param', z.object({ unitId: unitIdSchema })),
  validate('query', summaryQuerySchema),
  async (c) => {
    const { unitId } = c.req.valid('param');
    const { period, view } = c.req.valid('query');
    const catalog = await c.var.catalog();
    const unit = catalog.unit(unitId);
    if (!unit) return c.json(notFound('unit', unitId), 404);
    const summary = await unitSummary(c.var.db, catalog, unit, periodOf(period), view, {
      today: todayIso(c),
    });
    return c.json({
      unit: unitRef(unit),
      period,
      view,
      hasDemo: summary.hasDemo,
      items: summary.items.map((item) => ({ ...item, indicator: item.indicator.key })),
    });
  },
);
