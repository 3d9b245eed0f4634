import { describe, expect, it } from 'vitest';
import { vietnamDate, vietnamMonth, vietnamMonthBefore, vietnamYear } from './vietnam-time.ts';

describe("Vietnam's calendar", () => {
  it('puts a moment after 17:00 UTC on the next Vietnamese day', () => {
    // 06:49 on 6 December in Hà Nội is still 5 December in UTC.
    expect(vietnamDate('2026-12-05T23:49:00Z')).toBe('2026-12-06');
    expect(vietnamDate('2026-12-05T16:59:59Z')).toBe('2026-12-05');
    expect(vietnamDate(new Date('2026-12-03T09:00+07:00'))).toBe('2026-12-03');
  });

  it('turns the month and the year at midnight in Vietnam', () => {
    expect(vietnamMonth('2026-11-30T17:30:00Z')).toBe('2026-12');
    expect(vietnamYear('2026-12-31T17:00:00Z')).toBe(2027);
    expect(vietnamYear('2026-12-31T16:59:59Z')).toBe(2026);
  });

  it('gives the month before, across a year', () => {
    expect(vietnamMonthBefore('2026-12-06T02:00:00Z')).toBe('2026-11');
    expect(vietnamMonthBefore('2026-12-31T18:00:00Z')).toBe('2026-12');
    expect(vietnamMonthBefore('2027-01-15T00:00:00Z')).toBe('2026-12');
  });

  it('refuses what is not a moment', () => {
    expect(() => vietnamDate('yesterday')).toThrow(RangeError);
  });
});
