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
import { vintageOfPeriod } from '../lineage/vintage.ts';
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
  const previous = resolveFigure(seen, unit.id, prev, view);
  if (previous.basis === 'none' && unit.vintage === 34 && vintageOfPeriod(prev) === 63) {
    return resolveFigure(seen, unit.id, prev, 'restated');
  }
  return previous;
}

/** Rule 4: the unit's place in the period's ranking, and its previous rank in the same ranking. */
export function rankInputsFrom<U extends LineageUnit>(
  now: IndicatorRanking<U>,
  before: IndicatorRanking<U> | null,
  unitId: string,
): RankInputs | null {
  const mine = now.rows.find((r) => r.unit.id === unitId);
  if (!mine) return null;
  const previousRank =
    before && before.vintage === now.vintage
      ? (before.rows.find((r) => r.unit.id === unitId)?.rank ?? null)
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
