/** One figure's history: its publications and revisions, oldest first (any signed-in user). */
import { indicatorKeySchema, periodKeySchema, unitIdSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { validate } from '../../http/validate.ts';
import { figureHistory } from '../../reporting/figure-history.ts';

export const figureHistoryRoute = new Hono<AppEnv>().get(
  '/:unitId/:indicator/:period',
  validate(
    'param',
    z.object({ unitId: unitIdSchema, indicator: indicatorKeySchema, period: periodKeySchema }),
  ),
  async (c) => {
    const { unitId, indicator, period } = c.req.valid('param');
    const catalog = await c.var.catalog();
    if (!catalog.unit(unitId)) return c.json(notFound('unit', unitId), 404);
    if (!catalog.indicator(indicator)) return c.json(notFound('indicator', indicator), 404);
    return c.json(await figureHistory(c.var.db, unitId, indicator, period));
  },
);
