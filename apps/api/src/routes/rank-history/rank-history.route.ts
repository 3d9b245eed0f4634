/**
 * `GET /api/rank-history/v34-14`: the province's DTI and ICT Index ranks by year (core's
 * `rankHistoryRows`): of 63 before the merger (its former province's), of 34 after, its place in
 * its region and the region's best, the move between rankings of the same size. Published
 * (approved) figures only, as the rankings are.
 */
import { isUnchangedTerritory, rankHistoryRows, unitIdSchema, vietnamYear } from '@cds/core';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env.ts';
import { notFound } from '../../http/not-found.ts';
import { validate } from '../../http/validate.ts';
import { readFiguresOfIndicators } from '../../resolved-store/resolved-store.repository.ts';
import { unitRef } from '../units/unit-view.ts';

/** The rankings a history is drawn for, in this order. */
export const HISTORY_RANKINGS = ['dti_rank', 'ict_index_rank'] as const;
/** The first edition of the provincial DTI (2019's figures, published 2020). */
const FIRST_YEAR = 2019;
/** The last year ranked by the 63 provinces; from 2025 the 34 are ranked. */
const LAST_YEAR_OF_63 = 2024;

export const rankHistoryRoute = new Hono<AppEnv>().get(
  '/:unitId',
  validate('param', z.object({ unitId: unitIdSchema })),
  async (c) => {
    const catalog = await c.var.catalog();
    const unit = catalog.unit(c.req.valid('param').unitId);
    if (!unit) return c.json(notFound('unit', c.req.valid('param').unitId), 404);
    const lastYear = vietnamYear(c.var.now());
    const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
    // A province of the 34 is its former province before the merger: the one whose name it kept
    // (one line when it kept its territory); a province of the 63 stops at the merger.
    const former = unit.vintage === 34 ? (unit.predecessorIds[0] ?? null) : unit.id;
    const current = unit.vintage === 34 ? unit.id : null;
    const lineUnit = (year: number) => (year <= LAST_YEAR_OF_63 ? former : current);
    const vintageUnits = (vintage: number) =>
      catalog.units.filter((u) => u.vintage === vintage).map((u) => u.id);
    const figures = await readFiguresOfIndicators(
      c.var.db,
      [...HISTORY_RANKINGS],
      [...vintageUnits(63), ...vintageUnits(34)],
      years.map(String),
      ['reported'],
    );
    const regionOf = (id: string) => catalog.unit(id)?.regionCode ?? null;
    const indicators = HISTORY_RANKINGS.map((indicatorKey) => {
      const byYear = new Map<
        number,
        { unitId: string; rank: number | null; of: number | null; isDemo: boolean }[]
      >();
      for (const f of figures) {
        if (f.indicatorKey !== indicatorKey || !f.figure.isComplete) continue;
        const year = Number(f.period);
        const expected = year <= LAST_YEAR_OF_63 ? 63 : 34;
        if (catalog.unit(f.unitId)?.vintage !== expected) continue;
        const list = byYear.get(year) ?? [];
        list.push({ unitId: f.unitId, rank: f.figure.value, of: f.figure.rankedOf, isDemo: f.figure.isDemo });
        byYear.set(year, list);
      }
      return {
        indicatorKey,
        rows: rankHistoryRows({ years, lineUnit, figuresOf: (y) => byYear.get(y) ?? [], regionOf }),
      };
    });
    const formerUnit = former && former !== unit.id ? catalog.unit(former) : undefined;
    const names = new Set(
      indicators.flatMap((i) => i.rows.flatMap((r) => [r.unitId, r.region?.best.unitId ?? r.unitId])),
    );
    return c.json({
      unit: unitRef(unit),
      /** One line across the merger: a province of the 34 that kept its territory. */
      isOneLine: isUnchangedTerritory(unit),
      former: formerUnit ? unitRef(formerUnit) : null,
      unitNames: Object.fromEntries(
        [...names].flatMap((id) => {
          const u = catalog.unit(id);
          return u ? [[id, { nameVi: u.nameVi, nameEn: u.nameEn, vintage: u.vintage }]] : [];
        }),
      ),
      regions: catalog.regions,
      indicators,
    });
  },
);
