/**
 * Ranks the provinces of a period on one indicator, in the reported or restated view.
 */
import {
  type Indicator,
  isRankIndicator,
  NO_FIGURE,
  type Period,
  type Resolved,
  rankAsPublished,
  rankingVintageOf,
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
  /** Whether any ranked figure is demo data. */
  hasDemo: boolean;
}

/**
 * Which units a ranking lists: restated, always today's 34; as reported, the rule of
 * `rankingVintageOf` in core (the period's vintage, or the 34 for an index published for them).
 */
export function rankingVintage(
  catalog: Catalog,
  cells: CellIndex,
  indicator: Indicator,
  period: Period,
  view: View,
): Vintage {
  if (view === 'restated') return 34;
  const reportedBy = (v: Vintage) =>
    catalog.unitsOf(v).filter((u) => cellsOf(cells, indicator.key, u.id).some((c) => c.period === period.key))
      .length;
  return rankingVintageOf(period, { 63: reportedBy(63), 34: reportedBy(34) });
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
  // Ranks are never restated: a rank of 63 is no rank among the 34.
  const isRankAcrossVintages =
    isRankIndicator(indicator) && vintage !== vintageOfPeriod(period) && view === 'restated';
  const resolved = catalog.unitsOf(vintage).map((unit) => {
    const figure = isRankAcrossVintages ? NO_FIGURE : resolveFigure(ctx, unit.id, period, view);
    return { item: { unit, resolved: figure }, value: figure.value };
  });
  const { ranked, rankedCount } = rankAsPublished(resolved, indicator.direction, indicator.unit);
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
    hasDemo: ranked.some((r) => r.value !== null && r.item.resolved.isDemo),
  };
}
