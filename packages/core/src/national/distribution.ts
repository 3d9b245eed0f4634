/**
 * The distribution of the provinces' values as a small histogram on the dot plot's own ticks
 * (`dot-plot-scale.ts`), so both charts read on the same axis: one bin between each pair of ticks,
 * the last bin closed on the right so that the top value (100%) is counted.
 *
 * @example distributionBins([91, 94, 99, 100], [85, 90, 95, 100])
 * // [{ from: 85, to: 90, count: 0 }, { from: 90, to: 95, count: 2 }, { from: 95, to: 100, count: 2 }]
 */
export interface DistributionBin {
  from: number;
  to: number;
  count: number;
}

export function distributionBins(
  values: readonly (number | null)[],
  ticks: readonly number[],
): DistributionBin[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const bins: DistributionBin[] = [];
  for (let i = 0; i + 1 < ticks.length; i++) {
    const from = ticks[i] as number;
    const to = ticks[i + 1] as number;
    const isLast = i + 2 === ticks.length;
    bins.push({ from, to, count: known.filter((v) => v >= from && (isLast ? v <= to : v < to)).length });
  }
  return bins;
}
