/**
 * All provinces ranked on one indicator for one period, ties sharing a rank; each row with the
 * verdict its province's card gives (core's `choosePlan` and `summarizeIndicator`), so the national
 * page counts verdicts and never judges on its own.
 */
import {
  choosePlan,
  indicatorKeySchema,
  NO_FIGURE,
  periodBefore,
  periodKeySchema,
  periodOf,
  summarizeIndicator,
  vietnamYear,
  viewSchema,
  vintageOfPeriod,
} from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { todayIso } from '../../http/request-context.ts';
import { validate } from '../../http/validate.ts';
import { findTargets } from '../../plans/targets.repository.ts';
import { storedRanking } from '../../ranking/rank-indicator.ts';
import { latestRankedYear } from '../../resolved-store/resolved-store.repository.ts';
import { unitRef } from '../units/unit-view.ts';

export const rankingQuerySchema = z
  .object({ period: periodKeySchema.optional(), view: viewSchema.default('reported') })
  .strict();

export const rankingsRoute = new Hono<AppEnv>().get(
  '/:indicator',
  validate('param', z.object({ indicator: indicatorKeySchema })),
  validate('query', rankingQuerySchema),
  async (c) => {
    const { indicator: key } = c.req.valid('param');
    const query = c.req.valid('query');
    const view = query.view;
    const catalog = await c.var.catalog();
    const indicator = catalog.indicator(key);
    if (!indicator) return c.json(notFound('indicator', key), 404);
    // Without a period: the latest year that ranks a province, else the current year (empty).
    const periodKey =
      query.period ?? (await latestRankedYear(c.var.db, key, view)) ?? String(vietnamYear(c.var.now()));
    const period = periodOf(periodKey);
    const prev = periodBefore(period);
    // The period before's figures start a stock's trajectory when this period is not over.
    const [ranking, before, targets] = await Promise.all([
      storedRanking(c.var.db, catalog, indicator, period, view),
      prev && indicator.overTime !== 'sum'
        ? storedRanking(c.var.db, catalog, indicator, prev, view)
        : Promise.resolve(null),
      findTargets(c.var.db, { indicatorKey: key, periods: [periodKey] }),
    ]);
    const start = new Map((before?.rows ?? []).map((r) => [r.unit.id, r.resolved]));
    const today = todayIso(c);
    const verdictOf = (unit: (typeof ranking.rows)[number]['unit'], figure: typeof NO_FIGURE) => {
      const plan = choosePlan(targets, { unit, indicatorKey: key, period: periodKey });
      const { progress, horizon } = summarizeIndicator({
        indicator,
        period,
        figure,
        plan,
        previous: NO_FIGURE,
        previousPeriod: null,
        start: start.get(unit.id) ?? null,
        rank: null,
        isSameRankingAsPrevious: true,
        today,
      });
      return { target: plan, progress, horizon };
    };
    return c.json({
      indicator,
      period: periodKey,
      view,
      vintage: ranking.vintage,
      periodVintage: vintageOfPeriod(period),
      isDerived: ranking.isDerived,
      direction: indicator.direction,
      nationalTarget: targets.find((t) => t.scope === 'national') ?? null,
      /** The whole country's value by the indicator's rule across units, and how many provinces it stands on. */
      national: ranking.national,
      rankedCount: ranking.rankedCount,
      /** Too few provinces have a figure to rank them (rank-shown rule 3): every rank is null. */
      isWithheld: ranking.isWithheld,
      hasDemo: ranking.rows.some((r) => r.resolved.isDemo),
      rows: ranking.rows.map((r) => ({
        unit: unitRef(r.unit),
        rank: r.rank,
        isTied: r.isTied,
        ...r.resolved,
        ...verdictOf(r.unit, r.resolved),
      })),
    });
  },
);
