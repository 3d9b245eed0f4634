/** Tests of the vintage rules: which set of provinces (63 or 34) a period or a unit id belongs to. */
import { describe, expect, it } from 'vitest';
import { PERIOD_TYPES, periodOf, subPeriods } from '../periods/period.ts';
import {
  parseUnitId,
  rankingVintageOf,
  spansMerger,
  unitId,
  vintageOfPeriod,
  vintageOnDate,
} from './vintage.ts';

describe('vintageOfPeriod', () => {
  it.each(['2025-H1', '2025-Q2', '2025-06', '2024', '2019-Q4'])('gives %s to the 63 provinces', (key) => {
    expect(vintageOfPeriod(periodOf(key))).toBe(63);
  });

  it.each(['2025-Q3', '2025-H2', '2025', '2025-07', '2026'])('gives %s to the 34 provinces', (key) => {
    expect(vintageOfPeriod(periodOf(key))).toBe(34);
  });
});

describe('vintageOnDate', () => {
  it('switches on 1 July 2025', () => {
    expect(vintageOnDate('2025-06-30')).toBe(63);
    expect(vintageOnDate('2025-07-01')).toBe(34);
  });
});

describe('spansMerger', () => {
  it('is true for the year 2025 only', () => {
    expect(spansMerger(periodOf('2025'))).toBe(true);
  });

  it('is false for every shorter period of 2025 and for other years', () => {
    const year = periodOf('2025');
    const shorter = PERIOD_TYPES.filter((t) => t !== 'year').flatMap((t) => subPeriods(year, t));
    expect(shorter).toHaveLength(12 + 4 + 2);
    for (const p of shorter) expect(spansMerger(p), p.key).toBe(false);
    for (const key of ['2024', '2026']) expect(spansMerger(periodOf(key))).toBe(false);
  });
});

describe('unit ids', () => {
  const collidingCodes = ['15', '24', '44', '52', '80', '82', '91'];

  it.each(collidingCodes)('keep code %s apart in the two vintages', (code) => {
    const before = unitId(63, code);
    const after = unitId(34, code);
    expect(before).not.toBe(after);
    expect(parseUnitId(before)).toEqual({ vintage: 63, code });
    expect(parseUnitId(after)).toEqual({ vintage: 34, code });
  });

  it('write the vintage before the code', () => {
    expect(unitId(63, '24')).toBe('v63-24');
    expect(unitId(34, '24')).toBe('v34-24');
  });

  it('keep the leading zero of a code', () => {
    expect(parseUnitId('v34-01')).toEqual({ vintage: 34, code: '01' });
  });

  it.each(['24', 'v24', 'v64-24', 'v63-4', 'v63-024', ' v63-24', 'v63-24 ', 'V63-24', 'v63_24', ''])(
    'reject %j',
    (id) => {
      expect(parseUnitId(id)).toBeNull();
    },
  );
});

describe('rankingVintageOf', () => {
  it('lists the 34 for an index published for them for an earlier year (DTI 2024)', () => {
    expect(rankingVintageOf(periodOf('2024'), { 63: 0, 34: 4 })).toBe(34);
  });
  it('never flips to the 63 after the merger because one old unit has a figure', () => {
    expect(rankingVintageOf(periodOf('2025'), { 63: 1, 34: 0 })).toBe(34);
    expect(rankingVintageOf(periodOf('2026-Q1'), { 63: 1, 34: 30 })).toBe(34);
  });
  it('keeps the 63 before the merger whenever any of them reports', () => {
    expect(rankingVintageOf(periodOf('2023'), { 63: 1, 34: 34 })).toBe(63);
    expect(rankingVintageOf(periodOf('2023'), { 63: 0, 34: 0 })).toBe(63);
  });
});
