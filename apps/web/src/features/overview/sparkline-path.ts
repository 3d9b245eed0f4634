/** The geometry of a card's sparkline, pure: tested without a browser. */
import type { SparkPoint } from './card-trend.ts';

export interface SparkShape {
  d: string;
  dots: { period: string; x: number; y: number; isDemo: boolean; isLast: boolean }[];
  first: { period: string; value: number };
  last: { period: string; value: number };
}

const PAD = 3;

/**
 * An SVG path through the points with a value, scaled to the box (a gap in the years breaks
 * the line); null with fewer than two values, where a line would say nothing.
 * @example sparkPath([{ period: '2024', value: 1, isDemo: false }, { period: '2025', value: 3, isDemo: false }], 100, 20)
 * // { d: 'M3,17L97,3', … }
 */
export function sparkPath(
  points: readonly SparkPoint[],
  width: number,
  height: number,
  isReversed = false,
): SparkShape | null {
  const valued = points.filter((p): p is SparkPoint & { value: number } => p.value !== null);
  const first = valued[0];
  const last = valued[valued.length - 1];
  if (!first || !last || valued.length < 2) return null;
  const values = valued.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = (width - 2 * PAD) / Math.max(1, points.length - 1);
  const y = (v: number) => {
    const share = (v - min) / span;
    const fromTop = isReversed ? share : 1 - share;
    return round(PAD + fromTop * (height - 2 * PAD));
  };
  let d = '';
  let isGap = true;
  const dots: SparkShape['dots'] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      isGap = true;
      return;
    }
    const x = round(PAD + i * step);
    d += `${isGap ? 'M' : 'L'}${x},${y(p.value)}`;
    isGap = false;
    dots.push({ period: p.period, x, y: y(p.value), isDemo: p.isDemo, isLast: p === last });
  });
  return {
    d,
    dots,
    first: { period: first.period, value: first.value },
    last: { period: last.period, value: last.value },
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
