/**
 * What the trend chart draws besides the figures, pure: the straight trajectory from the
 * baseline to the target on the chart's rows, and where the value axis starts — at 0 (or 0%)
 * unless that would flatten the line into the top of the chart, and then at a round value the
 * axis names ("trục bắt đầu từ 80%").
 */
import type { IndicatorUnit, TrendRow } from '@cds/core';

export type ChartRow = TrendRow & { trajectory: number | null };

/**
 * The rows with the trajectory's value in its years (a yearly chart's periods are years).
 * @example withTrajectory(rows, [{ year: 2019, value: 80 }, …, { year: 2026, value: 100 }])
 */
export function withTrajectory(
  rows: readonly TrendRow[],
  trajectory: readonly { year: number; value: number }[] | null,
): ChartRow[] {
  const byYear = new Map((trajectory ?? []).map((p) => [String(p.year), p.value]));
  return rows.map((row) => ({ ...row, trajectory: byYear.get(row.period) ?? null }));
}

export interface ValueAxis {
  domain: [number | 'auto', number | 'auto'];
  /** The value the axis starts at when it is not 0: the chart says so. */
  floor: number | null;
  /** Round ticks from the floor to 100% (a percentage's moved axis), else the chart's own. */
  ticks?: number[];
}

/** Below this share of the axis, a 0-based axis leaves the line's movement unreadable. */
const FLAT_SHARE = 0.4;

/** The largest round step (1, 2, 5 × 10ⁿ) at most a fifth of the span. */
function roundStep(span: number): number {
  const raw = Math.max(span, Number.EPSILON) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const base = raw / power;
  return (base >= 5 ? 5 : base >= 2 ? 2 : 1) * power;
}

/**
 * The value axis for the values drawn (figures, plans, trajectory).
 * @example valueAxis([85.7, 99.4, 100], 'percent') // { domain: [80, 100], floor: 80, ticks: [80, 85, 90, 95, 100] }
 * @example valueAxis([12, 30], 'percent')          // { domain: [0, 100], floor: null }
 * @example valueAxis([1050, 1650], 'billion_vnd')  // { domain: [900, 'auto'], floor: 900 }
 */
export function valueAxis(values: readonly number[], unit: IndicatorUnit): ValueAxis {
  const top = unit === 'percent' ? 100 : 'auto';
  const zero: ValueAxis = { domain: [0, top], floor: null };
  if (unit === 'rank') return { domain: ['auto', 'auto'], floor: null };
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return zero;
  const min = Math.min(...finite);
  const max = unit === 'percent' ? 100 : Math.max(...finite);
  if (min <= 0 || max <= 0) return zero;
  // The line's span as a share of a 0-based axis: small means flattened against the top.
  if ((max - min) / max >= FLAT_SHARE) return zero;
  const step = unit === 'percent' ? Math.max(5, roundStep(max - min)) : roundStep(max - min);
  const padded = min - Math.max((max - min) * 0.15, step / 2);
  const floor = Math.floor(padded / step) * step;
  if (floor <= 0) return zero;
  if (unit !== 'percent') return { domain: [floor, top], floor };
  // A percentage's ticks: round steps (5, 10, 20 or 25 points), at most six, from a floor on one.
  const tickStep = [5, 10, 20, 25].find((s) => (100 - floor) / s <= 6) ?? 25;
  const start = Math.floor(floor / tickStep) * tickStep;
  if (start <= 0) return zero;
  const ticks = Array.from({ length: (100 - start) / tickStep + 1 }, (_, i) => start + i * tickStep);
  return { domain: [start, top], floor: start, ticks };
}
