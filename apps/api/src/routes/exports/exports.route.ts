/**
 * Figures and plans of a filter as a CSV or XLSX file, with their sources, status and demo flag
 * (any signed-in user; published figures only, as the dashboard shows them).
 */

import { indicatorKeySchema, parsePeriod, periodKeySchema, periodTypeSchema } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { todayIso } from '../../http/request-context.ts';
import { validate } from '../../http/validate.ts';
import { type ExportFigure, exportTable } from '../../importing/export-figures.ts';
import { XLSX_TYPE } from '../../importing/read-table.ts';
import { csvBytes, xlsxBytes } from '../../importing/write-table.ts';
import { findTargetsInRange } from '../../plans/targets.repository.ts';
import { findObservations } from '../observations/observations.repository.ts';
import { unitListSchema } from '../observations/observations.route.ts';

/** Rows of each kind at most in one file. */
const MAX_ROWS = 200_000;

export const exportQuerySchema = z
  .object({
    format: z.enum(['csv', 'xlsx']).default('xlsx'),
    indicator: indicatorKeySchema.optional(),
    unit: unitListSchema.optional(),
    periodType: periodTypeSchema.optional(),
    from: periodKeySchema.optional(),
    to: periodKeySchema.optional(),
    demo: z.enum(['include', 'exclude', 'only']).default('include'),
    plans: z.enum(['yes', 'no']).default('yes'),
  })
  .strict()
  .superRefine((q, ctx) => {
    const types = [q.periodType, q.from && parsePeriod(q.from)?.type, q.to && parsePeriod(q.to)?.type].filter(
      Boolean,
    );
    if (new Set(types).size > 1)
      ctx.addIssue({
        code: 'custom',
        path: [q.to ? 'to' : 'from'],
        message: 'from, to and periodType must be of one period type',
      });
    else if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
  });

export const exportsRoute = new Hono<AppEnv>().get(
  '/figures',
  validate('query', exportQuerySchema),
  async (c) => {
    const q = c.req.valid('query');
    const catalog = await c.var.catalog();
    const missingUnit = q.unit?.find((id) => !catalog.unit(id));
    if (missingUnit) return c.json(notFound('unit', missingUnit), 404);
    const periodType =
      q.periodType ?? (q.from ? parsePeriod(q.from)?.type : q.to ? parsePeriod(q.to)?.type : undefined);
    const filter = {
      ...(q.indicator ? { indicatorKey: q.indicator } : {}),
      ...(q.unit ? { unitIds: q.unit } : {}),
      ...(periodType ? { periodType } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      demo: q.demo,
    };
    const [observed, plans] = await Promise.all([
      findObservations(c.var.db, { ...filter, limit: MAX_ROWS, offset: 0 }),
      q.plans === 'yes' ? findTargetsInRange(c.var.db, { ...filter, limit: MAX_ROWS }) : Promise.resolve([]),
    ]);
    const figures: ExportFigure[] = observed.observations.map((o) => ({
      unitId: o.unitId,
      indicatorKey: o.indicatorKey,
      period: o.period,
      value: o.value,
      numerator: o.numerator,
      denominator: o.denominator,
      qualifier: o.qualifier,
      sourceRef: o.sourceRef,
      status: o.status,
      isDemo: o.isDemo,
    }));
    const table = exportTable(catalog, figures, plans);
    const name = `so-lieu-cds-${todayIso(c)}.${q.format}`;
    const bytes = q.format === 'csv' ? csvBytes(table) : await xlsxBytes(table, 'Số liệu');
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': q.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
      'Content-Disposition': `attachment; filename="${name}"`,
      ...(observed.hasMore ? { 'X-Truncated': String(MAX_ROWS) } : {}),
    });
  },
);
