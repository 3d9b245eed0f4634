/**
 * Pace to a plan for a later year: is the province moving fast enough to reach it?
 *
 * One line, drawn exactly as it is judged (as the EU's Digital Decade draws and judges its
 * trajectories):
 *
 * 1. **The baseline** is the province's value in 2020, the year Decision 749/QĐ-TTg launched the
 *    national digital transformation programme whose 2025 and 2030 targets the plans follow, or,
 *    without one, its first later yearly value (`paceBaseline`). It does not move with a chart's
 *    window.
 * 2. **The trajectory** is the straight line from the baseline (year, value) to the target
 *    (year, value), one point a year (`trajectory`); charts draw these points and nothing else.
 * 3. **The verdict** sets the average yearly change the province has made since the baseline
 *    against the change the line asks for (its slope), as Open SDG's progress measure does with
 *    its default bands:
 *
 *      required = (target − base) / (targetYear − baseYear)
 *      observed = (current − base) / (currentYear − baseYear)
 *      ratio    = observed / required     (both read in the indicator's good direction)
 *
 *    the target met (the value at or past it) → `achieved`; within HAIR of the target →
 *    `on_track` (99,9% against 100%: what is left is within the rounding of a report);
 *    ratio ≥ 0.95 → `on_track` ("đúng tiến độ"); 0.6 ≤ ratio < 0.95 → `behind` ("chậm tiến
 *    độ"); else `off_track` ("sẽ không đạt nếu giữ tốc độ hiện tại"), with the value the observed
 *    change reaches in the target year. A ratio ≥ 1 is the same as being on or above the line.
 * 4. A plan that asks for no change (the baseline already within HAIR of the target, or past it)
 *    has no ratio: a value that has since fallen short of it by more than HAIR is `off_track`.
 *
 * Being straight lines, zero and negative baselines need no special case (a compound growth
 * rate from 0 is infinite). No verdict with the latest value in the baseline's year, or with a
 * target year already past.
 */
import type { Direction } from '../progress/progress.ts';

export type PaceStatus = 'achieved' | 'on_track' | 'behind' | 'off_track';

/** Open SDG's default thresholds for a numeric target. */
export const PACE_BANDS = { onTrack: 0.95, behind: 0.6 } as const;

/** Rule 3: a value within this share of its target is on track whatever its pace. */
export const PACE_HAIR = 0.005;

/** Rule 1: Decision 749/QĐ-TTg (3 June 2020), the national programme's start. */
export const PACE_BASE_YEAR = 2020;

export interface TrajectoryPoint {
  year: number;
  value: number;
}

export interface PaceInputs {
  baseYear: number;
  baseValue: number;
  currentYear: number;
  currentValue: number;
  targetYear: number;
  targetValue: number;
  direction: Direction;
}

export interface Pace {
  /** Average yearly change the trajectory asks for, in the indicator's unit (its slope). */
  requiredChange: number;
  /** Average yearly change from the baseline to the latest value. */
  observedChange: number;
  /**
   * Observed over required, read in the good direction (1: exactly on the line); null when the
   * plan asks for no change (rule 4).
   */
  ratio: number | null;
  status: PaceStatus;
  /** The value in the target year if the observed average change holds. */
  projected: number;
  /** Rule 2: the straight line from baseline to target, one point a year. */
  trajectory: TrajectoryPoint[];
}

/**
 * Rule 2: the straight line from the baseline to the target, one point a year.
 * @example trajectory(2024, 60, 2026, 80) // [{ year: 2024, value: 60 }, { year: 2025, value: 70 }, { year: 2026, value: 80 }]
 */
export function trajectory(
  baseYear: number,
  baseValue: number,
  targetYear: number,
  targetValue: number,
): TrajectoryPoint[] {
  const span = targetYear - baseYear;
  return Array.from({ length: span + 1 }, (_, i) => ({
    year: baseYear + i,
    value: i === span ? targetValue : baseValue + ((targetValue - baseValue) * i) / span,
  }));
}

/**
 * Rule 1: the baseline among a province's yearly values (null where a year has no complete
 * value), oldest first. Null when the values given start after PACE_BASE_YEAR (the baseline
 * cannot be known from them) or none has a value from PACE_BASE_YEAR on.
 * @example paceBaseline([{ year: 2019, value: 5 }, { year: 2020, value: null }, { year: 2021, value: 9 }]) // { year: 2021, value: 9 }
 */
export function paceBaseline(
  yearly: readonly { year: number; value: number | null }[],
): TrajectoryPoint | null {
  const first = yearly[0];
  if (!first || first.year > PACE_BASE_YEAR) return null;
  const base = yearly.find((p) => p.year >= PACE_BASE_YEAR && p.value !== null);
  return base ? { year: base.year, value: base.value as number } : null;
}

/** Pace to the plan, or null when there is no verdict to give (see the module's note). */
export function paceToPlan(input: PaceInputs): Pace | null {
  const { baseYear, baseValue, currentYear, currentValue, targetYear, targetValue } = input;
  if (currentYear <= baseYear || targetYear <= baseYear || currentYear > targetYear) return null;
  const line = trajectory(baseYear, baseValue, targetYear, targetValue);
  const requiredChange = (targetValue - baseValue) / (targetYear - baseYear);
  const observedChange = (currentValue - baseValue) / (currentYear - baseYear);
  // Every comparison in the good direction: "more" is better.
  const good = input.direction === 'higher' ? 1 : -1;
  const hair = PACE_HAIR * Math.abs(targetValue);
  const asksNoChange = good * (targetValue - baseValue) <= hair;
  const ratio = asksNoChange ? null : observedChange / requiredChange;
  const status: PaceStatus =
    good * (currentValue - targetValue) >= 0
      ? 'achieved'
      : Math.abs(currentValue - targetValue) <= hair
        ? 'on_track'
        : ratio === null
          ? 'off_track'
          : ratio >= PACE_BANDS.onTrack
            ? 'on_track'
            : ratio >= PACE_BANDS.behind
              ? 'behind'
              : 'off_track';
  return {
    requiredChange,
    observedChange,
    ratio,
    status,
    projected: currentValue + observedChange * (targetYear - currentYear),
    trajectory: line,
  };
}
