/**
 * Provinces compared in one request: `/api/compare?unit=v34-14,v34-11&indicator=a,b&periodType=year
 * &from=2019&to=2024&at=2024&view=reported` — each province's points of each indicator, the
 * national and regional values, the plans, the table of the period `at` (default `to`), and
 * provinces worth adding (`compare/compare-provinces.ts`).
 */
import {
  indicatorKeySchema,
  MERGER_DATE,
  periodKeySchema,
  periodOf,
  periodRange,
  periodTypeSchema,
  viewSchema,
} from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { CatalogUnit } from '../../catalog/catalog.ts';
import { compareProvinces } from '../../compare/compare-provinces.ts';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { todayIso } from '../../http/request-context.ts';
import { apiError, validate } from '../../http/validate.ts';
import { unitRef } from '../units/unit-view.ts';

/** At most this many points (provinces × indicators × periods) per comparison. */
const MAX_POINTS = 6000;

const list = (item: z.ZodType<string, string>, max: number, what: string) =>
  z
    .string()
    .transform((s) => [...new Set(s.split(',').filter(Boolean))])
    .pipe(
      z
        .array(item)
        .min(1, { message: `at least one ${what}` })
        .max(max, { message: `at most ${max} ${what}s` }),
    );

export const compareQuerySchema = z
  .object({
    unit: list(z.string().pipe(z.string().regex(/^v(34|63)-\d{2}$/)), 6, 'province'),
    indicator: list(indicatorKeySchema, 8, 'indicator'),
    periodType: periodTypeSchema,
    from: periodKeySchema,
    to: periodKeySchema,
    at: periodKeySchema.optional(),
    view: viewSchema.default('reported'),
  })
  .strict();

const badParameter = (field: string, vi: string, en: string) =>
  apiError('invalid_parameter', { vi, en }, [{ field, message: { vi, en } }]);

export const compareRoute = new Hono<AppEnv>().get('/', validate('query', compareQuerySchema), async (c) => {
  const q = c.req.valid('query');
  const catalog = await c.var.catalog();
  const missingUnit = q.unit.find((id) => !catalog.unit(id));
  if (missingUnit) return c.json(notFound('unit', missingUnit), 404);
  const missingIndicator = q.indicator.find((key) => !catalog.indicator(key));
  if (missingIndicator) return c.json(notFound('indicator', missingIndicator), 404);
  const units = q.unit.map((id) => catalog.unit(id) as CatalogUnit);
  const indicators = q.indicator.map(
    (key) => catalog.indicator(key) as NonNullable<ReturnType<typeof catalog.indicator>>,
  );
  const from = periodOf(q.from);
  const to = periodOf(q.to);
  const at = periodOf(q.at ?? q.to);
  for (const [field, p] of [
    ['from', from],
    ['to', to],
    ['at', at],
  ] as const) {
    if (p.type !== q.periodType) {
      return c.json(
        badParameter(field, `phải là kỳ loại ${q.periodType}`, `must be a ${q.periodType} period`),
        400,
      );
    }
  }
  if (from.key > to.key)
    return c.json(badParameter('from', 'không được sau to', 'must not be after to'), 400);
  if (at.key < from.key || at.key > to.key) {
    return c.json(badParameter('at', 'phải nằm trong khoảng from–to', 'must lie between from and to'), 400);
  }
  const periods = periodRange(from, to);
  if (periods.length * units.length * indicators.length > MAX_POINTS) {
    return c.json(
      badParameter(
        'to',
        `khoảng kỳ quá dài: tối đa ${MAX_POINTS} điểm (tỉnh × chỉ tiêu × kỳ)`,
        `range too long: at most ${MAX_POINTS} points (provinces × indicators × periods)`,
      ),
      400,
    );
  }
  // A former province is restated onto nothing: it has its own figures, as reported.
  const former = units.find((u) => u.vintage === 63);
  if (q.view === 'restated' && former) {
    return c.json(
      badParameter(
        'view',
        `${former.nameVi} là tỉnh trước sáp nhập: chỉ xem được số liệu như đã báo cáo`,
        `${former.nameEn} is a former province: its figures are shown as reported only`,
      ),
      400,
    );
  }
  const comparison = await compareProvinces(c.var.db, catalog, {
    units,
    indicators,
    periods,
    at,
    view: q.view,
    today: todayIso(c),
  });
  const mentioned = new Set(
    units.flatMap((u) => [
      u.id,
      ...u.predecessorIds,
      ...(u.successorId ? [u.successorId] : []),
      ...comparison.suggestions.sameRegion,
      ...comparison.suggestions.similarRank,
      ...comparison.suggestions.mergedPartners,
    ]),
  );
  return c.json({
    view: q.view,
    periodType: q.periodType,
    from: from.key,
    to: to.key,
    at: at.key,
    mergerDate: MERGER_DATE,
    periods: periods.map((p) => p.key),
    units: units.map((u) => ({
      ...unitRef(u),
      regionCode: u.regionCode,
      predecessorIds: u.predecessorIds,
      successorId: u.successorId,
    })),
    /** Every unit the answer names (partners, suggestions), so a page can name them. */
    unitNames: Object.fromEntries(
      [...mentioned].flatMap((id) => {
        const u = catalog.unit(id);
        return u ? [[id, unitRef(u)] as const] : [];
      }),
    ),
    regions: catalog.regions.filter((r) => units.some((u) => u.regionCode === r.code)),
    hasDemo: comparison.hasDemo,
    indicators: comparison.indicators,
    suggestions: comparison.suggestions,
  });
});
