/**
 * The classes of a choropleth: quantile breaks, so that each colour holds about as many provinces
 * and a 90–100% spread is not painted in one shade, as an even scale from 0 would.
 *
 * Rules:
 * 1. Breaks are quantiles of the provinces that have a value (`classes` of them, 5 by default),
 *    each moved up to the next value found; equal breaks merge, so a class is never empty because
 *    of ties or gaps (fewer classes, not blank ones).
 * 2. A value equal to a break goes to the class above it (d3's `scaleThreshold`).
 * 3. Classes are numbered worse → better in the indicator's direction: the last class is the best,
 *    drawn darkest, whatever the direction. A province without a value has no class (`null`).
 *
 * @example
 * const c = classBreaks([91, 92, 93, 95, 96, 97, 98, 99, 99.5, 100], 'higher', 5)
 * c.breaks          // [93, 96, 98, 99.5]
 * c.classOf(99.8)   // 4 (the best)
 * classBreaks([1, 2, 3, 4], 'lower', 2).classOf(1) // 1: rank 1 is the best class
 */
import type { Direction } from '../progress/progress.ts';

export interface ValueClass {
  /** 0 is the worst class, `count − 1` the best. */
  index: number;
  /** Lowest and highest value of the provinces in it (ascending, whatever the direction). */
  min: number;
  max: number;
  /** Provinces in it. */
  count: number;
}

export interface ClassBreaks {
  /** Ascending thresholds between classes (one fewer than the classes). */
  breaks: number[];
  /** Worse → better; empty when no province has a value. */
  classes: ValueClass[];
  classOf: (value: number | null) => number | null;
}

/** The p-quantile of sorted values, linear between neighbours (R-7, as d3-array's `quantileSorted`). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, n - 1)] as number;
  return a + (b - a) * (h - lo);
}

export function classBreaks(
  values: readonly (number | null)[],
  direction: Direction,
  classes = 5,
): ClassBreaks {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted.at(-1);
  if (min === undefined || max === undefined) return { breaks: [], classes: [], classOf: () => null };
  const raw: number[] = [];
  for (let i = 1; i < classes; i++) {
    // Rule 1: a break is moved up to the next value found, so no class falls in a gap between values.
    const q = quantileSorted(sorted, i / classes);
    raw.push(sorted.find((v) => v >= q) ?? max);
  }
  // A break on the smallest value, or repeated, would leave a class empty.
  const breaks = [...new Set(raw)].filter((b) => b > min);
  const k = breaks.length + 1;
  const ascending = (v: number) => breaks.filter((b) => v >= b).length;
  const classOf = (v: number | null): number | null => {
    if (v === null || !Number.isFinite(v)) return null;
    const i = ascending(v);
    return direction === 'higher' ? i : k - 1 - i;
  };
  const found: ValueClass[] = [];
  for (let i = 0; i < k; i++) {
    const members = sorted.filter((v) => classOf(v) === i);
    found.push({
      index: i,
      min: members[0] ?? Number.NaN,
      max: members.at(-1) ?? Number.NaN,
      count: members.length,
    });
  }
  return { breaks, classes: found, classOf };
}
