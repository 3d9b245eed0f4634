import type { ReportStatus, StatusCounts } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { type CompletenessRow, sortCompleteness, timeliness } from './sort-completeness.ts';

const counts = (approved: number, submitted = 0): StatusCounts => ({
  not_started: 10 - approved - submitted,
  draft: 0,
  submitted,
  returned: 0,
  approved,
});

const row = (
  name: string,
  status: ReportStatus,
  c: StatusCounts,
  firstSubmittedAt: string | null = null,
  onTime: boolean | null = null,
): CompletenessRow => ({ unitId: name, name, status, counts: c, firstSubmittedAt, onTime });

const rows = [
  row('Sơn La', 'submitted', counts(0, 8), '2026-12-02T03:00:00Z', true),
  row('An Giang', 'not_started', counts(0)),
  row('Điện Biên', 'approved', counts(10), '2026-12-12T03:00:00Z', false),
  row('Cà Mau', 'not_started', counts(0)),
  row('Bắc Ninh', 'approved', counts(10), '2026-12-05T03:00:00Z', true),
];
const context = { deadline: '2026-12-10', today: '2026-12-11', locale: 'vi' };
const names = (sorted: CompletenessRow[]) => sorted.map((r) => r.name);

describe('sortCompleteness', () => {
  it('orders names the Vietnamese way', () => {
    expect(names(sortCompleteness(rows, 'name', 'ascending', context))).toEqual([
      'An Giang',
      'Bắc Ninh',
      'Cà Mau',
      'Điện Biên',
      'Sơn La',
    ]);
  });

  it('breaks ties by name in both directions', () => {
    expect(names(sortCompleteness(rows, 'approved', 'descending', context))).toEqual([
      'Bắc Ninh',
      'Điện Biên',
      'An Giang',
      'Cà Mau',
      'Sơn La',
    ]);
    expect(names(sortCompleteness(rows, 'status', 'ascending', context))).toEqual([
      'An Giang',
      'Cà Mau',
      'Sơn La',
      'Bắc Ninh',
      'Điện Biên',
    ]);
  });

  it('puts overdue provinces first by timeliness, and never-sent last by first sending', () => {
    expect(names(sortCompleteness(rows, 'timeliness', 'ascending', context))).toEqual([
      'An Giang',
      'Cà Mau',
      'Điện Biên',
      'Bắc Ninh',
      'Sơn La',
    ]);
    expect(names(sortCompleteness(rows, 'firstSubmittedAt', 'ascending', context))).toEqual([
      'Sơn La',
      'Bắc Ninh',
      'Điện Biên',
      'An Giang',
      'Cà Mau',
    ]);
  });
});

describe('timeliness', () => {
  it('says on time, late, not sent, or overdue once the deadline has passed', () => {
    expect(timeliness(true, '2026-12-10', '2026-12-20')).toBe('on_time');
    expect(timeliness(false, '2026-12-10', '2026-12-20')).toBe('late');
    expect(timeliness(null, '2026-12-10', '2026-12-10')).toBe('not_sent');
    expect(timeliness(null, '2026-12-10', '2026-12-11')).toBe('overdue');
  });
});
