/**
 * The completeness table's orders. Every order ends by the province's name, so provinces that tie
 * keep one stable order, and "descending" reverses the measure, never the tie-break.
 */
import type { ReportStatus, StatusCounts } from '@cds/core';

export const SORT_KEYS = [
  'name',
  'status',
  'approved',
  'submitted',
  'timeliness',
  'firstSubmittedAt',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface CompletenessRow {
  unitId: string;
  name: string;
  status: ReportStatus;
  counts: StatusCounts;
  firstSubmittedAt: string | null;
  onTime: boolean | null;
}

/** From nothing done to everything approved: what needs the staff before what waits for a reviewer. */
const STATUS_ORDER: Record<ReportStatus, number> = {
  not_started: 0,
  returned: 1,
  draft: 2,
  submitted: 3,
  approved: 4,
};

export type Timeliness = 'on_time' | 'late' | 'not_sent' | 'overdue';

/**
 * On time or late by the first sending; not sent yet, or not sent and past the deadline.
 * @example timeliness(null, '2026-12-10', '2026-12-11') // 'overdue'
 */
export function timeliness(onTime: boolean | null, deadline: string, today: string): Timeliness {
  if (onTime === true) return 'on_time';
  if (onTime === false) return 'late';
  return today > deadline ? 'overdue' : 'not_sent';
}

const TIMELINESS_ORDER: Record<Timeliness, number> = { overdue: 0, not_sent: 1, late: 2, on_time: 3 };

function measure(row: CompletenessRow, key: SortKey, deadline: string, today: string): number | string {
  switch (key) {
    case 'name':
      return row.name;
    case 'status':
      return STATUS_ORDER[row.status];
    case 'approved':
      return row.counts.approved;
    case 'submitted':
      return row.counts.submitted;
    case 'timeliness':
      return TIMELINESS_ORDER[timeliness(row.onTime, deadline, today)];
    case 'firstSubmittedAt':
      // Never sent sorts after every date.
      return row.firstSubmittedAt ?? '\uffff';
  }
}

export function sortCompleteness<T extends CompletenessRow>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection,
  context: { deadline: string; today: string; locale: string },
): T[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, context.locale);
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = measure(a, key, context.deadline, context.today);
    const y = measure(b, key, context.deadline, context.today);
    const order =
      typeof x === 'string' && typeof y === 'string'
        ? key === 'name'
          ? x.localeCompare(y, context.locale)
          : x < y
            ? -1
            : x > y
              ? 1
              : 0
        : (x as number) - (y as number);
    return order !== 0 ? sign * order : byName(a, b);
  });
}
