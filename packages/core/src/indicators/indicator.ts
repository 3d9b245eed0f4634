/**
 * What an indicator is and how its figures combine. The catalogue itself is data
 * (`data/indicators.csv`); this module gives the words the code uses for it.
 */
import type { Direction } from '../progress/progress.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';

export const FAMILIES = ['coverage', 'service', 'ranking', 'economy', 'governance'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * How a unit's figures for shorter periods make a longer one:
 * `last` — a stock, the value at the end of the period;
 * `sum` — a flow, added up;
 * `ratio` — a flow ratio, Σnumerator / Σdenominator over the sub-periods.
 */
export type OverTime = 'last' | 'sum' | 'ratio';

/**
 * How figures of several units combine into one (used when a merged province is
 * restated from its predecessors): `sum`, `ratio` (Σnum/Σden, never a mean of
 * percentages), `mean` (arithmetic mean, as DTI 2024 did) or `none` (never combined).
 */
export type AcrossUnits = 'sum' | 'ratio' | 'mean' | 'none';

export interface Indicator {
  readonly key: string;
  readonly family: Family;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  readonly overTime: OverTime;
  readonly acrossUnits: AcrossUnits;
  /** ISO date from which the indicator exists, or null for always. */
  readonly validFrom: string | null;
  /** ISO date until which the indicator exists (inclusive), or null for still valid. */
  readonly validTo: string | null;
  /**
   * The plausible maximum of one province's figure for one period (a percentage's 100, a count of
   * stations, a revenue in tỷ đồng): above it the figure is refused as a slip. Null or absent: none.
   */
  readonly max?: number | null;
  readonly note: string;
}

/** Whether the indicator is defined for a period running from `start` to `end` (ISO dates). */
export function isIndicatorValidFor(indicator: Indicator, start: string, end: string): boolean {
  if (indicator.validFrom && end < indicator.validFrom) return false;
  if (indicator.validTo && start > indicator.validTo) return false;
  return true;
}

/** Ranks never add up, average or roll over time: a rank only exists where it was published. */
export function isRankIndicator(indicator: Pick<Indicator, 'unit'>): boolean {
  return indicator.unit === 'rank';
}
