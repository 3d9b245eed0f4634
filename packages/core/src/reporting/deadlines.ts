/**
 * When a period's figures are due: a number of days after the period ends, per period type (an
 * admin setting; these are the defaults), and which periods a province's staff have to report
 * on a given day.
 */
import {
  endDate,
  type Period,
  type PeriodType,
  periodContaining,
  previousPeriod,
} from '../periods/period.ts';

export type DeadlineDays = Record<PeriodType, number>;

/** Days after the period's last day: a month's report by the 10th, a year's within a month. */
export const DEFAULT_DEADLINE_DAYS: DeadlineDays = { month: 10, quarter: 15, half: 20, year: 30 };

/** How many ended periods of each type the inbox lists, latest first. */
export const PERIODS_LISTED: Record<PeriodType, number> = { month: 3, quarter: 2, half: 1, year: 1 };

const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last day (ISO date) on which the period's figures are on time. */
export function deadlineOf(period: Period, days: DeadlineDays = DEFAULT_DEADLINE_DAYS): string {
  return addDays(endDate(period), days[period.type]);
}

/** Whole days from `today` to the deadline: 0 on the day itself, negative once overdue. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * The periods to report on `today` (ISO date): of each type, the last PERIODS_LISTED that have
 * ended, latest first, months before quarters before halves before the year.
 */
export function periodsToReport(
  today: string,
  listed: Record<PeriodType, number> = PERIODS_LISTED,
): Period[] {
  const out: Period[] = [];
  for (const type of ['month', 'quarter', 'half', 'year'] as const) {
    let period = previousPeriod(periodContaining(today, type));
    for (let i = 0; i < listed[type]; i++) {
      out.push(period);
      period = previousPeriod(period);
    }
  }
  return out;
}
