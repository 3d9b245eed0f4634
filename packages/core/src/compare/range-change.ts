/**
 * "Who improved most": a province's change over a comparison's range, from the first period of the
 * range with a complete figure to the last, in the indicator's unit (percentage points for a
 * percentage; places for a rank, positive when it moved up). Whether it is an improvement follows
 * the indicator's direction. A change is not given — and says why — when an end is missing, or
 * when two ranks are of different rankings (of 63 before the merger, of 34 after). An end that is
 * restated onto today's boundaries or demo data marks the change.
 */
import type { Direction } from '../progress/progress.ts';

export interface RangePoint {
  period: string;
  value: number | null;
  isComplete: boolean;
  basis: 'reported' | 'restated' | string;
  isDemo: boolean;
  isPartlyDemo?: boolean;
  rankedOf?: number | null;
}

export type RangeChange =
  | {
      ok: true;
      from: string;
      to: string;
      /** Last − first in the indicator's unit; for a rank, places gained (first − last). */
      delta: number;
      /** The change read in the indicator's good direction: greater is better. */
      gain: number;
      isImprovement: boolean | null;
      isRestated: boolean;
      isDemo: boolean;
    }
  | {
      ok: false;
      reason: 'no_start' | 'no_end' | 'one_period' | 'different_rankings';
      from?: string;
      to?: string;
    };

export function rangeChange(
  points: readonly RangePoint[],
  indicator: { unit: string; direction: Direction },
): RangeChange {
  const complete = points.filter((p) => p.value !== null && p.isComplete);
  const first = complete[0];
  const last = complete[complete.length - 1];
  if (!first) return { ok: false, reason: points.length === 0 ? 'no_start' : 'no_end' };
  if (!last || last === first) return { ok: false, reason: 'one_period', from: first.period };
  const isRank = indicator.unit === 'rank';
  if (isRank && (first.rankedOf ?? null) !== (last.rankedOf ?? null))
    return { ok: false, reason: 'different_rankings', from: first.period, to: last.period };
  const delta = isRank
    ? (first.value as number) - (last.value as number)
    : (last.value as number) - (first.value as number);
  const gain = isRank || indicator.direction === 'higher' ? delta : -delta;
  return {
    ok: true,
    from: first.period,
    to: last.period,
    delta,
    gain,
    isImprovement: gain === 0 ? null : gain > 0,
    isRestated: first.basis === 'restated' || last.basis === 'restated',
    isDemo: first.isDemo || last.isDemo || !!first.isPartlyDemo || !!last.isPartlyDemo,
  };
}

/** Rows sorted by their change's gain, most improved first (or last); those without one last either way. */
export function byImprovement<T>(
  rows: readonly T[],
  changeOf: (row: T) => RangeChange,
  mostFirst = true,
): T[] {
  const sign = mostFirst ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, change: changeOf(row) }))
    .sort((a, b) => {
      if (!a.change.ok || !b.change.ok) return a.change.ok === b.change.ok ? a.i - b.i : a.change.ok ? -1 : 1;
      return sign * (a.change.gain - b.change.gain) || a.i - b.i;
    })
    .map(({ row }) => row);
}
