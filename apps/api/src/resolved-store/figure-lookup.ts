/**
 * Resolved figures of one indicator for some units and periods, looked up in the store: one
 * indexed read.
 */
import { type Indicator, NO_FIGURE, type Period, type Resolved, resolveFigure, type View } from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import type { CellIndex } from '../cells/cells.repository.ts';
import { resolveContext } from '../cells/resolve-context.ts';
import type { Db } from '../db/connection.ts';
import { builtBlocks, readFigures } from './resolved-store.repository.ts';

export type FigureLookup = (unitId: string, period: Period, view: View) => Resolved;

/**
 * Whether the store holds a unit's figures in a view: every unit's as reported, today's 34's
 * restated (a former province restated is resolved from its cells).
 */
export function isStored(unit: { vintage: number }, view: View): boolean {
  return view === 'reported' || unit.vintage === 34;
}

/**
 * A figure of a year the store holds no block for: no approved figure of the indicator that year,
 * so what no cells resolve to (a merged province restated still names the parts it misses).
 */
export function resolveWithoutCells(
  catalog: Catalog,
  indicator: Indicator,
  unitId: string,
  period: Period,
  view: View,
): Resolved {
  return resolveFigure(resolveContext(catalog, new Map() as CellIndex, indicator), unitId, period, view);
}

export async function lookUpFigures(
  db: Db,
  catalog: Catalog,
  indicator: Indicator,
  unitIds: readonly string[],
  periods: readonly Period[],
  views: readonly View[],
): Promise<FigureLookup> {
  const years = [...new Set(periods.map((p) => p.year))];
  const [rows, built] = await Promise.all([
    readFigures(
      db,
      indicator.key,
      unitIds,
      periods.map((p) => p.key),
      views,
    ),
    builtBlocks(db, years),
  ]);
  const byKey = new Map(rows.map((r) => [`${r.unitId}|${r.period}|${r.view}`, r.figure]));
  return (unitId, period, view) =>
    built.has(`${indicator.key}|${period.year}`)
      ? (byKey.get(`${unitId}|${period.key}|${view}`) ?? NO_FIGURE)
      : resolveWithoutCells(catalog, indicator, unitId, period, view);
}
