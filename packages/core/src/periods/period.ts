/**
 * Reporting periods: month, quarter, half-year and year, each with one canonical key.
 *
 * Keys sort lexically within a type and are what the database stores:
 * `2023` (year), `2023-H1` (half-year), `2023-Q1` (quarter), `2023-02` (month).
 */

export const PERIOD_TYPES = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  readonly type: PeriodType;
  readonly year: number;
  /** 1-based position inside the year: month 1–12, quarter 1–4, half 1–2, year 1. */
  readonly index: number;
  readonly key: string;
}

/** Number of months each period type spans. */
export const MONTHS_IN: Record<PeriodType, number> = { month: 1, quarter: 3, half: 6, year: 12 };

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const KEY_PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;

function keyOf(type: PeriodType, year: number, index: number): string {
  switch (type) {
    case 'year':
      return String(year);
    case 'half':
      return `${year}-H${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'month':
      return `${year}-${String(index).padStart(2, '0')}`;
  }
}

/** Builds a period, throwing a RangeError when the index does not fit the type. */
export function makePeriod(type: PeriodType, year: number, index = 1): Period {
  const count = 12 / MONTHS_IN[type];
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new RangeError(`${type} index ${index} is outside 1–${count}`);
  }
  return { type, year, index, key: keyOf(type, year, index) };
}

/**
 * Parses a canonical period key; returns `null` for anything else.
 * @example parsePeriod('2023-Q1') // { type: 'quarter', year: 2023, index: 1, key: '2023-Q1' }
 */
export function parsePeriod(key: string): Period | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2]) return makePeriod('month', year, Number(match[2]));
  if (match[3]) return makePeriod('quarter', year, Number(match[3]));
  if (match[4]) return makePeriod('half', year, Number(match[4]));
  return makePeriod('year', year, 1);
}

export function isPeriodKey(key: string): boolean {
  return parsePeriod(key) !== null;
}

/** Like {@link parsePeriod} but throws; for keys that come from our own data. */
export function periodOf(key: string): Period {
  const period = parsePeriod(key);
  if (!period)
    throw new RangeError(`"${key}" is not a period key (expected 2023, 2023-H1, 2023-Q1 or 2023-02)`);
  return period;
}

/** First month (1–12) of the period. */
export function firstMonth(period: Period): number {
  return (period.index - 1) * MONTHS_IN[period.type] + 1;
}

/** The months a period contains, as month periods in order. */
export function monthsOf(period: Period): Period[] {
  const start = firstMonth(period);
  return Array.from({ length: MONTHS_IN[period.type] }, (_, i) =>
    makePeriod('month', period.year, start + i),
  );
}

/** The periods of a finer type that make up `period` (e.g. the quarters of a year). */
export function subPeriods(period: Period, type: PeriodType): Period[] {
  const size = MONTHS_IN[type];
  if (size > MONTHS_IN[period.type] || MONTHS_IN[period.type] % size !== 0) return [];
  const start = firstMonth(period);
  return Array.from({ length: MONTHS_IN[period.type] / size }, (_, i) =>
    makePeriod(type, period.year, (start - 1) / size + 1 + i),
  );
}

/** Whether `inner` lies entirely inside `outer`. */
export function contains(outer: Period, inner: Period): boolean {
  if (outer.year !== inner.year) return false;
  const start = firstMonth(outer);
  const innerStart = firstMonth(inner);
  return innerStart >= start && innerStart + MONTHS_IN[inner.type] <= start + MONTHS_IN[outer.type];
}

/** The period of the same type immediately before. */
/** Whether the period before this one is in the calendar (not before January 1990). */
export function hasPreviousPeriod(period: Period): boolean {
  return period.index > 1 || period.year > MIN_YEAR;
}

export function previousPeriod(period: Period): Period {
  if (period.index > 1) return makePeriod(period.type, period.year, period.index - 1);
  return makePeriod(period.type, period.year - 1, 12 / MONTHS_IN[period.type]);
}

/** The period of the same type immediately after. */
export function nextPeriod(period: Period): Period {
  if (period.index < 12 / MONTHS_IN[period.type])
    return makePeriod(period.type, period.year, period.index + 1);
  return makePeriod(period.type, period.year + 1, 1);
}

/** The same period one year earlier (2023-Q2 → 2022-Q2). */
export function samePeriodLastYear(period: Period): Period {
  return makePeriod(period.type, period.year - 1, period.index);
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of the period as an ISO date (`2023-04-01`). */
export function startDate(period: Period): string {
  return isoDate(period.year, firstMonth(period), 1);
}

/** Last day of the period as an ISO date (`2023-06-30`). */
export function endDate(period: Period): string {
  const lastMonth = firstMonth(period) + MONTHS_IN[period.type] - 1;
  return isoDate(period.year, lastMonth, daysInMonth(period.year, lastMonth));
}

/**
 * Orders periods by end date, then shorter periods first (so a year follows its December
 * and its Q4 in a table). Suitable for `Array.prototype.sort`.
 */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = endDate(a).localeCompare(endDate(b));
  if (byEnd !== 0) return byEnd;
  return MONTHS_IN[a.type] - MONTHS_IN[b.type];
}

/** All periods of one type from `from` to `to` inclusive (both of that type). */
export function periodRange(from: Period, to: Period): Period[] {
  if (from.type !== to.type) throw new RangeError('a period range needs both ends of the same type');
  const out: Period[] = [];
  if (comparePeriods(from, to) > 0) return out;
  // Stop on `to` itself rather than stepping past it: the step after 2100-12 is outside the year range.
  for (let p = from; ; p = nextPeriod(p)) {
    out.push(p);
    if (p.key === to.key) return out;
  }
}

/** The period of a type containing a given ISO date (`2025-07-01`, quarter → `2025-Q3`). */
export function periodContaining(date: string, type: PeriodType): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return makePeriod(type, year, Math.floor((month - 1) / MONTHS_IN[type]) + 1);
}

/**
 * The period's own key and the keys of every shorter period inside it: all a roll-up
 * of this period can read. `2023-H1` → 2023-H1, 2023-Q1, 2023-Q2, 2023-01 … 2023-06.
 */
export function keysWithin(period: Period): string[] {
  const types: PeriodType[] = ['half', 'quarter', 'month'];
  const shorter = types.filter((type) => MONTHS_IN[type] < MONTHS_IN[period.type]);
  return [period.key, ...shorter.flatMap((type) => subPeriods(period, type).map((p) => p.key))];
}
