/**
 * A series indexed to a base period (= 100), for indicators on different scales side by side, as
 * Our World in Data's "relative change" does. A point has no index when it or the base has no
 * value, or the base is zero (no ratio to it); a gap stays a gap.
 */
export interface IndexPoint {
  period: string;
  value: number | null;
}

export interface Indexed {
  period: string;
  /** 100 × value / base value, or null. */
  index: number | null;
}

export type BaseProblem = 'no_base_value' | 'zero_base' | null;

export function indexToBase(
  points: readonly IndexPoint[],
  basePeriod: string,
): { points: Indexed[]; problem: BaseProblem } {
  const base = points.find((p) => p.period === basePeriod)?.value ?? null;
  const problem: BaseProblem = base === null ? 'no_base_value' : base === 0 ? 'zero_base' : null;
  return {
    problem,
    points: points.map((p) => ({
      period: p.period,
      index: problem !== null || p.value === null ? null : (100 * p.value) / (base as number),
    })),
  };
}

/** The first period at which every series has a value: the natural base for relative mode. */
export function commonBase(series: readonly (readonly IndexPoint[])[]): string | null {
  const first = series[0];
  if (!first) return null;
  for (const { period } of first) {
    if (series.every((s) => s.some((p) => p.period === period && p.value !== null && p.value !== 0)))
      return period;
  }
  return null;
}
