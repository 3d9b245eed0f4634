/**
 * A province's figures for one period, indicator by indicator: value, target, progress, change
 * on the previous period and rank among the provinces. This module loads and resolves; what a
 * card says (verdicts, honesty flags) is `summarizeIndicator` in core.
 */
import {
  coveredMonths,
  endDate,
  type Indicator,
  isIndicatorValidFor,
  isRankIndicator,
  keysWithin,
  NO_FIGURE,
  type Period,
  previousPeriod,
  type ResolveContext,
  type Resolved,
  resolveFigure,
  type SummaryVerdicts,
  startDate,
  summarizeIndicator,
  type View,
  vintageOfPeriod,
  withinSameMonths,
} from '@cds/core';
import type { Db } from '../db/connection.ts';
import type { Catalog, CatalogUnit } from './catalog.ts';
import { type CellIndex, cellsOf, loadCells } from './cells.repository.ts';
import { rankIndicator } from './rank-indicator.ts';
import { resolveContext } from './resolve-context.ts';
import { findTargets, type TargetView } from './targets.repository.ts';

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

/** The period before, or null when it would fall outside the supported years (before 1990). */
function periodBefore(period: Period): Period | null {
  try {
    return previousPeriod(period);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The previous period's figure; across the merger a new unit's is restated (and says so). */
function previousFigure(ctx: ResolveContext, unit: CatalogUnit, prev: Period | null, view: View): Resolved {
  if (!prev) return NO_FIGURE;
  const figure = resolveFigure(ctx, unit.id, prev, view);
  if (figure.basis === 'none' && unit.vintage === 34 && vintageOfPeriod(prev) === 63) {
    return resolveFigure(ctx, unit.id, prev, 'restated');
  }
  return figure;
}

/** The same context seeing only the previous period's cells inside the months `figure` covers. */
function sameMonthsContext(
  ctx: ResolveContext,
  period: Period,
  prev: Period,
  figure: Resolved,
): ResolveContext {
  const keep = withinSameMonths(prev, coveredMonths(period, figure));
  return { ...ctx, cellsOf: (unitId) => ctx.cellsOf(unitId).filter(keep) };
}

function rankInputs(
  catalog: Catalog,
  cells: CellIndex,
  indicator: Indicator,
  unit: CatalogUnit,
  period: Period,
  prev: Period | null,
  view: View,
) {
  if (isRankIndicator(indicator)) return null;
  const now = rankIndicator(catalog, cells, indicator, period, view);
  const mine = now.rows.find((r) => r.unit.id === unit.id);
  if (!mine) return null;
  const before = prev ? rankIndicator(catalog, cells, indicator, prev, view) : null;
  const previousRank =
    before && before.vintage === now.vintage
      ? (before.rows.find((r) => r.unit.id === unit.id)?.rank ?? null)
      : null;
  return {
    rank: mine.rank,
    rankedCount: now.rankedCount,
    of: now.rows.length,
    isTied: mine.isTied,
    hasDemoAmong: now.hasDemo,
    previousRank,
  };
}

export async function unitSummary(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  view: View,
): Promise<UnitSummary> {
  const prev = periodBefore(period);
  const years = [...new Set([period.year, prev?.year ?? period.year])];
  const [cells, ownText, targets] = await Promise.all([
    loadCells(db, { years, periods: [...keysWithin(period), ...(prev ? keysWithin(prev) : [])] }),
    // Quotes and notes only for this province's own figures of the period.
    loadCells(db, { years: [period.year], unitIds: [unit.id], periods: [period.key], withText: true }),
    findTargets(db, { unitId: unit.id, periods: [period.key] }),
  ]);
  const indicators = catalog.indicators.filter((i) =>
    isIndicatorValidFor(i, startDate(period), endDate(period)),
  );

  const items = indicators.map((indicator): SummaryItem => {
    const ctx = resolveContext(catalog, cells, indicator);
    const figure = resolveFigure(ctx, unit.id, period, view);
    const exact = cellsOf(ownText, indicator.key, unit.id)[0];
    const target =
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === unit.id) ??
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === null) ??
      null;
    // Like with like: a period not over is compared with the same months of the previous one.
    const isPartial = figure.value !== null && !figure.isComplete && figure.basis !== 'restated';
    const previous = previousFigure(
      isPartial && prev ? sameMonthsContext(ctx, period, prev, figure) : ctx,
      unit,
      prev,
      view,
    );
    const verdicts = summarizeIndicator({
      indicator,
      period,
      figure,
      plan: target,
      previous,
      rank: figure.value === null ? null : rankInputs(catalog, cells, indicator, unit, period, prev, view),
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
