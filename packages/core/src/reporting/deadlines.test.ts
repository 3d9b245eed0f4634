import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods/period.ts';
import { DEFAULT_DEADLINE_DAYS, daysLeft, deadlineOf, periodsToReport } from './deadlines.ts';

describe('deadlines', () => {
  it('puts a month’s deadline 10 days after its end, a year’s 30', () => {
    expect(deadlineOf(periodOf('2026-10'))).toBe('2026-11-10');
    expect(deadlineOf(periodOf('2026-02'))).toBe('2026-03-10');
    expect(deadlineOf(periodOf('2025'))).toBe('2026-01-30');
    expect(deadlineOf(periodOf('2026-Q3'), { ...DEFAULT_DEADLINE_DAYS, quarter: 20 })).toBe('2026-10-20');
  });

  it('counts days left, zero on the day, negative when overdue', () => {
    expect(daysLeft('2026-12-10', '2026-12-03')).toBe(7);
    expect(daysLeft('2026-12-03', '2026-12-03')).toBe(0);
    expect(daysLeft('2026-11-10', '2026-12-03')).toBe(-23);
  });

  it('lists the ended periods to report on a day, latest first per type', () => {
    expect(periodsToReport('2026-12-03').map((p) => p.key)).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
      '2026-Q3',
      '2026-Q2',
      '2026-H1',
      '2025',
    ]);
  });

  it('reaches back across a year boundary', () => {
    expect(periodsToReport('2026-01-05').map((p) => p.key)).toEqual([
      '2025-12',
      '2025-11',
      '2025-10',
      '2025-Q4',
      '2025-Q3',
      '2025-H2',
      '2025',
    ]);
  });
});
