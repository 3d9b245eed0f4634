/** The cards' order: as the catalogue lists them, or furthest behind plan first. */

export type CardOrder = 'default' | 'behind';

const JUDGED = new Set(['achieved', 'close', 'behind']);

/**
 * Furthest behind first: the cards with a verdict against their plan by how much of it they
 * reach (progress ratio, lowest first), then every card without a verdict in its own order.
 * Only the verdicts the cards give are compared (a stock whose year is not over has none), so
 * the order never judges what a card does not. Stable: equal ratios keep their order.
 * @example byGapToPlan([{ progress: { status: 'achieved', ratio: 1.1 } }, { progress: { status: 'behind', ratio: 0.7 } }])
 * // the 'behind' card first
 */
export function byGapToPlan<T extends { progress: { status: string; ratio: number | null } }>(
  items: readonly T[],
): T[] {
  const judged = items.filter((i) => JUDGED.has(i.progress.status) && i.progress.ratio !== null);
  const rest = items.filter((i) => !judged.includes(i));
  return [
    ...judged
      .map((item, index) => ({ item, index }))
      .sort(
        (a, b) => (a.item.progress.ratio as number) - (b.item.progress.ratio as number) || a.index - b.index,
      )
      .map((x) => x.item),
    ...rest,
  ];
}
