/**
 * Ranks units (provinces) by a value, the way DTI and the ICT Index publish ranks:
 * standard competition ranking ("1224"), where ties share a rank and the next rank skips.
 */
import { roundAsPublished } from '../format/format-number.ts';
import type { Direction } from '../progress/progress.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';

export interface RankInput<T> {
  item: T;
  value: number | null;
}

export interface Ranked<T> {
  item: T;
  value: number | null;
  /** 1 is best; `null` when the value is missing. */
  rank: number | null;
  /** Whether another ranked unit has the same value (and so the same rank). */
  isTied: boolean;
}

/**
 * Sorts rows best first and gives each its competition rank. Rows without a value (null or NaN)
 * come last in input order with rank `null`; tied rows also keep their input order.
 * `rankedCount` is the N in "rank r of N".
 * @example
 * rankUnits([{ item: 'A', value: 80 }, { item: 'B', value: 90 }, { item: 'C', value: 80 }], 'higher')
 * // ranked: B rank 1; A rank 2 (tied); C rank 2 (tied) — and a fourth unit would be rank 4
 */
export function rankUnits<T>(
  rows: readonly RankInput<T>[],
  direction: Direction,
): { ranked: Ranked<T>[]; rankedCount: number } {
  const sign = direction === 'higher' ? -1 : 1;
  const withValue: { item: T; value: number }[] = [];
  const withoutValue: Ranked<T>[] = [];
  for (const { item, value } of rows) {
    // NaN cannot be ordered, so it is treated as a missing value rather than corrupting the sort.
    if (value === null || Number.isNaN(value)) withoutValue.push({ item, value, rank: null, isTied: false });
    else withValue.push({ item, value });
  }
  // Array.prototype.sort is stable (ES2019), so equal values keep their input order.
  withValue.sort((a, b) => (a.value === b.value ? 0 : sign * (a.value < b.value ? -1 : 1)));

  let rank = 0;
  const ranked = withValue.map((row, i, all): Ranked<T> => {
    // Competition ranking: a tie shares the rank above it; otherwise rank = 1 + units ahead.
    const tiedWithPrevious = all[i - 1]?.value === row.value;
    if (!tiedWithPrevious) rank = i + 1;
    const isTied = tiedWithPrevious || all[i + 1]?.value === row.value;
    return { item: row.item, value: row.value, rank, isTied };
  });
  return { ranked: [...ranked, ...withoutValue], rankedCount: withValue.length };
}

/**
 * Ranks figures as published: values are compared at the indicator's published precision
 * (`roundAsPublished`), so 212/216 (98,148…%) ties with a reported 98,15%.
 */
export function rankAsPublished<T>(
  rows: readonly RankInput<T>[],
  direction: Direction,
  unit: IndicatorUnit,
): { ranked: Ranked<T>[]; rankedCount: number } {
  return rankUnits(
    rows.map((r) => ({ item: r.item, value: r.value === null ? null : roundAsPublished(r.value, unit) })),
    direction,
  );
}
