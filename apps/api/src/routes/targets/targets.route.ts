import { indicatorKeySchema, periodKeySchema, targetWriteSchema, unitIdSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { validate } from '../../http/validate.ts';
import { findTargets } from '../../plans/targets.repository.ts';
import { createTarget, deleteTarget, updateTarget } from './targets-write.ts';

export const targetsQuerySchema = z
  .object({
    indicator: indicatorKeySchema.optional(),
    unit: unitIdSchema.optional(),
    period: periodKeySchema.optional(),
    national: z.enum(['include', 'exclude']).default('include'),
  })
  .strict();

// Digits only: a coerced number would also take "0x1", "+1", "1e0", "1.0" or " 1" as id 1.
const idParam = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, 'must be an id: a positive whole number')
    .transform(Number)
    .pipe(z.number().max(2 ** 31)),
});

/** Province and national targets, each with its source and whether it was derived; writes for staff and admins. */
export const targetsRoute = new Hono<AppEnv>()
  .post('/', validate('json', targetWriteSchema), (c) => createTarget(c, c.req.valid('json')))
  .put('/:id', validate('param', idParam), validate('json', targetWriteSchema), (c) =>
    updateTarget(c, c.req.valid('param').id, c.req.valid('json')),
  )
  .delete('/:id', validate('param', idParam), (c) => deleteTarget(c, c.req.valid('param').id))
  .get('/', validate('query', targetsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const targets = await findTargets(c.var.db, {
      indicatorKey: q.indicator,
      unitId: q.unit,
      periods: q.period ? [q.period] : undefined,
      withNational: q.national === 'include',
    });
    return c.json({ targets });
  });
