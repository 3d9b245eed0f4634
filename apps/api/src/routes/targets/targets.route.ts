import {
  idParamSchema,
  indicatorKeySchema,
  periodKeySchema,
  targetWriteSchema,
  unitIdSchema,
} from '@cds/core';
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

const idParam = z.object({ id: idParamSchema });

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
