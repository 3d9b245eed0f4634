/** Ranks the provinces of a period on one indicator (the rules are `rankIndicator` in core). */
import {
  type Indicator,
  type IndicatorRanking,
  isRankingWithheld,
  type NationalValue,
  NO_FIGURE,
  nationalValue,
  type Period,
  rankIndicator as rank,
  rankAsPublished,
  ranksAcrossVintages,
  type View,
} from '@cds/core';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import { type CellIndex, loadCells } from '../cells/cells.repository.ts';
import { resolveContext } from '../cells/resolve-context.ts';
import type { Db } from '../db/connection.ts';
import { readPeriodFigures, readRankings } from '../resolved-store/resolved-store.repository.ts';

export type { IndicatorRanking, RankedUnit } from '@cds/core';

export interface StoredIndicatorRanking extends IndicatorRanking<CatalogUnit> {
  /** The whole country's value by the indicator's rule across units (`nationalValue`). */
  national: NationalValue;
}

export function rankIndicator(
  catalog: Catalog,
  cells: CellIndex,
  indicator: Indicator,
  period: Period,
  view: View,
): IndicatorRanking<CatalogUnit> {
  return rank(resolveContext(catalog, cells, indicator), period, view);
}

/**
 * The ranking as the resolved-figures store holds it: two indexed reads. Its order is the rules'
 * own: ranked units by rank, ties in the vintage's listing order, then the units without a figure
 * to rank in listing order. A year the store holds nothing for has no figures: it is ranked from
 * its (absent) cells.
 */
export async function storedRanking(
  db: Db,
  catalog: Catalog,
  indicator: Indicator,
  period: Period,
  view: View,
): Promise<StoredIndicatorRanking> {
  const [rankings, figures] = await Promise.all([
    readRankings(db, [period.key], view, indicator.key),
    readPeriodFigures(db, indicator.key, period.key, view),
  ]);
  const stored = rankings[0];
  if (!stored) {
    const cells = await loadCells(db, { indicatorKeys: [indicator.key], years: [period.year] });
    const live = rankIndicator(catalog, cells, indicator, period, view);
    const figures = live.rows.map((r) => ({ unitId: r.unit.id, resolved: r.resolved }));
    return { ...live, national: nationalValue(indicator, period.key, figures) };
  }
  const units = catalog.unitsOf(stored.vintage);
  // The store keeps each unit's own figure; a ranking across vintages shows none of them.
  const isAcross = ranksAcrossVintages(indicator, period, view, stored.vintage);
  const position = new Map(units.map((u, i) => [u.id, i]));
  const listed = new Map(figures.filter((f) => f.isRanked && !isAcross).map((f) => [f.unitId, f]));
  const isWithheld = isRankingWithheld(indicator, stored.rankedCount, stored.unitCount);
  // A withheld ranking has no ranks to sort by: its figures come in the rules' order all the same.
  const ranked = isWithheld
    ? rankAsPublished(
        units.flatMap((u) => {
          const f = listed.get(u.id);
          return f && f.figure.value !== null ? [{ item: f, value: f.figure.value }] : [];
        }),
        indicator.direction,
        indicator.unit,
      ).ranked.map((r) => r.item)
    : [...listed.values()]
        .filter((f) => f.rank !== null)
        .sort(
          (a, b) =>
            (a.rank ?? 0) - (b.rank ?? 0) || (position.get(a.unitId) ?? 0) - (position.get(b.unitId) ?? 0),
        );
  const rankedIds = new Set(ranked.map((f) => f.unitId));
  return {
    vintage: stored.vintage,
    isDerived: stored.isDerived,
    rankedCount: stored.rankedCount,
    hasDemo: stored.hasDemo,
    isWithheld,
    national: stored.national,
    rows: [
      ...ranked.map((f) => ({
        unit: catalog.unit(f.unitId) as CatalogUnit,
        resolved: f.figure,
        rank: f.rank,
        isTied: f.isTied,
      })),
      ...units
        .filter((u) => !rankedIds.has(u.id))
        .map((unit) => ({
          unit,
          resolved: listed.get(unit.id)?.figure ?? NO_FIGURE,
          rank: null,
          isTied: false,
        })),
    ],
  };
}
