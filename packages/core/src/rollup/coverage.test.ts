/** Tests of what part of a period a figure covers and the like-for-like part of another. */
import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods/period.ts';
import { coverageLabel, coveredMonths, withinSameMonths } from './coverage.ts';

const tenMonths = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

describe('coveredMonths', () => {
  it('is every month for a complete figure', () => {
    expect(coveredMonths(periodOf('2025'), { isComplete: true, missing: [] })).toHaveLength(12);
  });
  it('leaves out the missing months and quarters', () => {
    expect(coveredMonths(periodOf('2026'), { isComplete: false, missing: ['2026-11', '2026-12'] })).toEqual(
      tenMonths,
    );
    expect(coveredMonths(periodOf('2026'), { isComplete: false, missing: ['2026-Q4'] })).toEqual(
      tenMonths.slice(0, 9),
    );
    expect(coveredMonths(periodOf('2026-Q2'), { isComplete: false, missing: ['2026-06'] })).toEqual([0, 1]);
  });
});

describe('withinSameMonths', () => {
  it('keeps January–October of the year before, and quarters wholly inside them', () => {
    const keep = withinSameMonths(periodOf('2025'), tenMonths);
    expect(['2025-01', '2025-10', '2025-Q3', '2025-H1'].every((period) => keep({ period }))).toBe(true);
    expect(['2025-11', '2025-Q4', '2025-H2', '2025', '2024-05'].some((period) => keep({ period }))).toBe(
      false,
    );
  });
  it('maps offsets onto the previous quarter: April–May for July–August', () => {
    const keep = withinSameMonths(periodOf('2026-Q2'), [0, 1]);
    expect(keep({ period: '2026-04' }) && keep({ period: '2026-05' })).toBe(true);
    expect(keep({ period: '2026-06' })).toBe(false);
  });
});

describe('coverageLabel', () => {
  it('names a year-to-date flow and a stock as of its last month', () => {
    expect(coverageLabel(periodOf('2026'), tenMonths, 'sum', 'vi')).toBe('lũy kế 10 tháng');
    expect(coverageLabel(periodOf('2026'), tenMonths, 'sum', 'en')).toBe('10 months to date');
    expect(coverageLabel(periodOf('2026'), tenMonths, 'last', 'vi')).toBe('đến hết T10/2026');
    expect(coverageLabel(periodOf('2026'), [...Array(12).keys()], 'sum', 'vi')).toBeNull();
  });
});
