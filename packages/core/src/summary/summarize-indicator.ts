/**
 * What a province's card says about one indicator in one period, from the figures already
 * resolved: the verdict against the plan, the change on the previous period, the rank and the
 * rank's move — each with the honesty rules of "every figure right":
 *
 * 1. **Like with like.** A period not over is judged on where the figure should be by now: a flow
 *    against the plan pro rata, a stock or ratio against the straight line from the period
 *    before's figure to the plan (`progress.ts`), each verdict provisional; a period over with
 *    months or provinces missing is `incomplete`, judged against nothing. Its change is measured
 *    against the same months of the previous period, and says which months it was measured on:
 *    it is like for like only when both cover the same months.
 * 2. **Demo never silently meets real.** A real figure's verdict against a demo plan, its change
 *    from a demo figure and its rank among demo figures are each flagged (`…AgainstDemo`), and a
 *    value summed from demo and real parts is `isPartlyDemo` (see `rollup/figure.ts`).
 * 3. **Ranks that mean something** (`ranking/rank-shown.ts`); a rank move is computed only within
 *    one ranking (never 5/63 → 3/34), and says why when it is not.
 * 4. **Points for percentages.** The change and the gap to plan of a percentage are in
 *    percentage points (`inPoints`), never a relative "%".
 * 5. **Bounds** ("trên 90%") give verdicts that say whether the bound settles them
 *    (`qualifier/qualifier.ts`) and ranks marked approximate.
 */
import type { Indicator } from '../indicators/indicator.ts';
import { isRankIndicator } from '../indicators/indicator.ts';
import { endDate, MONTHS_IN, type Period } from '../periods/period.ts';
import {
  type Change,
  COMPARATORS,
  type Comparator,
  change,
  type Progress,
  progress,
  rankChange,
} from '../progress/progress.ts';
import { type RankShown, rankShown } from '../ranking/rank-shown.ts';
import { coveredMonths } from '../rollup/coverage.ts';
import type { Resolved } from '../rollup/figure.ts';

export interface PlanInput {
  readonly value: number;
  readonly comparator: string;
  readonly isDemo: boolean;
}

export interface RankInputs {
  readonly rank: number | null;
  readonly rankedCount: number;
  /** N: the provinces of the ranking's vintage. */
  readonly of: number;
  readonly isTied: boolean;
  /** Whether any other ranked figure is demo data. */
  readonly hasDemoAmong: boolean;
  /** The previous period's rank in the same ranking (same vintage); null otherwise. */
  readonly previousRank: number | null;
}

export interface SummaryInputs {
  readonly indicator: Pick<Indicator, 'unit' | 'direction' | 'overTime'>;
  readonly period: Period;
  readonly figure: Resolved;
  readonly plan: PlanInput | null;
  /** The previous period's figure, already restricted to the same months when the figure is partial. */
  readonly previous: Resolved;
  /** The period `previous` is of (null before the calendar starts). */
  readonly previousPeriod: Period | null;
  /**
   * The figure at the end of the period before (the whole of it, not the same months): where a
   * stock's or ratio's trajectory to this period's plan starts when the period is not over.
   */
  readonly start: Resolved | null;
  /** Today's date in Vietnam (ISO): whether the period is over. Core never reads a clock. */
  readonly today: string;
  readonly rank: RankInputs | null;
  /** For a rank indicator: whether this period's and the previous period's ranks rank the same provinces. */
  readonly isSameRankingAsPrevious: boolean;
}

export interface SummaryVerdicts {
  progress: Progress;
  /** Rule 2: a real figure judged against a demo plan. */
  isPlanDemoForRealFigure: boolean;
  change: Change & {
    inPoints: boolean;
    isAgainstDemo: boolean;
    /** Both figures cover the same months of their periods. */
    isLikeForLike: boolean;
    /** What the change is measured against, for its label: "so với 10 tháng năm 2025". */
    against: { period: string; months: number; of: number } | null;
  };
  /**
   * How much of the period the figure covers, when not all of it: months, and for a sum of
   * provinces (restated, national) whether some are missing.
   */
  coverage: { months: number; of: number; isMissingUnits: boolean } | null;
  /** The period whose plan the verdict is against (its horizon), when there is a plan. */
  horizon: string | null;
  /** Whether the period is over on `today`. */
  isPeriodOver: boolean;
  rank:
    | (RankShown & {
        isTied: boolean;
        previousRank: number | null;
        isAgainstDemo: boolean;
        isApproximate: boolean;
        /**
         * Ranked on a figure that is not the whole period's (11 months of a closed year, a sum
         * missing provinces) among whole ones: the place is said with that caveat.
         */
        isOnPartialFigure: boolean;
      })
    | null;
  rankMove: ReturnType<typeof rankChange> | null;
}

export function summarizeIndicator(input: SummaryInputs): SummaryVerdicts {
  const { indicator, period, figure, plan, previous, previousPeriod } = input;
  const of = MONTHS_IN[period.type];
  const months = figure.value === null ? of : coveredMonths(period, figure).length;
  // A restatement or a national sum lists a missing province as `unitId@period`.
  const isMissingUnits = figure.value !== null && figure.missing.some((k) => k.includes('@'));
  const isPartial = figure.value !== null && months < of;
  const isPeriodOver = endDate(period) < input.today;
  const comparator =
    plan && (COMPARATORS as readonly string[]).includes(plan.comparator)
      ? (plan.comparator as Comparator)
      : null;
  const judged = progress(figure.value, plan?.value ?? null, indicator.direction, {
    comparator,
    qualifier: figure.qualifier,
    coverage: isPartial
      ? {
          months,
          of,
          overTime: indicator.overTime,
          isPeriodOver,
          start: input.start?.value ?? null,
        }
      : null,
  });
  // A sum missing some of its provinces is not the whole's: nothing to judge against a full plan.
  const verdict: Progress =
    isMissingUnits && judged.status !== 'no_data' && judged.status !== 'no_target'
      ? { ...judged, status: 'incomplete', ratio: null, vsPlan: null, isProvisional: false }
      : judged;
  const isRealFigure = figure.value !== null && !figure.isDemo;
  const previousMonths =
    previous.value === null || !previousPeriod ? null : coveredMonths(previousPeriod, previous).length;
  // A sum missing some provinces (this period's or the previous one's) moves for reasons that are
  // not the province's: no change is given between it and a whole one.
  const isPreviousMissingUnits = previous.value !== null && previous.missing.some((k) => k.includes('@'));
  const moved =
    isMissingUnits || isPreviousMissingUnits
      ? change(null, null, indicator.direction)
      : change(figure.value, previous.value, indicator.direction);
  const rankVerdict = input.rank
    ? {
        ...rankShown(input.rank.rank, input.rank.rankedCount, input.rank.of),
        isTied: input.rank.isTied,
        previousRank: input.rank.previousRank,
        isAgainstDemo: isRealFigure && input.rank.hasDemoAmong,
        isApproximate: figure.qualifier !== 'exact',
        isOnPartialFigure: (isPartial && isPeriodOver) || isMissingUnits,
      }
    : null;
  return {
    progress: verdict,
    isPlanDemoForRealFigure: isRealFigure && !!plan?.isDemo,
    change: {
      ...moved,
      inPoints: indicator.unit === 'percent',
      isAgainstDemo: moved.delta !== null && (previous.isDemo !== figure.isDemo || previous.isPartlyDemo),
      isLikeForLike: isPartial && previousMonths === months,
      against:
        moved.delta !== null && previousPeriod && previousMonths !== null
          ? { period: previousPeriod.key, months: previousMonths, of: MONTHS_IN[previousPeriod.type] }
          : null,
    },
    coverage: isPartial || isMissingUnits ? { months, of, isMissingUnits } : null,
    horizon: plan ? period.key : null,
    isPeriodOver,
    rank: figure.value === null ? null : rankVerdict,
    rankMove: isRankIndicator(indicator)
      ? rankChange(figure.value, previous.value, input.isSameRankingAsPrevious)
      : null,
  };
}
