/**
 * A chart's data: one indicator over a range of periods for one or more units, each
 * point resolved (reported, rolled up or restated) and flagged, with targets beside.
 */
import {
  indicatorKeySchema,
  isUnchangedTerritory,
  MERGER_DATE,
  type Period,
  periodKeySchema,
  periodOf,
  periodRange,
  periodTypeSchema,
  resolveFigure,
  type View,
  viewSchema,
  vintageOfPeriod,
} from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { loadCells } from '../../cells/cells.repository.ts';
import { resolveContext } from '../../cells/resolve-context.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { apiError, validate } from '../../http/validate.ts';
import { findTargets } from '../../plans/targets.repository.ts';
import { isStored, lookUpFigures } from '../../resolved-store/figure-lookup.ts';
import { unitListSchema } from '../observations/observations.route.ts';
import { unitRef } from '../units/unit-view.ts';

const MAX_POINTS = 5000;

export const seriesQuerySchema = z
  .object({
    indicator: indicatorKeySchema,
    unit: unitListSchema.pipe(z.array(z.string()).max(40)),
    periodType: periodTypeSchema,
    from: periodKeySchema,
    to: periodKeySchema,
    view: viewSchema.default('reported'),
  })
  .strict();

export const seriesRoute = new Hono<AppEnv>().get('/', validate('query', seriesQuerySchema), async (c) => {
  const q = c.req.valid('query');
  const catalog = await c.var.catalog();
  const indicator = catalog.indicator(q.indicator);
  if (!indicator) return c.json(notFound('indicator', q.indicator), 404);
  const units = q.unit.map((id) => catalog.unit(id));
  const missingUnit = q.unit.find((id) => !catalog.unit(id));
  if (missingUnit) return c.json(notFound('unit', missingUnit), 404);
  const from = periodOf(q.from);
  const to = periodOf(q.to);
  if (from.type !== q.periodType || to.type !== q.periodType) {
    return c.json(
      apiError(
        'invalid_parameter',
        {
          vi: `from và to phải cùng là kỳ loại ${q.periodType}`,
          en: `from and to must both be ${q.periodType} periods`,
        },
        [
          {
            field: from.type !== q.periodType ? 'from' : 'to',
            message: { vi: `phải là kỳ loại ${q.periodType}`, en: `must be a ${q.periodType} period` },
          },
        ],
      ),
      400,
    );
  }
  if (from.key > to.key) {
    return c.json(
      apiError('invalid_parameter', { vi: 'from không được sau to', en: 'from must not be after to' }, [
        { field: 'from', message: { vi: 'không được sau to', en: 'must not be after to' } },
      ]),
      400,
    );
  }
  const periods = periodRange(from, to);
  if (periods.length * units.length > MAX_POINTS) {
    return c.json(
      apiError(
        'invalid_parameter',
        { vi: `tối đa ${MAX_POINTS} điểm mỗi yêu cầu`, en: `at most ${MAX_POINTS} points per request` },
        [{ field: 'to', message: { vi: 'khoảng kỳ quá dài', en: 'range too long' } }],
      ),
      400,
    );
  }
  const unitIds = units.flatMap((u) => (u ? [u.id, ...u.predecessorIds] : []));
  const years = [...new Set(periods.map((p) => p.year))];
  // From the resolved-figures store, unless a former province is asked for restated (not stored).
  const fromStore = units.every((u) => !u || isStored(u, q.view));
  const [figureOf, targets] = await Promise.all([
    fromStore
      ? lookUpFigures(c.var.db, catalog, indicator, unitIds, periods, [
          ...new Set([q.view, 'reported' as const]),
        ])
      : loadCells(c.var.db, { indicatorKeys: [indicator.key], unitIds, years }).then((cells) => {
          const ctx = resolveContext(catalog, cells, indicator);
          return (unitId: string, period: Period, view: View) => resolveFigure(ctx, unitId, period, view);
        }),
    findTargets(c.var.db, { indicatorKey: indicator.key, periods: periods.map((p) => p.key) }),
  ]);
  const points = units.flatMap((unit) =>
    unit
      ? periods.map((period) => {
          // Before the merger a new unit's figure is made of its predecessors': list them
          // side by side, as reported (ranks, which are never restated, only appear here).
          // A province that kept its territory has one history of its own: no parts to list.
          const isBeforeUnit =
            unit.vintage === 34 && vintageOfPeriod(period) === 63 && !isUnchangedTerritory(unit);
          const components = isBeforeUnit
            ? unit.predecessorIds.map((id) => {
                const figure = figureOf(id, period, 'reported');
                return {
                  unitId: id,
                  value: figure.value,
                  isComplete: figure.isComplete,
                  isDemo: figure.isDemo,
                };
              })
            : [];
          return {
            unitId: unit.id,
            period: period.key,
            ...figureOf(unit.id, period, q.view),
            components,
          };
        })
      : [],
  );
  return c.json({
    indicator,
    view: q.view,
    periodType: q.periodType,
    mergerDate: MERGER_DATE,
    units: units.flatMap((u) => (u ? [unitRef(u)] : [])),
    /** Every unit a point or component mentions, so a table can name the parts. */
    unitNames: Object.fromEntries(
      unitIds.flatMap((id) => {
        const u = catalog.unit(id);
        return u ? [[id, unitRef(u)] as const] : [];
      }),
    ),
    points,
    targets: targets.flatMap((t) => {
      if (t.unitId === null || q.unit.includes(t.unitId)) return [t];
      // A province that kept its territory owns its predecessor's plans as it owns its figures.
      const heir = units.find((u) => u && isUnchangedTerritory(u) && u.predecessorIds[0] === t.unitId);
      return heir ? [{ ...t, unitId: heir.id }] : [];
    }),
  });
});
