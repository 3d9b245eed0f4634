/** Provincial units of both vintages, with lineage across the 1 July 2025 merger. */
import {
  isoDateSchema,
  matchesSearch,
  textSchema,
  unitIdSchema,
  vintageOnDate,
  vintageSchema,
} from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { validate } from '../../http/validate.ts';
import { unitView } from './unit-view.ts';

export const unitsQuerySchema = z
  .object({
    vintage: vintageSchema.optional(),
    date: isoDateSchema.optional(),
    q: textSchema.max(100).optional(),
  })
  .strict();

export const unitsRoute = new Hono<AppEnv>()
  .get('/', validate('query', unitsQuerySchema), async (c) => {
    const { vintage, date, q } = c.req.valid('query');
    const catalog = await c.var.catalog();
    const chosen = vintage ?? (date ? vintageOnDate(date) : undefined);
    const onDate = date ?? (chosen === 63 ? '2025-06-30' : '9999-12-31');
    let units = chosen ? catalog.unitsOf(chosen) : catalog.units;
    if (q) {
      // A new unit matches when it or any former province matches ("Bac Kan" finds Thái Nguyên).
      units = units.filter(
        (u) =>
          matchesSearch(`${u.nameVi} ${u.code}`, q) ||
          u.predecessorIds.some((id) => matchesSearch(catalog.unit(id)?.nameVi ?? '', q)),
      );
    }
    return c.json({
      units: units.map((u) => unitView(catalog, u, onDate)),
      regions: catalog.regions,
    });
  })
  .get('/:id', validate('param', z.object({ id: unitIdSchema })), async (c) => {
    const { id } = c.req.valid('param');
    const catalog = await c.var.catalog();
    const unit = catalog.unit(id);
    if (!unit) return c.json(notFound('unit', id), 404);
    return c.json({ unit: unitView(catalog, unit, unit.validTo ?? '9999-12-31') });
  });
