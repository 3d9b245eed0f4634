/**
 * A leader's briefing on a province: `/api/briefing/v34-14?period=2026` — the summary strip, each
 * indicator's sparkline and pace to its plan, and sentences for a meeting document. Without a
 * period, the latest year the province has figures for (`briefing/province-briefing.ts`).
 */
import { periodKeySchema, periodOf, unitIdSchema, vietnamYear, viewSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { provinceBriefing } from '../../briefing/province-briefing.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { todayIso } from '../../http/request-context.ts';
import { validate } from '../../http/validate.ts';
import { latestYearOfUnit } from '../../resolved-store/resolved-store.repository.ts';
import { unitRef } from '../units/unit-view.ts';

export const briefingQuerySchema = z
  .object({ period: periodKeySchema.optional(), view: viewSchema.default('reported') })
  .strict();

export const briefingRoute = new Hono<AppEnv>().get(
  '/:unitId',
  validate('param', z.object({ unitId: unitIdSchema })),
  validate('query', briefingQuerySchema),
  async (c) => {
    const { unitId } = c.req.valid('param');
    const query = c.req.valid('query');
    const catalog = await c.var.catalog();
    const unit = catalog.unit(unitId);
    if (!unit) return c.json(notFound('unit', unitId), 404);
    const periodKey =
      query.period ??
      (await latestYearOfUnit(c.var.db, unit.id, query.view)) ??
      String(vietnamYear(c.var.now()));
    const briefing = await provinceBriefing(c.var.db, catalog, unit, periodOf(periodKey), query.view, {
      today: todayIso(c),
    });
    return c.json({
      unit: unitRef(unit),
      period: briefing.period.key,
      view: query.view,
      hasDemo: briefing.hasDemo,
      asOf: briefing.asOf,
      strip: briefing.strip,
      direction: briefing.direction,
      items: briefing.items,
      sentences: briefing.sentences,
      lead: briefing.lead,
    });
  },
);
