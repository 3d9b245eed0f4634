/** Unit tests of period keys and period arithmetic. */
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  contains,
  endDate,
  firstMonth,
  isPeriodKey,
  keysWithin,
  makePeriod,
  monthsOf,
  nextPeriod,
  type Period,
  parsePeriod,
  periodContaining,
  periodOf,
  periodRange,
  previousPeriod,
  samePeriodLastYear,
  startDate,
  subPeriods,
} from './period.ts';

const keys = (periods: readonly Period[]): string[] => periods.map((p) => p.key);

describe('parsePeriod', () => {
  it('parses each kind of key', () => {
    expect(parsePeriod('2023')).toEqual({ type: 'year', year: 2023, index: 1, key: '2023' });
    expect(parsePeriod('2022-H1')).toEqual({ type: 'half', year: 2022, index: 1, key: '2022-H1' });
    expect(parsePeriod('2022-H2')).toEqual({ type: 'half', year: 2022, index: 2, key: '2022-H2' });
    expect(parsePeriod('2023-Q1')).toEqual({ type: 'quarter', year: 2023, index: 1, key: '2023-Q1' });
    expect(parsePeriod('2023-Q4')).toEqual({ type: 'quarter', year: 2023, index: 4, key: '2023-Q4' });
    expect(parsePeriod('2023-02')).toEqual({ type: 'month', year: 2023, index: 2, key: '2023-02' });
    expect(parsePeriod('2023-12')).toEqual({ type: 'month', year: 2023, index: 12, key: '2023-12' });
  });

  it.each([
    '2023-13',
    '2023-00',
    '2023-Q5',
    '2023-Q0',
    '2023-H3',
    '2023-H0',
    '23',
    '2023-1',
    '',
    ' 2023',
    '2023 ',
    '2023\n',
    '2023-q1',
    '2023-h1',
    '2023Q1',
    '2023-',
    '1989',
    '2101',
    '02/2023',
    '２０２３',
  ])('rejects %j', (key) => {
    expect(parsePeriod(key)).toBeNull();
    expect(isPeriodKey(key)).toBe(false);
    expect(() => periodOf(key)).toThrow(RangeError);
  });

  it('accepts the year bounds', () => {
    expect(parsePeriod('1990')?.year).toBe(1990);
    expect(parsePeriod('2100-12')?.key).toBe('2100-12');
  });

  it('round-trips keys through makePeriod', () => {
    for (const key of ['2023', '2023-H2', '2023-Q3', '2023-07']) {
      const p = periodOf(key);
      expect(makePeriod(p.type, p.year, p.index).key).toBe(key);
    }
  });
});

describe('makePeriod', () => {
  it('rejects indexes that do not fit the type', () => {
    expect(() => makePeriod('month', 2023, 13)).toThrow(RangeError);
    expect(() => makePeriod('quarter', 2023, 5)).toThrow(RangeError);
    expect(() => makePeriod('half', 2023, 3)).toThrow(RangeError);
    expect(() => makePeriod('year', 2023, 2)).toThrow(RangeError);
    expect(() => makePeriod('month', 2023, 0)).toThrow(RangeError);
    expect(() => makePeriod('month', 2023, 1.5)).toThrow(RangeError);
    expect(() => makePeriod('year', 1989)).toThrow(RangeError);
    expect(() => makePeriod('year', 2023.5)).toThrow(RangeError);
  });

  it('pads month keys', () => {
    expect(makePeriod('month', 2024, 3).key).toBe('2024-03');
  });
});

describe('months and sub-periods', () => {
  it('gives the first month of each type', () => {
    expect(firstMonth(periodOf('2023'))).toBe(1);
    expect(firstMonth(periodOf('2023-H2'))).toBe(7);
    expect(firstMonth(periodOf('2023-Q3'))).toBe(7);
    expect(firstMonth(periodOf('2023-Q4'))).toBe(10);
    expect(firstMonth(periodOf('2023-05'))).toBe(5);
  });

  it('lists the months of a period', () => {
    expect(keys(monthsOf(periodOf('2023-Q2')))).toEqual(['2023-04', '2023-05', '2023-06']);
    expect(keys(monthsOf(periodOf('2022-H2')))).toEqual([
      '2022-07',
      '2022-08',
      '2022-09',
      '2022-10',
      '2022-11',
      '2022-12',
    ]);
    expect(monthsOf(periodOf('2023'))).toHaveLength(12);
    expect(keys(monthsOf(periodOf('2023-09')))).toEqual(['2023-09']);
  });

  it('splits a period into finer periods', () => {
    expect(keys(subPeriods(periodOf('2023'), 'quarter'))).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
    ]);
    expect(keys(subPeriods(periodOf('2023'), 'half'))).toEqual(['2023-H1', '2023-H2']);
    expect(keys(subPeriods(periodOf('2023-H2'), 'quarter'))).toEqual(['2023-Q3', '2023-Q4']);
    expect(keys(subPeriods(periodOf('2023-Q4'), 'month'))).toEqual(['2023-10', '2023-11', '2023-12']);
    expect(keys(subPeriods(periodOf('2023-Q2'), 'quarter'))).toEqual(['2023-Q2']);
  });

  it('returns no sub-periods of a coarser type', () => {
    expect(subPeriods(periodOf('2023-Q1'), 'half')).toEqual([]);
    expect(subPeriods(periodOf('2023-03'), 'year')).toEqual([]);
  });

  it('knows which periods contain which', () => {
    expect(contains(periodOf('2023'), periodOf('2023-Q3'))).toBe(true);
    expect(contains(periodOf('2023-H1'), periodOf('2023-Q2'))).toBe(true);
    expect(contains(periodOf('2023-H1'), periodOf('2023-Q3'))).toBe(false);
    expect(contains(periodOf('2023-Q2'), periodOf('2023-06'))).toBe(true);
    expect(contains(periodOf('2023-Q2'), periodOf('2023-07'))).toBe(false);
    expect(contains(periodOf('2023'), periodOf('2022-12'))).toBe(false);
    expect(contains(periodOf('2023-Q1'), periodOf('2023'))).toBe(false);
  });
});

describe('previous, next and same period last year', () => {
  it('steps within a year', () => {
    expect(previousPeriod(periodOf('2023-05')).key).toBe('2023-04');
    expect(nextPeriod(periodOf('2023-Q2')).key).toBe('2023-Q3');
    expect(nextPeriod(periodOf('2023-H1')).key).toBe('2023-H2');
  });

  it('wraps across years', () => {
    expect(previousPeriod(periodOf('2023-01')).key).toBe('2022-12');
    expect(nextPeriod(periodOf('2022-12')).key).toBe('2023-01');
    expect(previousPeriod(periodOf('2023-Q1')).key).toBe('2022-Q4');
    expect(nextPeriod(periodOf('2023-Q4')).key).toBe('2024-Q1');
    expect(previousPeriod(periodOf('2023-H1')).key).toBe('2022-H2');
    expect(nextPeriod(periodOf('2023-H2')).key).toBe('2024-H1');
    expect(previousPeriod(periodOf('2023')).key).toBe('2022');
    expect(nextPeriod(periodOf('2023')).key).toBe('2024');
  });

  it('finds the same period one year earlier', () => {
    expect(samePeriodLastYear(periodOf('2023-Q2')).key).toBe('2022-Q2');
    expect(samePeriodLastYear(periodOf('2024-02')).key).toBe('2023-02');
    expect(samePeriodLastYear(periodOf('2023-H2')).key).toBe('2022-H2');
    expect(samePeriodLastYear(periodOf('2023')).key).toBe('2022');
  });
});

describe('start and end dates', () => {
  it('gives ISO dates for each type', () => {
    expect(startDate(periodOf('2023-Q2'))).toBe('2023-04-01');
    expect(endDate(periodOf('2023-Q2'))).toBe('2023-06-30');
    expect(startDate(periodOf('2022-H2'))).toBe('2022-07-01');
    expect(endDate(periodOf('2022-H1'))).toBe('2022-06-30');
    expect(startDate(periodOf('2023'))).toBe('2023-01-01');
    expect(endDate(periodOf('2023'))).toBe('2023-12-31');
    expect(endDate(periodOf('2023-04'))).toBe('2023-04-30');
    expect(endDate(periodOf('2023-Q1'))).toBe('2023-03-31');
  });

  it('handles February in leap and common years', () => {
    expect(endDate(periodOf('2024-02'))).toBe('2024-02-29');
    expect(endDate(periodOf('2023-02'))).toBe('2023-02-28');
    expect(endDate(periodOf('2000-02'))).toBe('2000-02-29');
    expect(endDate(periodOf('2100-02'))).toBe('2100-02-28');
  });
});

describe('comparePeriods', () => {
  it('orders by end date, a longer period after the shorter ones ending with it', () => {
    const shuffled = [
      '2023',
      '2023-12',
      '2023-Q4',
      '2023-H2',
      '2023-01',
      '2022',
      '2023-Q1',
      '2023-H1',
      '2023-06',
    ];
    const sorted = keys(shuffled.map(periodOf).sort(comparePeriods));
    expect(sorted).toEqual([
      '2022',
      '2023-01',
      '2023-Q1',
      '2023-06',
      '2023-H1',
      '2023-12',
      '2023-Q4',
      '2023-H2',
      '2023',
    ]);
  });

  it('is zero only for the same period and antisymmetric otherwise', () => {
    const a = periodOf('2023-Q1');
    const b = periodOf('2023-03');
    expect(comparePeriods(a, periodOf('2023-Q1'))).toBe(0);
    expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)));
    expect(comparePeriods(periodOf('2022-12'), periodOf('2023-01'))).toBeLessThan(0);
  });
});

describe('periodRange', () => {
  it('lists periods inclusively across a year boundary', () => {
    expect(keys(periodRange(periodOf('2022-11'), periodOf('2023-02')))).toEqual([
      '2022-11',
      '2022-12',
      '2023-01',
      '2023-02',
    ]);
    expect(keys(periodRange(periodOf('2022-Q3'), periodOf('2023-Q2')))).toEqual([
      '2022-Q3',
      '2022-Q4',
      '2023-Q1',
      '2023-Q2',
    ]);
    expect(keys(periodRange(periodOf('2020'), periodOf('2023')))).toEqual(['2020', '2021', '2022', '2023']);
  });

  it('gives one period when both ends agree and none when reversed', () => {
    expect(keys(periodRange(periodOf('2023-H1'), periodOf('2023-H1')))).toEqual(['2023-H1']);
    expect(periodRange(periodOf('2023-05'), periodOf('2023-04'))).toEqual([]);
  });

  it('reaches the last supported period without stepping past it', () => {
    expect(keys(periodRange(periodOf('2100-Q3'), periodOf('2100-Q4')))).toEqual(['2100-Q3', '2100-Q4']);
    expect(keys(periodRange(periodOf('2099'), periodOf('2100')))).toEqual(['2099', '2100']);
  });

  it('refuses ends of different types', () => {
    expect(() => periodRange(periodOf('2023-Q1'), periodOf('2023-06'))).toThrow(RangeError);
  });
});

describe('periodContaining', () => {
  it('finds the period of each type around a date', () => {
    expect(periodContaining('2025-07-01', 'quarter').key).toBe('2025-Q3');
    expect(periodContaining('2025-06-30', 'quarter').key).toBe('2025-Q2');
    expect(periodContaining('2025-07-01', 'half').key).toBe('2025-H2');
    expect(periodContaining('2025-06-30', 'half').key).toBe('2025-H1');
    expect(periodContaining('2025-12-31', 'month').key).toBe('2025-12');
    expect(periodContaining('2025-01-01', 'year').key).toBe('2025');
  });

  it('contains its own start and end dates', () => {
    for (const key of ['2024-02', '2024-Q1', '2024-H2', '2024']) {
      const p = periodOf(key);
      expect(periodContaining(startDate(p), p.type).key).toBe(key);
      expect(periodContaining(endDate(p), p.type).key).toBe(key);
    }
  });

  it('throws on a date that is not ISO', () => {
    expect(() => periodContaining('2025-13-01', 'quarter')).toThrow(RangeError);
    expect(() => periodContaining('01/07/2025', 'month')).toThrow(RangeError);
  });
});

describe('keysWithin', () => {
  it('lists a period and every shorter period inside it', () => {
    expect(keysWithin(periodOf('2023-H1'))).toEqual([
      '2023-H1',
      '2023-Q1',
      '2023-Q2',
      '2023-01',
      '2023-02',
      '2023-03',
      '2023-04',
      '2023-05',
      '2023-06',
    ]);
    expect(keysWithin(periodOf('2023'))).toHaveLength(1 + 2 + 4 + 12);
    expect(keysWithin(periodOf('2023-07'))).toEqual(['2023-07']);
  });
});
