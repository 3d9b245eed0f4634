/**
 * The distribution of the provinces' values as a small histogram on the dot plot's own ticks
 * (`dot-plot-scale.ts`), so both charts read on the same axis: each interval between ticks split
 * into equal parts until there are at least `minBins` bins (three ticks of 5 points would put a
 * 95–100% spread in one bar), the last bin closed on the right so that the top value (100%) counts.
 *
 * @example distributionBins([91, 94, 99, 100], [85, 90, 95, 100], 1)
 * // [{ from: 85, to: 90, count: 0 }, { from: 90, to: 95, count: 2 }, { from: 95, to: 100, count: 2 }]
 * @example distributionBins([96, 99.5], [90, 95, 100], 4).map((b) => b.from) // [90, 92.5, 95, 97.5]
 */
export interface DistributionBin {
  from: number;
  to: number;
  count: number;
}

export function distributionBins(
  values: readonly (number | null)[],
  ticks: readonly number[],
  minBins = 8,
): DistributionBin[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const intervals = ticks.length - 1;
  if (intervals < 1) return [];
  const parts = Math.max(1, Math.ceil(minBins / intervals));
  const edges: number[] = [];
  for (let i = 0; i < intervals; i++) {
    const lo = ticks[i] as number;
    const hi = ticks[i + 1] as number;
    for (let j = 0; j < parts; j++) edges.push(Number((lo + ((hi - lo) * j) / parts).toPrecision(12)));
  }
  edges.push(ticks[intervals] as number);
  const bins: DistributionBin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const isLast = i + 2 === edges.length;
    bins.push({ from, to, count: known.filter((v) => v >= from && (isLast ? v <= to : v < to)).length });
  }
  return bins;
}
