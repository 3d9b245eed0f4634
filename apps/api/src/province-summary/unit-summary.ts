/**
 * A province's figures for one period, indicator by indicator: value, target, progress, change
 * on the previous period and rank among the provinces. This module only loads: which figures a
 * summary shows is `summary-figures.ts` in core, which plan counts `choosePlan`, what a card
 * says `summarizeIndicator` (given today's date in Vietnam: whether the period is over).
 */
import {
  type ChosenPlan,
  choosePlan,
  endDate,
  historyOwner,
  type Indicator,
  isIndicatorValidFor,
  isRankIndicator,
  isSameRankingAsPrevious,
  keysWithin,
  NO_FIGURE,
  needsSameMonths,
  type Period,
  periodBefore,
  planOwners,
  previousAcrossMerger,
  previousFigure,
  type RankInputs,
  type Resolved,
  rankInputs,
  rankInputsAt,
  resolveFigure,
  type SummaryVerdicts,
  startDate,
  summarizeIndicator,
  type View,
  vintageOfPeriod,
} from '@cds/core';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import { cellsOf, loadCells } from '../cells/cells.repository.ts';
import { resolveContext } from '../cells/resolve-context.ts';
import type { Db } from '../db/connection.ts';
import { findTargetsOf, type TargetView } from '../plans/targets.repository.ts';
import { isStored, resolveWithoutCells } from '../resolved-store/figure-lookup.ts';
import {
  builtBlocks,
  readFiguresOfIndicators,
  readRankings,
  readUnitFigures,
} from '../resolved-store/resolved-store.repository.ts';

export interface SummaryItem extends SummaryVerdicts {
  indicator: Indicator;
  figure: Resolved;
  sourceQuote: string | null;
  note: string | null;
  /** The plan judged against (core's `choosePlan`: own, kept territory's predecessor, national). */
  target: ChosenPlan<TargetView> | null;
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
  /** The whole previous period's figure: where an in-year trajectory starts. */
  start: (indicator: Indicator) => Resolved;
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
    start: (indicator) =>
      prev
        ? previousAcrossMerger(
            (p, v) => resolveFigure(resolveContext(catalog, cells, indicator), unit.id, p, v),
            unit,
            prev,
            view,
          )
        : NO_FIGURE,
    // A province that kept its territory is ranked among the 63 as its predecessor before the merger.
    rank: (indicator) =>
      rankInputs(resolveContext(catalog, cells, indicator), historyOwner(unit, period.key), period, view),
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
  // Where a province is ranked as its predecessor (kept territory, before the merger): that unit's rows.
  const rankedAs = (p: Period) => historyOwner(unit, p.key);
  const owners = [...new Set([period, ...(prev ? [prev] : [])].map(rankedAs))].filter((id) => id !== unit.id);
  const [rows, ownerRows, rankings, built] = await Promise.all([
    readUnitFigures(db, unit.id, periods, views),
    readFiguresOfIndicators(
      db,
      owners.length > 0 ? catalog.indicators.map((i) => i.key) : [],
      owners,
      periods,
      [view],
    ),
    readRankings(db, periods, view),
    builtBlocks(db, [...new Set([period.year, prev?.year ?? period.year])]),
  ]);
  const row = new Map(rows.map((r) => [`${r.indicatorKey}|${r.period}|${r.view}`, r]));
  const ranking = new Map(rankings.map((r) => [`${r.indicatorKey}|${r.period}`, r]));
  const rankRow = new Map(ownerRows.map((r) => [`${r.indicatorKey}|${r.unitId}|${r.period}`, r]));
  const rankedRow = (indicator: Indicator, p: Period) =>
    rankedAs(p) === unit.id
      ? row.get(`${indicator.key}|${p.key}|${view}`)
      : rankRow.get(`${indicator.key}|${rankedAs(p)}|${p.key}`);
  const stored = (indicator: Indicator, p: Period, v: View): Resolved =>
    built.has(`${indicator.key}|${p.year}`)
      ? (row.get(`${indicator.key}|${p.key}|${v}`)?.figure ?? NO_FIGURE)
      : resolveWithoutCells(catalog, indicator, unit.id, p, v);
  // A period not over is compared with the same months of the previous one, which no stored
  // period holds: those few are resolved from the unit's and its predecessors' cells.
  const sameMonths = new Map<string, Resolved>();
  const needed = prev ? catalog.indicators.filter((i) => needsSameMonths(stored(i, period, view))) : [];
  if (prev && needed.length > 0) {
    const cells = await loadCells(db, {
      years: [prev.year],
      unitIds: [unit.id, ...unit.predecessorIds],
      periods: keysWithin(prev),
    });
    for (const indicator of needed) {
      const ctx = resolveContext(catalog, cells, indicator);
      sameMonths.set(indicator.key, previousFigure(ctx, unit, period, stored(indicator, period, view), view));
    }
  }
  return {
    figure: (indicator) => stored(indicator, period, view),
    previous: (indicator) =>
      sameMonths.get(indicator.key) ??
      (prev ? previousAcrossMerger((p, v) => stored(indicator, p, v), unit, prev, view) : NO_FIGURE),
    start: (indicator) =>
      prev ? previousAcrossMerger((p, v) => stored(indicator, p, v), unit, prev, view) : NO_FIGURE,
    rank: (indicator) => {
      if (isRankIndicator(indicator)) return null;
      const now = ranking.get(`${indicator.key}|${period.key}`);
      const mine = rankedRow(indicator, period);
      if (!now || !mine?.isRanked) return null;
      const before = prev ? ranking.get(`${indicator.key}|${prev.key}`) : undefined;
      const beforeRow = prev ? rankedRow(indicator, prev) : undefined;
      return rankInputsAt(
        now,
        mine,
        before ? { vintage: before.vintage, rank: beforeRow?.isRanked ? beforeRow.rank : null } : null,
      );
    },
  };
}

export async function unitSummary(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  view: View,
  options: { today: string; live?: boolean },
): Promise<UnitSummary> {
  const prev = periodBefore(period);
  const [figures, ownText, targets] = await Promise.all([
    options.live || !isStored(unit, view)
      ? liveFigures(db, catalog, unit, period, prev, view)
      : storedFigures(db, catalog, unit, period, prev, view),
    // Quotes and notes only for this province's own figures of the period.
    loadCells(db, { years: [period.year], unitIds: [unit.id], periods: [period.key], withText: true }),
    findTargetsOf(db, {
      indicatorKeys: catalog.indicators.map((i) => i.key),
      unitIds: planOwners(unit, period.key),
      periods: [period.key],
    }),
  ]);
  const indicators = catalog.indicators.filter((i) =>
    isIndicatorValidFor(i, startDate(period), endDate(period)),
  );

  const items = indicators.map((indicator): SummaryItem => {
    const figure = figures.figure(indicator);
    const exact = cellsOf(ownText, indicator.key, unit.id)[0];
    const target = choosePlan(targets, { unit, indicatorKey: indicator.key, period: period.key });
    const previous = figures.previous(indicator, figure);
    const verdicts = summarizeIndicator({
      indicator,
      period,
      figure,
      plan: target,
      previous,
      previousPeriod: prev,
      start: indicator.overTime === 'sum' ? null : figures.start(indicator),
      today: options.today,
      rank: figure.value === null ? null : figures.rank(indicator),
      isSameRankingAsPrevious: isSameRankingAsPrevious(period, figure, previous),
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
