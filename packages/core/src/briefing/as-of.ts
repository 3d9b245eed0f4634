/**
 * "Số liệu đến hết T10/2026": the last month of a period that any shown figure covers. A period
 * all of whose figures are complete is covered to its end; a year not over, to the last month
 * some figure reaches.
 */
import { firstMonth, MONTHS_IN, makePeriod, type Period } from '../periods/period.ts';
import { coveredMonths } from '../rollup/coverage.ts';
import type { Resolved } from '../rollup/figure.ts';

/** The month key (e.g. `2026-10`) the figures reach, or null when none has a value. */
export function asOfMonth(
  period: Period,
  figures: readonly Pick<Resolved, 'value' | 'missing' | 'isComplete'>[],
): string | null {
  const offsets = figures.filter((f) => f.value !== null).flatMap((f) => coveredMonths(period, f));
  if (offsets.length === 0) return null;
  const last = Math.min(Math.max(...offsets), MONTHS_IN[period.type] - 1);
  return makePeriod('month', period.year, firstMonth(period) + last).key;
}
