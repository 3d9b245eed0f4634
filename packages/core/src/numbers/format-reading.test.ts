/** Tests of the entry form's read-back ("= 500.000", "= trên 90%") and of the text it pre-fills. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locale.ts';
import type { Qualifier } from '../qualifier/qualifier.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';
import { entryText, formatForEntry, formatReading } from './format-reading.ts';
import { type NumberReading, parseNumber } from './parse-number.ts';

const read = (typed: string, locale: Locale, unit: IndicatorUnit): string => {
  const reading = parseNumber(typed, locale, { unit });
  if (!reading.ok) throw new Error(`“${typed}” was not read: ${JSON.stringify(reading)}`);
  return formatReading(reading, unit, locale);
};

describe('formatReading', () => {
  it.each<[string, Locale, IndicatorUnit, string]>([
    ['500.000', 'vi', 'count', '500.000'],
    ['500 000', 'vi', 'count', '500.000'],
    ['1.463', 'vi', 'billion_vnd', '1.463 tỷ đồng'],
    ['1,463', 'en', 'billion_vnd', '1,463 billion VND'],
    ['98,15', 'vi', 'percent', '98,15%'],
    ['98,15%', 'vi', 'percent', '98,15%'],
    ['98.155', 'en', 'percent', '98.155%'],
    ['trên 90%', 'vi', 'percent', 'trên 90%'],
    ['hơn 300.000', 'vi', 'count', 'trên 300.000'],
    ['khoảng 100', 'vi', 'percent', 'khoảng 100%'],
    ['dưới 5', 'en', 'percent', 'under 5%'],
    ['over 90', 'en', 'percent', 'over 90%'],
    ['12/63', 'vi', 'rank', 'hạng 12/63'],
    ['12/34', 'en', 'rank', 'rank 12 of 34'],
    ['12', 'vi', 'rank', 'hạng 12'],
    ['212/216', 'vi', 'percent', '212/216 (98,15%)'],
    ['140,000/170,000', 'en', 'percent', '140,000/170,000 (82.35%)'],
    ['0,8002', 'vi', 'index', '0,8002'],
    ['1.234,5', 'vi', 'km', '1.234,5 km'],
    ['87,5', 'vi', 'points', '87,5 điểm'],
    ['1', 'en', 'points', '1 point'],
  ])('reads “%s” (%s, %s) back as “%s”', (typed, locale, unit, expected) => {
    expect(read(typed, locale, unit)).toBe(expected);
  });
});

describe('formatForEntry', () => {
  it('keeps every decimal, where the dashboard would round', () => {
    expect(formatForEntry(98.155, 'vi')).toBe('98,155');
    expect(formatForEntry(500_000, 'vi')).toBe('500.000');
    expect(formatForEntry(0.30000000000000004, 'en')).toBe('0.30000000000000004');
    expect(formatForEntry(1e-7, 'en')).toBe('0.0000001');
    expect(formatForEntry(1.2345678901e-10, 'en')).toBe('0.00000000012345678901');
    expect(formatForEntry(1e21, 'vi')).toBe('1.000.000.000.000.000.000.000');
  });
});

describe('entryText', () => {
  it('writes the qualifier and the rank of N', () => {
    expect(entryText({ value: 90, qualifier: 'above' }, 'percent', 'vi')).toBe('trên 90');
    expect(entryText({ value: 90, qualifier: 'above' }, 'percent', 'en')).toBe('over 90');
    expect(entryText({ value: 1463.5 }, 'billion_vnd', 'vi')).toBe('1.463,5');
    expect(entryText({ value: 12, rankedOf: 63 }, 'rank', 'vi')).toBe('12/63');
    expect(entryText({ value: 12, rankedOf: null }, 'rank', 'en')).toBe('12');
  });

  it('reads back, through parseNumber, as the same figure (property)', () => {
    const units: IndicatorUnit[] = ['percent', 'count', 'km', 'billion_vnd', 'index', 'points'];
    const value = fc
      .double({ min: -1e300, max: 1e300, noNaN: true, noDefaultInfinity: true })
      // Below 0.001 a double may need more than the 20 decimals Intl writes: no figure is that small.
      .filter((x) => x === 0 || Math.abs(x) >= 0.001)
      .map((x) => x || 0);
    fc.assert(
      fc.property(
        value,
        fc.constantFrom<Qualifier>('exact', 'above', 'about', 'below'),
        fc.constantFrom(...units),
        fc.constantFrom<Locale>('vi', 'en'),
        (x, qualifier, unit, locale) => {
          const typed = entryText({ value: x, qualifier }, unit, locale);
          const expected: Partial<NumberReading> = { ok: true, kind: 'number', value: x, qualifier };
          // A count's text has no decimal mark only when the count is whole.
          if (unit === 'count' && !Number.isInteger(x)) return;
          expect(parseNumber(typed, locale, { unit })).toMatchObject(expected);
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (rank, of) => {
        for (const locale of ['vi', 'en'] as const) {
          const typed = entryText({ value: rank, rankedOf: of }, 'rank', locale);
          expect(parseNumber(typed, locale, { unit: 'rank' })).toMatchObject({ value: rank, rankedOf: of });
        }
      }),
    );
  });
});
