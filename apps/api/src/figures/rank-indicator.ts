/**
 * Ranks the provinces of a period on one indicator, in the reported or restated view.
 */
import {
  type Indicator,
  type Period,
  type Resolved,
  rankUnits,
  resolveFigure,
  type View,
  type Vintage,
  vintageOfPeriod,
} from '@cds/core';
import type { Catalog, CatalogUnit } from './catalog.ts';
import { type CellIndex, cellsOf } from './cells.repository.ts';
import { resolveContext } from './resolve-context.ts';

export interface RankedUnit {
  unit: CatalogUnit;
  resolved: Resolved;
  rank: number | null;
  isTied: boolean;
}

export interface IndicatorRanking {
  vintage: Vintage;
  /** True when the values were computed from other units (restated before the merger). */
  isDerived: boolean;
  rows: RankedUnit[];
  rankedCount: number;
}

/**
 * Which units a ranking lists. As reported: the vintage of the period, except that an
 * index published after the merger for an earlier year (DTI 2024 ranked the 34 new
 * units) is listed for the units it was published for. Restated: always today's 34.
 */
export function rankingVintage(
  catalog: Catalog,
  cells: CellIndex,
  indicator: Indicator,
  period: Period,
  view: View,
): Vintage {
  if (view === 'restated') return 34;
  const natural = vintageOfPeriod(period);
  const other: Vintage = natural === 63 ? 34 : 63;
  const reportedBy = (v: Vintage) =>
    catalog.unitsOf(v).filter((u) => cellsOf(cells, indicator.key, u.id).some((c) => c.period === period.key))
      .length;
  return reportedBy(natural) === 0 && reportedBy(other) > 0 ? other : natural;
}

export function rankIndicator(
  catalog: Catalog,
  cells: CellIndex,
  indicator: Indicator,
  period: Period,
  view: View,
): IndicatorRanking {
  const vintage = rankingVintage(catalog, cells, indicator, period, view);
  const ctx = resolveContext(catalog, cells, indicator);
  const isRestatedPast = vintage === 34 && vintageOfPeriod(period) === 63;
  const resolved = catalog.unitsOf(vintage).map((unit) => {
    const figure = resolveFigure(ctx, unit.id, period, view);
    return { item: { unit, resolved: figure }, value: figure.value };
  });
  const { ranked, rankedCount } = rankUnits(resolved, indicator.direction);
  return {
    vintage,
    isDerived: isRestatedPast && ranked.some((r) => r.item.resolved.isDerived),
    rows: ranked.map((r) => ({
      unit: r.item.unit,
      resolved: r.item.resolved,
      rank: r.rank,
      isTied: r.isTied,
    })),
    rankedCount,
  };
}
