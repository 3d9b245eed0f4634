/**
 * The figures a province's summary is made of, besides the period's own: the previous period's
 * (like with like), and where the province stands in the ranking of both periods.
 *
 * 1. The previous period of the same type (2023-Q1 → 2022-Q4); none before the calendar starts.
 * 2. A period not over is compared with the same months of the previous one (`withinSameMonths`):
 *    ten months of 2026 against ten months of 2025, never against all of 2025.
 * 3. Across the merger, a new unit's previous figure is restated (and says so): Quảng Trị's 2025
 *    is compared with Quảng Bình and old Quảng Trị added up for 2024.
 * 4. A rank moves only within one ranking: the previous rank counts only when both periods rank
 *    the same vintage (a rank of 34 is no move from a rank of 63).
 */
import { isRankIndicator } from '../indicators/indicator.ts';
import {
  type LineageUnit,
  type ResolveContext,
  resolveFigure,
  type View,
} from '../lineage/resolve-figure.ts';
import { type Vintage, vintageOfPeriod } from '../lineage/vintage.ts';
import { type Period, previousPeriod } from '../periods/period.ts';
import { type IndicatorRanking, type RankingContext, rankIndicator } from '../ranking/rank-indicator.ts';
import { coveredMonths, withinSameMonths } from '../rollup/coverage.ts';
import { NO_FIGURE, type Resolved } from '../rollup/figure.ts';
import type { RankInputs } from './summarize-indicator.ts';

/** Rule 1: the period before, or null when it would fall outside the supported years (before 1990). */
export function periodBefore(period: Period): Period | null {
  try {
    return previousPeriod(period);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Rule 2: the context seeing only the previous period's cells inside the months `figure` covers. */
export function sameMonthsContext<C extends ResolveContext>(
  ctx: C,
  period: Period,
  prev: Period,
  figure: Resolved,
): C {
  const keep = withinSameMonths(prev, coveredMonths(period, figure));
  return { ...ctx, cellsOf: (unitId: string) => ctx.cellsOf(unitId).filter(keep) };
}

/** Whether a figure covers only part of its period, so its previous figure must cover the same part. */
export function needsSameMonths(figure: Resolved): boolean {
  return figure.value !== null && !figure.isComplete && figure.basis !== 'restated';
}

/** A figure of the unit asked about, by period and view (from cells, or from the store). */
export type FigureOf = (period: Period, view: View) => Resolved;

/** Rule 3: the previous period's figure, restated across the merger for a new unit. */
export function previousAcrossMerger(
  figureOf: FigureOf,
  unit: LineageUnit,
  prev: Period,
  view: View,
): Resolved {
  const previous = figureOf(prev, view);
  if (previous.basis === 'none' && unit.vintage === 34 && vintageOfPeriod(prev) === 63) {
    return figureOf(prev, 'restated');
  }
  return previous;
}

/** Rules 2 and 3: the previous period's figure of `unit`, like with like. */
export function previousFigure(
  ctx: ResolveContext,
  unit: LineageUnit,
  period: Period,
  figure: Resolved,
  view: View,
): Resolved {
  const prev = periodBefore(period);
  if (!prev) return NO_FIGURE;
  const seen = needsSameMonths(figure) ? sameMonthsContext(ctx, period, prev, figure) : ctx;
  return previousAcrossMerger((p, v) => resolveFigure(seen, unit.id, p, v), unit, prev, view);
}

/** What rule 4 needs of a ranking: the vintage it lists, its size, whether any ranked figure is demo. */
export interface RankingShape {
  readonly vintage: Vintage;
  readonly rankedCount: number;
  /** The units it lists (the N of "rank r of N"). */
  readonly unitCount: number;
  readonly hasDemo: boolean;
}

/** Rule 4: a unit's place in a ranking, with its previous rank only if both rank the same vintage. */
export function rankInputsAt(
  now: RankingShape,
  mine: { readonly rank: number | null; readonly isTied: boolean },
  before: { readonly vintage: Vintage; readonly rank: number | null } | null,
): RankInputs {
  return {
    rank: mine.rank,
    rankedCount: now.rankedCount,
    of: now.unitCount,
    isTied: mine.isTied,
    hasDemoAmong: now.hasDemo,
    previousRank: before && before.vintage === now.vintage ? before.rank : null,
  };
}

/** Rule 4 on two whole rankings. */
export function rankInputsFrom<U extends LineageUnit>(
  now: IndicatorRanking<U>,
  before: IndicatorRanking<U> | null,
  unitId: string,
): RankInputs | null {
  const mine = now.rows.find((r) => r.unit.id === unitId);
  if (!mine) return null;
  return rankInputsAt(
    { ...now, unitCount: now.rows.length },
    mine,
    before
      ? { vintage: before.vintage, rank: before.rows.find((r) => r.unit.id === unitId)?.rank ?? null }
      : null,
  );
}

/** The unit's rank inputs for `period`, ranking both periods (never for a rank indicator itself). */
export function rankInputs<U extends LineageUnit>(
  ctx: RankingContext<U>,
  unitId: string,
  period: Period,
  view: View,
): RankInputs | null {
  if (isRankIndicator(ctx.indicator)) return null;
  const prev = periodBefore(period);
  return rankInputsFrom(
    rankIndicator(ctx, period, view),
    prev ? rankIndicator(ctx, prev, view) : null,
    unitId,
  );
}
