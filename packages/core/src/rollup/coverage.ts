/**
 * What part of a period a figure covers, and the same part of another period: a year that is
 * not over (January–October 2026) is compared with January–October 2025, never with the whole
 * of 2025 — a year-to-date flow against a full year always looks like a fall.
 */
import type { Locale } from '../i18n/locale.ts';
import { firstMonth, MONTHS_IN, type Period, periodOf } from '../periods/period.ts';
import type { Cell, Resolved } from './figure.ts';

/** Month offsets (0-based, inside the period) that a figure covers; all of them when complete. */
export function coveredMonths(period: Period, figure: Pick<Resolved, 'missing' | 'isComplete'>): number[] {
  const size = MONTHS_IN[period.type];
  const all = Array.from({ length: size }, (_, i) => i);
  if (figure.isComplete) return all;
  const start = firstMonth(period) - 1;
  const gone = new Set<number>();
  for (const key of figure.missing) {
    // Restated parts are written `unitId@period`; only periods of this unit count here.
    if (key.includes('@')) continue;
    const missing = periodOf(key);
    const from = firstMonth(missing) - 1 - start;
    for (let k = 0; k < MONTHS_IN[missing.type]; k++) gone.add(from + k);
  }
  return all.filter((m) => !gone.has(m));
}

/**
 * A filter keeping the cells of `other` (a period of the same type) that lie inside the same
 * months as `offsets`: the like-for-like part of the previous period.
 */
export function withinSameMonths(
  other: Period,
  offsets: readonly number[],
): (cell: Pick<Cell, 'period'>) => boolean {
  const wanted = new Set(offsets);
  const start = firstMonth(other) - 1;
  return (cell) => {
    const p = periodOf(cell.period);
    if (p.year !== other.year) return false;
    const from = firstMonth(p) - 1 - start;
    if (from < 0 || from + MONTHS_IN[p.type] > MONTHS_IN[other.type]) return false;
    return Array.from({ length: MONTHS_IN[p.type] }, (_, k) => from + k).every((m) => wanted.has(m));
  };
}

/**
 * How a figure covering part of a period is named: "lũy kế 10 tháng" for a flow,
 * "đến hết T10" for a stock; null when it covers the whole period.
 * @example coverageLabel(periodOf('2026'), [0,…,9], 'sum', 'vi') // 'lũy kế 10 tháng'
 */
export function coverageLabel(
  period: Period,
  offsets: readonly number[],
  overTime: 'last' | 'sum' | 'ratio',
  locale: Locale,
): string | null {
  const size = MONTHS_IN[period.type];
  if (offsets.length === size || offsets.length === 0) return null;
  const lastMonth = firstMonth(period) + (offsets[offsets.length - 1] as number);
  const isRun = offsets.every((m, i) => m === (offsets[0] as number) + i) && offsets[0] === 0;
  if (overTime === 'last') {
    return locale === 'vi'
      ? `đến hết T${lastMonth}/${period.year}`
      : `to end of ${monthEn(lastMonth)} ${period.year}`;
  }
  const n = offsets.length;
  if (isRun) return locale === 'vi' ? `lũy kế ${n} tháng` : `${n} months to date`;
  return locale === 'vi' ? `${n}/${size} tháng có số liệu` : `${n} of ${size} months reported`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthEn = (m: number) => MONTHS_EN[m - 1] ?? String(m);
