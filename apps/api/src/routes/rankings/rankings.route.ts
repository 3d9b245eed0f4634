/** All provinces ranked on one indicator for one period, ties sharing a rank. */
import { indicatorKeySchema, periodKeySchema, periodOf, viewSchema, vintageOfPeriod } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { validate } from '../../http/validate.ts';
import { findTargets } from '../../plans/targets.repository.ts';
import { storedRanking } from '../../ranking/rank-indicator.ts';
import { unitRef } from '../units/unit-view.ts';

export const rankingQuerySchema = z
  .object({ period: periodKeySchema, view: viewSchema.default('reported') })
  .strict();

export const rankingsRoute = new Hono<AppEnv>().get(
  '/:indicator',
  validate('param', z.object({ indicator: indicatorKeySchema })),
  validate('query', rankingQuerySchema),
  async (c) => {
    const { indicator: key } = c.req.valid('param');
    const { period: periodKey, view } = c.req.valid('query');
    const catalog = await c.var.catalog();
    const indicator = catalog.indicator(key);
    if (!indicator) return c.json(notFound('indicator', key), 404);
    const period = periodOf(periodKey);
    const [ranking, targets] = await Promise.all([
      storedRanking(c.var.db, catalog, indicator, period, view),
      findTargets(c.var.db, { indicatorKey: key, periods: [periodKey] }),
    ]);
    return c.json({
      indicator,
      period: periodKey,
      view,
      vintage: ranking.vintage,
      periodVintage: vintageOfPeriod(period),
      isDerived: ranking.isDerived,
      direction: indicator.direction,
      nationalTarget: targets.find((t) => t.scope === 'national') ?? null,
      rankedCount: ranking.rankedCount,
      hasDemo: ranking.rows.some((r) => r.resolved.isDemo),
      rows: ranking.rows.map((r) => ({
        unit: unitRef(r.unit),
        rank: r.rank,
        isTied: r.isTied,
        ...r.resolved,
        target: targets.find((t) => t.unitId === r.unit.id) ?? null,
      })),
    });
  },
);
