/**
 * The value axis of the national dot plot: where the provinces' values, the national plan and the
 * national value live, drawn worse → better from left to right, so that for every indicator a
 * better province is further right ("longer"), and for a rank, rank 1 is at the right end.
 *
 * Rules:
 * 1. The domain is `sharedDomain`'s (compare/shared-domain.ts): from 0 unless that flattens the
 *    dots against one end (a 90–100% spread), then from a round value that the chart must state
 *    (`floor`); a percentage never above 100.
 * 2. The plan and the national value are inside the domain, so their lines are never clipped.
 * 3. A rank runs from 1 to the number of provinces ranked (`rankedOf`), not to the worst rank
 *    found, so that a 10th of 63 does not look last.
 * 4. `isReversed` when lower is better: the chart draws the domain from right to left.
 * 5. The national value is drawn among the provinces only when it is on their scale: a ratio or a
 *    mean is (96,2% of villages), a sum is not (the country's revenue is 34 provinces' worth), so
 *    a sum's national value stays off the axis ({@link isNationalOnProvinceScale}).
 *
 * @example dotPlotScale([91.2, 99.8], { unit: 'percent', direction: 'higher', plan: 95 })
 * // { domain: [85, 100], floor: 85, ticks: [85, 90, 95, 100], isReversed: false }
 * @example dotPlotScale([1, 15, 63], { unit: 'rank', direction: 'lower', rankedOf: 63 })
 * // { domain: [1, 63], floor: null, ticks: [1, 10, 20, 30, 40, 50, 63], isReversed: true }
 */
import { roundStep, sharedDomain } from '../compare/shared-domain.ts';
import type { AcrossUnits } from '../indicators/indicator.ts';
import type { Direction } from '../progress/progress.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';

export interface DotPlotScale {
  domain: [number, number];
  /** Where the axis starts when not at 0 (rule 1), else null. */
  floor: number | null;
  ticks: number[];
  /** Rule 4: drawn right to left, the better end on the right. */
  isReversed: boolean;
}

export interface DotPlotScaleOptions {
  unit: IndicatorUnit;
  direction: Direction;
  plan?: number | null;
  national?: number | null;
  /** For a rank: how many provinces were ranked (rule 3). */
  rankedOf?: number | null;
}

export function dotPlotScale(values: readonly (number | null)[], options: DotPlotScaleOptions): DotPlotScale {
  const { unit, direction } = options;
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lines = [options.plan, options.national].filter((v): v is number => v != null && Number.isFinite(v));
  const isReversed = direction === 'lower';
  if (unit === 'rank') {
    const top = Math.max(2, options.rankedOf ?? 0, ...known, ...lines);
    return { domain: [1, top], floor: null, ticks: rankTicks(top), isReversed };
  }
  const shared = sharedDomain([...known, ...lines], unit, false);
  return {
    domain: shared.domain,
    floor: shared.floor,
    ticks: shared.ticks ?? [shared.domain[0], shared.domain[1]],
    isReversed,
  };
}

/** Rule 5. @example isNationalOnProvinceScale('sum') // false */
export function isNationalOnProvinceScale(acrossUnits: AcrossUnits): boolean {
  return acrossUnits === 'ratio' || acrossUnits === 'mean';
}

/** 1, then round steps, then the last rank itself (63 rather than 60). */
function rankTicks(top: number): number[] {
  const step = roundStep(top);
  const ticks = [1];
  for (let v = step; v < top - step / 2; v += step) ticks.push(v);
  ticks.push(top);
  return ticks;
}
