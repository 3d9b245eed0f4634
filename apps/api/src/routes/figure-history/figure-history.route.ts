/**
 * One figure's history: its publications and revisions, oldest first. Anyone signed in sees what
 * was published; drafts, submissions and returned or withdrawn entries (value, note, source, author)
 * only those who may see the province's unpublished work — the rule of the period form: its staff,
 * its reviewers and admins.
 */
import { indicatorKeySchema, periodKeySchema, unitIdSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { canEditUnit, canReviewUnit } from '../../auth/permissions.ts';
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
    const user = c.var.user;
    const seesUnpublished = canEditUnit(catalog, user, unitId) || canReviewUnit(catalog, user, unitId);
    return c.json(await figureHistory(c.var.db, unitId, indicator, period, { seesUnpublished }));
  },
);
