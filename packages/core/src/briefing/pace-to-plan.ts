/**
 * Pace to a plan for a later year: is the province moving fast enough to reach it?
 *
 * Two published methods, one for the picture and one for the verdict:
 * - **The trajectory** (as the EU's Digital Decade draws it): the straight line from the baseline
 *   (year, value) to the target (year, value); a year's point on it is where the province should be.
 * - **The verdict**: Open SDG's progress measure for an indicator with a numeric target
 *   ("methodology 2" of `sdg/ProgressMeasure.py` in open-sdg/sdg-build, after UN ESCAP's SDG
 *   progress assessment). The observed compound annual growth rate from the baseline to the
 *   latest value, over the rate required from the baseline to reach the target in the target
 *   year:
 *
 *     CAGR_observed = (current / base)^(1 / (currentYear − baseYear)) − 1
 *     CAGR_required = (target / base)^(1 / (targetYear − baseYear)) − 1
 *     ratio = sign(base) × direction × CAGR_observed / |CAGR_required|
 *
 *   with its default bands: target achieved (the current value meets it) → `achieved`;
 *   ratio ≥ 0.95 ("substantial progress") → `on_track`; 0.6 ≤ ratio < 0.95 ("moderate") →
 *   `behind`; ratio < 0.6 ("limited progress" or "deterioration") → `off_track`, which the page
 *   says as "sẽ không đạt nếu giữ tốc độ hiện tại" with the value the observed pace projects.
 *   As the source does, a zero base or target is read as 0.001, and no verdict is given with
 *   the latest value in the baseline's year (two data points at least), or with base and current
 *   of opposite signs.
 */
import type { Direction } from '../progress/progress.ts';

export type PaceStatus = 'achieved' | 'on_track' | 'behind' | 'off_track';

/** Open SDG's default thresholds for a numeric target. */
export const PACE_BANDS = { onTrack: 0.95, behind: 0.6 } as const;

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
  /** Yearly growth the target requires from the baseline (0.05 = 5% a year). */
  requiredRate: number;
  /** Yearly growth observed from the baseline to the latest value. */
  observedRate: number;
  /** Observed over required, signed so that above 1 is faster than needed in the right direction. */
  ratio: number;
  status: PaceStatus;
  /** The value in the target year if the observed pace holds. */
  projected: number;
  /** The straight line from baseline to target, one point a year. */
  trajectory: { year: number; value: number }[];
}

/** Compound annual growth rate from (t0, v0) to (t1, v1). */
export function growthRate(v1: number, v0: number, t1: number, t0: number): number {
  return (v1 / v0) ** (1 / (t1 - t0)) - 1;
}

/** The straight line from the baseline to the target, one point a year. */
export function trajectory(
  baseYear: number,
  baseValue: number,
  targetYear: number,
  targetValue: number,
): { year: number; value: number }[] {
  const span = targetYear - baseYear;
  return Array.from({ length: span + 1 }, (_, i) => ({
    year: baseYear + i,
    value: baseValue + ((targetValue - baseValue) * i) / span,
  }));
}

const nonZero = (x: number) => (x === 0 ? 0.001 : x);

/** Pace to the plan, or null when the method gives no verdict (see the module's note). */
export function paceToPlan(input: PaceInputs): Pace | null {
  const { baseYear, currentYear, targetYear, direction } = input;
  if (currentYear - baseYear < 1 || targetYear <= baseYear || currentYear > targetYear) return null;
  const base = nonZero(input.baseValue);
  const target = nonZero(input.targetValue);
  const current = input.currentValue;
  if ((base > 0 && current < 0) || (base < 0 && current > 0)) return null;
  const sign = base < 0 ? -1 : 1;
  const dir = direction === 'higher' ? 1 : -1;
  const observedRate = growthRate(current, base, currentYear, baseYear);
  const requiredRate = growthRate(target, base, targetYear, baseYear);
  const isAchieved = direction === 'higher' ? current >= target : current <= target;
  const ratio =
    requiredRate === 0 ? (isAchieved ? 1 : 0) : (sign * dir * observedRate) / Math.abs(requiredRate);
  const status: PaceStatus = isAchieved
    ? 'achieved'
    : ratio >= PACE_BANDS.onTrack
      ? 'on_track'
      : ratio >= PACE_BANDS.behind
        ? 'behind'
        : 'off_track';
  return {
    requiredRate,
    observedRate,
    ratio,
    status,
    projected: current * (1 + observedRate) ** (targetYear - currentYear),
    trajectory: trajectory(baseYear, input.baseValue, targetYear, input.targetValue),
  };
}
