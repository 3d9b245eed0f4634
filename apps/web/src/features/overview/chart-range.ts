/** Which periods the trend chart spans for a selected period. */
import { makePeriod, type Period, periodRange } from '@cds/core';

/**
 * Years: every year with data. Halves and quarters: the five years up to the selected
 * one. Months: the 24 months ending with the selected month.
 */
export function chartRange(
  period: Period,
  years: { first: number; last: number },
): { from: string; to: string } {
  switch (period.type) {
    case 'year':
      return { from: String(years.first), to: String(years.last) };
    case 'half':
    case 'quarter': {
      const count = period.type === 'half' ? 2 : 4;
      const from = makePeriod(period.type, Math.max(years.first, period.year - 4), 1);
      return { from: from.key, to: makePeriod(period.type, period.year, count).key };
    }
    case 'month': {
      const startYear = period.index === 12 ? period.year - 1 : period.year - 2;
      const startMonth = period.index === 12 ? 1 : period.index + 1;
      const from = makePeriod('month', Math.max(years.first, startYear), startMonth);
      return { from: periodRange(from, period)[0]?.key ?? from.key, to: period.key };
    }
  }
}
