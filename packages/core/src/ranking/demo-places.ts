/**
 * Demo ranks around real ones. A year's demo ranking is a placeholder for the provinces without a
 * real rank; once some have one (Kiên Giang's real 32/63 in the 2019 ICT Index), the demo ranks
 * must be a permutation of the places the real ranks leave free — never a second "32", never a
 * hole at 45. The demo provinces keep their order among themselves (best first).
 *
 * Real ranks are taken as published: a tie holds as many places as it has provinces (two at 15
 * hold 15 and 16, competition ranking), so the places left are the ones nobody real can be at.
 */

/**
 * The places 1..`of` no real rank holds, in order.
 * @example placesLeft([2, 4], 5) // [1, 3, 5]
 * @example placesLeft([15, 15], 17) // [1, …, 14, 17]
 */
export function placesLeft(realRanks: readonly number[], of: number): number[] {
  const held = new Set<number>();
  const counts = new Map<number, number>();
  for (const r of realRanks) counts.set(r, (counts.get(r) ?? 0) + 1);
  for (const [rank, n] of counts) for (let k = 0; k < n; k++) held.add(rank + k);
  return Array.from({ length: of }, (_, i) => i + 1).filter((p) => !held.has(p));
}

/**
 * Seats demo provinces, given best first, on the places left by the real ranks.
 * @example seatAround(['A', 'B'], [1], 3) // [{ item: 'A', rank: 2 }, { item: 'B', rank: 3 }]
 */
export function seatAround<T>(
  bestFirst: readonly T[],
  realRanks: readonly number[],
  of: number,
): { item: T; rank: number }[] {
  const places = placesLeft(realRanks, of);
  if (bestFirst.length > places.length) {
    throw new Error(`${bestFirst.length} demo ranks for ${places.length} places left of ${of}`);
  }
  return bestFirst.map((item, i) => ({ item, rank: places[i] as number }));
}
