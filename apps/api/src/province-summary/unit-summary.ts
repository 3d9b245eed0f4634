/**
 * A province's figures for one period, indicator by indicator: value, target, progress, change
 * on the previous period and rank among the provinces. This module only loads: which figures a
 * summary shows is `summary-figures.ts` in core, what a card says `summarizeIndicator`.
 */
import {
  endDate,
  type Indicator,
  isIndicatorValidFor,
  isRankIndicator,
  keysWithin,
  NO_FIGURE,
  needsSameMonths,
  type Period,
  periodBefore,
  periodOf,
  previousFigure,
  type RankInputs,
  type Resolved,
  rankInputs,
  resolveFigure,
  type SummaryVerdicts,
  startDate,
  summarizeIndicator,
  type View,
  vintageOfPeriod,
} from '@cds/core';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import { type CellIndex, cellsOf, loadCells } from '../cells/cells.repository.ts';
import { resolveContext } from '../cells/resolve-context.ts';
import type { Db } from '../db/connection.ts';
import { findTargets, type TargetView } from '../plans/targets.repository.ts';
import { isStored } from '../resolved-store/figure-lookup.ts';
import { builtBlocks, readRankings, readUnitFigures } from '../resolved-store/resolved-store.repository.ts';

export interface SummaryItem extends SummaryVerdicts {
  indicator: Indicator;
  figure: Resolved;
  sourceQuote: string | null;
  note: string | null;
  target: TargetView | null;
  /** `period` is null for the first period the calendar knows (1990 has no year before it). */
  previous: {
    period: string | null;
    value: number | null;
    isDerived: boolean;
    isDemo: boolean;
    isPartlyDemo: boolean;
    rankedOf: number | null;
  };
}

export interface UnitSummary {
  unit: CatalogUnit;
  period: Period;
  view: View;
  items: SummaryItem[];
  hasDemo: boolean;
}

/** Where a summary's figures come from: the resolved-figures store, or the cells resolved now. */
interface SummaryFigures {
  figure: (indicator: Indicator) => Resolved;
  previous: (indicator: Indicator, figure: Resolved) => Resolved;
  rank: (indicator: Indicator) => RankInputs | null;
}

/** Resolves from the approved cells, every province's (for the ranks): the rules' own answer. */
async function liveFigures(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  prev: Period | null,
  view: View,
): Promise<SummaryFigures> {
  const years = [...new Set([period.year, prev?.year ?? period.year])];
  const cells = await loadCells(db, {
    years,
    periods: [...keysWithin(period), ...(prev ? keysWithin(prev) : [])],
  });
  return {
    figure: (indicator) => resolveFigure(resolveContext(catalog, cells, indicator), unit.id, period, view),
    previous: (indicator, figure) =>
      previousFigure(resolveContext(catalog, cells, indicator), unit, period, figure, view),
    rank: (indicator) => rankInputs(resolveContext(catalog, cells, indicator), unit.id, period, view),
  };
}

/**
 * Looks the figures up in the resolved-figures store: the unit's rows of both periods and the
 * rankings of both periods, two indexed reads. Only a period not over needs cells: its previous
 * figure covers the same months, which no stored period does (the unit's own and its
 * predecessors' cells of the previous period, a small read).
 */
async function storedFigures(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  prev: Period | null,
  view: View,
): Promise<SummaryFigures> {
  const periods = prev ? [period.key, prev.key] : [period.key];
  // The restated rows are read for a reported summary only where the previous figure falls back on
  // them: a new unit whose previous period is before the merger.
  const isAcrossMerger = !!prev && unit.vintage === 34 && vintageOfPeriod(prev) === 63;
  const views: View[] =
    view === 'restated' ? ['restated'] : isAcrossMerger ? ['reported', 'restated'] : ['reported'];
  const [rows, rankings, built] = await Promise.all([
    readUnitFigures(db, unit.id, periods, views),
    readRankings(db, periods, view),
    builtBlocks(db, [...new Set([period.year, prev?.year ?? period.year])]),
  ]);
  const row = new Map(rows.map((r) => [`${r.indicatorKey}|${r.period}|${r.view}`, r]));
  const ranking = new Map(rankings.map((r) => [`${r.indicatorKey}|${r.period}`, r]));
  // A year without a single approved figure of the indicator has no block: its figures are what
  // no cells resolve to (a merged province restated still lists the parts it misses).
  const noCells: CellIndex = new Map();
  const stored = (key: string, p: string, v: View): Resolved => {
    const indicator = catalog.indicator(key);
    if (indicator && !built.has(`${key}|${p.slice(0, 4)}`)) {
      return resolveFigure(resolveContext(catalog, noCells, indicator), unit.id, periodOf(p), v);
    }
    return row.get(`${key}|${p}|${v}`)?.figure ?? NO_FIGURE;
  };
  let sameMonthsCells: Promise<CellIndex> | null = null;
  const cellsForSameMonths = () => {
    sameMonthsCells ??= loadCells(db, {
      years: [prev?.year ?? period.year],
      unitIds: [unit.id, ...unit.predecessorIds],
      periods: prev ? keysWithin(prev) : [],
    });
    return sameMonthsCells;
  };
  const sameMonths = new Map<string, Resolved>();
  const needed = prev
    ? catalog.indicators.filter((i) => needsSameMonths(stored(i.key, period.key, view)))
    : [];
  if (needed.length > 0) {
    const cells = await cellsForSameMonths();
    for (const indicator of needed) {
      const ctx = resolveContext(catalog, cells, indicator);
      sameMonths.set(
        indicator.key,
        previousFigure(ctx, unit, period, stored(indicator.key, period.key, view), view),
      );
    }
  }
  return {
    figure: (indicator) => stored(indicator.key, period.key, view),
    previous: (indicator) => {
      const same = sameMonths.get(indicator.key);
      if (same) return same;
      if (!prev) return NO_FIGURE;
      const previous = stored(indicator.key, prev.key, view);
      if (previous.basis === 'none' && unit.vintage === 34 && vintageOfPeriod(prev) === 63) {
        return stored(indicator.key, prev.key, 'restated');
      }
      return previous;
    },
    rank: (indicator) => {
      if (isRankIndicator(indicator)) return null;
      const now = ranking.get(`${indicator.key}|${period.key}`);
      const mine = row.get(`${indicator.key}|${period.key}|${view}`);
      if (!now || !mine?.isRanked) return null;
      const before = prev ? ranking.get(`${indicator.key}|${prev.key}`) : undefined;
      const beforeRow = prev ? row.get(`${indicator.key}|${prev.key}|${view}`) : undefined;
      return {
        rank: mine.rank,
        rankedCount: now.rankedCount,
        of: now.unitCount,
        isTied: mine.isTied,
        hasDemoAmong: now.hasDemo,
        previousRank: before && before.vintage === now.vintage && beforeRow?.isRanked ? beforeRow.rank : null,
      };
    },
  };
}

export async function unitSummary(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  view: View,
  options: { live?: boolean } = {},
): Promise<UnitSummary> {
  const prev = periodBefore(period);
  const [figures, ownText, targets] = await Promise.all([
    options.live || !isStored(unit, view)
      ? liveFigures(db, catalog, unit, period, prev, view)
      : storedFigures(db, catalog, unit, period, prev, view),
    // Quotes and notes only for this province's own figures of the period.
    loadCells(db, { years: [period.year], unitIds: [unit.id], periods: [period.key], withText: true }),
    findTargets(db, { unitId: unit.id, periods: [period.key] }),
  ]);
  const indicators = catalog.indicators.filter((i) =>
    isIndicatorValidFor(i, startDate(period), endDate(period)),
  );

  const items = indicators.map((indicator): SummaryItem => {
    const figure = figures.figure(indicator);
    const exact = cellsOf(ownText, indicator.key, unit.id)[0];
    const target =
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === unit.id) ??
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === null) ??
      null;
    const previous = figures.previous(indicator, figure);
    const verdicts = summarizeIndicator({
      indicator,
      period,
      figure,
      plan: target,
      previous,
      rank: figure.value === null ? null : figures.rank(indicator),
      isSameRankingAsPrevious: (figure.rankedOf ?? 0) === (previous.rankedOf ?? 0),
    });
    return {
      ...verdicts,
      indicator,
      figure,
      sourceQuote: exact?.sourceQuote ?? null,
      note: exact?.note ?? null,
      target,
      previous: {
        period: prev?.key ?? null,
        value: previous.value,
        isDerived: previous.isDerived,
        isDemo: previous.isDemo,
        isPartlyDemo: previous.isPartlyDemo,
        rankedOf: previous.rankedOf,
      },
    };
  });
  return { unit, period, view, items, hasDemo: items.some((i) => i.figure.isDemo || i.target?.isDemo) };
}
