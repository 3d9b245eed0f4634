import { indicatorKeySchema, periodKeySchema, unitIdSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { findTargets } from '../../figures/targets.repository.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { validate } from '../../http/validate.ts';

export const targetsQuerySchema = z
  .object({
    indicator: indicatorKeySchema.optional(),
    unit: unitIdSchema.optional(),
    period: periodKeySchema.optional(),
    national: z.enum(['include', 'exclude']).default('include'),
  })
  .strict();

/** Province and national targets, each with its source and whether it was derived. */
export const targetsRoute = new Hono<AppEnv>().get('/', validate('query', targetsQuerySchema), async (c) => {
  const q = c.req.valid('query');
  const targets = await findTargets(c.var.db, {
    indicatorKey: q.indicator,
    unitId: q.unit,
    periods: q.period ? [q.period] : undefined,
    withNational: q.national === 'include',
  });
  return c.json({ targets });
});
