/**
 * The geometry of a small chart in the printed report, pure: the yearly values, the trajectory to
 * the target and the target, on one scale reaching from the first value to the target's year.
 */

interface ChartInput {
  sparkline: readonly { period: string; value: number | null; isDemo: boolean }[];
  pace: {
    targetYear: number;
    targetValue: number;
    targetScope: 'unit' | 'national';
    trajectory: readonly { year: number; value: number }[];
  } | null;
}

export interface SmallChartShape {
  line: string;
  points: { year: number; value: number; x: number; y: number; isDemo: boolean }[];
  trajectory: string | null;
  target: { year: number; value: number; y: number; isNational: boolean } | null;
  ticks: { year: number; x: number }[];
  min: number;
  max: number;
  left: number;
  right: number;
  yTop: number;
  bottom: number;
}

const MARGIN = { left: 50, right: 8, top: 15, bottom: 15 };

/** Null with fewer than two values: a line of one point says nothing. */
export function smallChartShape(
  input: ChartInput,
  width: number,
  height: number,
  isReversed = false,
): SmallChartShape | null {
  const values = input.sparkline
    .filter((p): p is typeof p & { value: number } => p.value !== null)
    .map((p) => ({ year: Number(p.period), value: p.value, isDemo: p.isDemo }));
  const first = values[0];
  if (!first || values.length < 2) return null;
  const pace = input.pace;
  const lastYear = Math.max((values.at(-1) as { year: number }).year, pace?.targetYear ?? 0);
  const all = [...values.map((v) => v.value), ...(pace ? [pace.targetValue] : [])];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const yTop = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const x = (year: number) =>
    round(left + ((year - first.year) / Math.max(1, lastYear - first.year)) * (right - left));
  const y = (v: number) => {
    const share = (v - min) / span;
    return round(yTop + (isReversed ? share : 1 - share) * (bottom - yTop));
  };
  const points = values.map((v) => ({ ...v, x: x(v.year), y: y(v.value) }));
  const path = (ps: readonly { x: number; y: number }[]) =>
    ps.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  const trajectory = pace?.trajectory.length
    ? path(pace.trajectory.map((p) => ({ x: x(p.year), y: y(p.value) })))
    : null;
  const years = [first.year, lastYear];
  const current = (values.at(-1) as { year: number }).year;
  // The latest year is named too, unless it would run into the first or the target's label.
  const isApart = (a: number, b: number) => Math.abs(x(a) - x(b)) >= 28;
  if (isApart(current, first.year) && isApart(current, lastYear)) years.splice(1, 0, current);
  return {
    line: path(points),
    points,
    trajectory,
    target: pace
      ? {
          year: pace.targetYear,
          value: pace.targetValue,
          y: y(pace.targetValue),
          isNational: pace.targetScope === 'national',
        }
      : null,
    ticks: years.map((year) => ({ year, x: x(year) })),
    min,
    max,
    left,
    right,
    yTop,
    bottom,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
