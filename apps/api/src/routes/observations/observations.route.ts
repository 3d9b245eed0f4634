import {
  indicatorKeySchema,
  parsePeriod,
  periodKeySchema,
  periodOf,
  periodTypeSchema,
  unitIdSchema,
} from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { validate } from '../../http/validate.ts';
import { findObservations } from './observations.repository.ts';

export const unitListSchema = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(unitIdSchema).min(1).max(100));

export const observationsQuerySchema = z
  .object({
    indicator: indicatorKeySchema.optional(),
    unit: unitListSchema.optional(),
    periodType: periodTypeSchema.optional(),
    from: periodKeySchema.optional(),
    to: periodKeySchema.optional(),
    demo: z.enum(['include', 'exclude', 'only']).default('include'),
    limit: z.coerce.number().int().min(1).max(10_000).default(1000),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  })
  .strict()
  // A range is of one period type (keys of one type order correctly as text): `from`
  // and `to` must agree with each other and with `periodType`, which they imply.
  .superRefine((q, ctx) => {
    // Runs even when `from` or `to` failed their own check: parse, never periodOf (which throws).
    const types = [q.periodType, q.from && parsePeriod(q.from)?.type, q.to && parsePeriod(q.to)?.type].filter(
      Boolean,
    );
    if (new Set(types).size > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [q.to ? 'to' : 'from'],
        message: 'from, to and periodType must be of one period type',
      });
    }
  });

/** Stored figures as entered, with source, status, demo flag and who changed them when. */
export const observationsRoute = new Hono<AppEnv>().get(
  '/',
  validate('query', observationsQuerySchema),
  async (c) => {
    const q = c.req.valid('query');
    const result = await findObservations(c.var.db, {
      indicatorKey: q.indicator,
      unitIds: q.unit,
      periodType: q.periodType ?? (q.from ? periodOf(q.from).type : q.to ? periodOf(q.to).type : undefined),
      from: q.from,
      to: q.to,
      demo: q.demo,
      limit: q.limit,
      offset: q.offset,
    });
    return c.json(result);
  },
);
