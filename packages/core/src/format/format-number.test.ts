/** Tests of Vietnamese and English number, percentage and unit formatting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIndicatorValue,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  roundAsPublished,
  roundAsShown,
  SHOWN_DECIMALS,
  unitLabel,
} from './format-number.ts';

describe('formatNumber', () => {
  it('groups thousands and marks decimals the Vietnamese way', () => {
    expect(formatNumber(1463, 'vi')).toBe('1.463');
    expect(formatNumber(98.148, 'vi')).toBe('98,15');
    expect(formatNumber(12345.678, 'vi')).toBe('12.345,68');
    expect(formatNumber(1_000_000, 'vi')).toBe('1.000.000');
  });

  it('groups thousands and marks decimals the English way', () => {
    expect(formatNumber(1463, 'en')).toBe('1,463');
    expect(formatNumber(98.148, 'en')).toBe('98.15');
    expect(formatNumber(12345.678, 'en')).toBe('12,345.68');
  });

  it('limits decimals without padding', () => {
    expect(formatNumber(98.148, 'vi', 1)).toBe('98,1');
    expect(formatNumber(98.148, 'vi', 0)).toBe('98');
    expect(formatNumber(212, 'vi')).toBe('212');
    expect(formatNumber(0.5, 'en')).toBe('0.5');
  });

  it('never prints a negative zero', () => {
    expect(formatNumber(-0, 'vi')).toBe('0');
    expect(formatNumber(-0.001, 'en')).toBe('0');
    expect(formatNumber(-3.5, 'en')).toBe('-3.5');
  });

  it('shows a dash for values that are not numbers', () => {
    expect(formatNumber(Number.NaN, 'vi')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});

describe('formatPercent', () => {
  it('writes one decimal and no space before the sign', () => {
    expect(formatPercent(98.148, 'vi')).toBe('98,1%');
    expect(formatPercent(98.148, 'en')).toBe('98.1%');
    expect(formatPercent(100, 'vi')).toBe('100%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('accepts other precisions', () => {
    expect(formatPercent(98.148, 'vi', 2)).toBe('98,15%');
    expect(formatPercent(98.148, 'en', 0)).toBe('98%');
  });

  it('contains no space of any kind', () => {
    for (const locale of ['vi', 'en'] as const) expect(formatPercent(45.5, locale)).not.toMatch(/\s/u);
  });
});

describe('formatSignedPercent', () => {
  it('signs above- and below-plan fractions', () => {
    expect(formatSignedPercent(0.08, 'vi')).toBe('+8%');
    expect(formatSignedPercent(0.82, 'en')).toBe('+82%');
    expect(formatSignedPercent(-0.125, 'vi')).toBe('\u221212,5%');
    expect(formatSignedPercent(-0.125, 'en')).toBe('\u221212.5%');
  });

  it('uses a true minus sign, not a hyphen', () => {
    expect(formatSignedPercent(-0.05, 'vi')).not.toContain('-');
    expect(formatSignedPercent(-0.05, 'vi').codePointAt(0)).toBe(0x2212);
  });

  it('writes zero, and values that round to zero, unsigned', () => {
    expect(formatSignedPercent(0, 'vi')).toBe('0%');
    expect(formatSignedPercent(-0, 'en')).toBe('0%');
    expect(formatSignedPercent(-0.0001, 'vi')).toBe('0%');
    expect(formatSignedPercent(0.0004, 'en')).toBe('0%');
  });

  it('groups large percentages', () => {
    expect(formatSignedPercent(12.345, 'vi')).toBe('+1.234,5%');
  });
});

describe('formatIndicatorValue', () => {
  it.each([
    [98.148, 'percent', '98,15%', '98.15%'],
    [98.15, 'percent', '98,15%', '98.15%'],
    [86.4, 'percent', '86,4%', '86.4%'],
    [1463, 'billion_vnd', '1.463 tỷ đồng', '1,463 billion VND'],
    [68, 'km', '68 km', '68 km'],
    [1234.5, 'km', '1.234,5 km', '1,234.5 km'],
    [212, 'count', '212', '212'],
    [12345, 'count', '12.345', '12,345'],
    [0.8002, 'index', '0,8002', '0.8002'],
    [0.5, 'index', '0,5000', '0.5000'],
    [15, 'rank', '15', '15'],
    [87.5, 'points', '87,5 điểm', '87.5 points'],
  ] as const)('formats %d as %s', (value, unit, vi, en) => {
    expect(formatIndicatorValue(value, unit, 'vi')).toBe(vi);
    expect(formatIndicatorValue(value, unit, 'en')).toBe(en);
  });

  it('uses the singular for one point in English', () => {
    expect(formatIndicatorValue(1, 'points', 'en')).toBe('1 point');
    expect(formatIndicatorValue(1, 'points', 'vi')).toBe('1 điểm');
  });

  it('shows a dash for a value that is not a number', () => {
    expect(formatIndicatorValue(Number.NaN, 'billion_vnd', 'vi')).toBe('—');
  });
});

describe('unitLabel', () => {
  it('names each unit in both languages', () => {
    expect(unitLabel('percent', 'vi')).toBe('%');
    expect(unitLabel('billion_vnd', 'vi')).toBe('tỷ đồng');
    expect(unitLabel('billion_vnd', 'en')).toBe('billion VND');
    expect(unitLabel('km', 'en')).toBe('km');
    expect(unitLabel('points', 'vi')).toBe('điểm');
    expect(unitLabel('points', 'en')).toBe('points');
    expect(unitLabel('count', 'vi')).toBe('');
    expect(unitLabel('rank', 'en')).toBe('');
    expect(unitLabel('index', 'vi')).toBe('');
  });
});

describe('roundAsPublished', () => {
  it('makes 212/216 and a reported 98,15% the same figure', () => {
    expect(roundAsPublished((212 / 216) * 100, 'percent')).toBe(98.15);
    expect(roundAsPublished(98.15, 'percent')).toBe(98.15);
  });
  it('rounds on the decimal value, not binary noise', () => {
    expect(roundAsPublished(1.005, 'billion_vnd')).toBe(1.01);
    expect(roundAsPublished(-2.5, 'rank')).toBe(-3);
    expect(roundAsPublished(0.61234, 'index')).toBe(0.6123);
  });
});

describe('roundAsShown: what a downloaded file writes', () => {
  it('drops the binary noise and the digits the screen never shows', () => {
    // The plan derived from "1.463 tỷ đồng, vượt 8% so với kế hoạch" and a restated sum of counts.
    expect(roundAsShown(1463 / 1.08, 'billion_vnd')).toBe(1354.63);
    expect(roundAsShown(1.1 + 2.2, 'count')).toBe(3.3);
    expect(roundAsShown(98.15 / 1.82, 'percent')).toBe(53.93);
    expect(roundAsShown(0.612345, 'index')).toBe(0.6123);
    expect(roundAsShown(12.6, 'rank')).toBe(13);
    expect(roundAsShown(null, 'percent')).toBeNull();
    expect(Object.is(roundAsShown(-0.001, 'count'), 0)).toBe(true);
  });

  it('gives a number the screen writes with the same digits, for every unit', () => {
    const units = Object.keys(SHOWN_DECIMALS) as (keyof typeof SHOWN_DECIMALS)[];
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.constantFrom('vi' as const, 'en' as const),
        (unit, value, locale) => {
          const inFile = roundAsShown(value, unit);
          // The file's number, read back on screen, says exactly what the screen says…
          expect(formatIndicatorValue(inFile, unit, locale)).toBe(formatIndicatorValue(value, unit, locale));
          // …and holds no more decimals than the screen shows.
          expect((String(inFile).split('.')[1] ?? '').length).toBeLessThanOrEqual(SHOWN_DECIMALS[unit]);
        },
      ),
    );
  });
});
