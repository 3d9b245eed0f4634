import { indicatorKeySchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { validate } from '../../http/validate.ts';

/** The indicator catalogue: units, directions and roll-up rules. */
export const indicatorsRoute = new Hono<AppEnv>()
  .get('/', async (c) => {
    const catalog = await c.var.catalog();
    return c.json({ indicators: catalog.indicators });
  })
  .get('/:key', validate('param', z.object({ key: indicatorKeySchema })), async (c) => {
    const { key } = c.req.valid('param');
    const indicator = (await c.var.catalog()).indicator(key);
    if (!indicator) return c.json(notFound('indicator', key), 404);
    return c.json({ indicator });
  });
