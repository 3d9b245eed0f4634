/** Which provinces have reported a period, on time or late, per indicator family (any signed-in user). */
import { periodKeySchema, periodOf } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { validate } from '../../http/validate.ts';
import { periodCompleteness } from '../../reporting/completeness.ts';
import { readDeadlines } from '../../reporting/deadline-settings.repository.ts';

export const completenessRoute = new Hono<AppEnv>().get(
  '/:period',
  validate('param', z.object({ period: periodKeySchema })),
  async (c) => {
    const period = periodOf(c.req.valid('param').period);
    const catalog = await c.var.catalog();
    return c.json(await periodCompleteness(c.var.db, catalog, period, await readDeadlines(c.var.db)));
  },
);
