/** Which periods the trend chart spans for a selected period. */
import { makePeriod, type Period, type TrendRow } from '@cds/core';

/**
 * Years: every year with data, and on to the province's latest yearly plan (the plan line then
 * draws the trajectory to it). Halves and quarters: the five years up to the selected one.
 * Months: the 24 months ending with the selected month.
 */
export function chartRange(
  period: Period,
  years: { first: number; last: number },
  lastPlanYear: number | null = null,
): { from: string; to: string } {
  switch (period.type) {
    case 'year':
      return { from: String(years.first), to: String(Math.max(years.last, lastPlanYear ?? years.last)) };
    case 'half':
    case 'quarter': {
      const count = period.type === 'half' ? 2 : 4;
      const from = makePeriod(period.type, Math.max(years.first, period.year - 4), 1);
      return { from: from.key, to: makePeriod(period.type, period.year, count).key };
    }
    case 'month': {
      // 23 months back from the chosen one, but never before January of the first year.
      const back = period.year * 12 + period.index - 1 - 23;
      const first = Math.max(back, years.first * 12);
      return { from: makePeriod('month', Math.floor(first / 12), (first % 12) + 1).key, to: period.key };
    }
  }
}

/**
 * The rows from the first one with a value or a plan: figures may be entered from 2015, but a
 * chart of a province whose data starts in 2019 should not open on four empty years. Gaps after
 * the first value stay (they are missing figures, and show as such).
 */
export function fromFirstFigure(rows: readonly TrendRow[]): TrendRow[] {
  const first = rows.findIndex(
    (r) =>
      r.target !== null || r.nationalTarget !== null || Object.values(r.cells).some((c) => c.value !== null),
  );
  return first === -1 ? [...rows] : rows.slice(first);
}
