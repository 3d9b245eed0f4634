/** Tests of reading typed numbers in Vietnamese and English, and of the refusals (rules in parse-number.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../format/format-number.ts';
import type { Locale } from '../i18n/locale.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';
import { type ParseNumberOptions, type ParseNumberResult, parseNumber } from './parse-number.ts';

const readValue = (typed: string, locale: Locale, options?: ParseNumberOptions): number | undefined => {
  const result = parseNumber(typed, locale, options);
  return result.ok ? result.value : undefined;
};

const refusal = (result: ParseNumberResult) => {
  if (result.kind !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result;
};

describe('parseNumber: Vietnamese (rule 1)', () => {
  it.each([
    ['1.463', 1463],
    ['500.000', 500_000],
    ['500 000', 500_000],
    ['500\u00a0000', 500_000],
    ['500\u202f000', 500_000],
    ['1.000.000', 1_000_000],
    ['98,15', 98.15],
    ['1.463,5', 1463.5],
    ['1 463,5', 1463.5],
    ['0,8002', 0.8002],
    ['1463', 1463],
    ['212', 212],
    ['0', 0],
    ['-3,5', -3.5],
    ['\u22123,5', -3.5],
    ['  98,15  ', 98.15],
    // Rule 2: the convention as written — a comma and three digits is a decimal in Vietnamese.
    ['1,463', 1.463],
  ])('reads “%s” as %d', (typed, expected) => {
    expect(parseNumber(typed, 'vi')).toEqual({
      ok: true,
      kind: 'number',
      value: expected,
      qualifier: 'exact',
      hasPercent: false,
    });
  });

  it('never gives a negative zero', () => {
    expect(Object.is(readValue('-0', 'vi'), 0)).toBe(true);
  });
});

describe('parseNumber: English (rule 1)', () => {
  it.each([
    ['1,463', 1463],
    ['500,000', 500_000],
    ['500 000', 500_000],
    ['98.15', 98.15],
    ['1,463.5', 1463.5],
    ['1.463', 1.463],
    ['0.8002', 0.8002],
    ['-3.5', -3.5],
  ])('reads “%s” as %d', (typed, expected) => {
    expect(readValue(typed, 'en')).toBe(expected);
  });
});

describe('parseNumber: refusals (rule 2)', () => {
  it('refuses a dot that does not group thousands in Vietnamese, and says how to write a decimal', () => {
    const result = refusal(parseNumber('1.46', 'vi'));
    expect(result.code).toBe('ambiguous_separator');
    expect(result.message.vi).toBe(
      'Không đọc được “1.46” thành số: dấu chấm (.) ngăn cách hàng nghìn, dấu phẩy (,) là dấu thập phân — số thập phân viết là “1,46”',
    );
    expect(result.message.en).toContain('in Vietnamese, a dot (.) groups thousands');
    for (const typed of ['98.15', '0.5', '0.500', '1234.567', '1.4635']) {
      expect(refusal(parseNumber(typed, 'vi')).code).toBe('ambiguous_separator');
    }
  });

  it('refuses a comma that does not group thousands in English', () => {
    const result = refusal(parseNumber('1,46', 'en'));
    expect(result.code).toBe('ambiguous_separator');
    expect(result.message.en).toBe(
      'Cannot read “1,46” as a number: a comma (,) groups thousands and a dot (.) is the decimal point — write a decimal as “1.46”',
    );
    expect(result.message.vi).toContain('trong tiếng Anh, dấu phẩy (,) ngăn cách hàng nghìn');
    expect(refusal(parseNumber('98,15', 'en')).code).toBe('ambiguous_separator');
  });

  it('refuses separators in the wrong order for the language', () => {
    expect(refusal(parseNumber('1,463.5', 'vi')).code).toBe('separators_out_of_order');
    expect(refusal(parseNumber('1.463,5', 'en')).code).toBe('separators_out_of_order');
    expect(refusal(parseNumber('1,463.5', 'vi')).message.vi).toContain('(vd. 1.463,5)');
  });

  it('refuses what is not a number, quoting what was typed', () => {
    const result = refusal(parseNumber('1.2.3,4,5', 'vi'));
    expect(result).toEqual({
      ok: false,
      kind: 'refused',
      code: 'not_a_number',
      message: {
        vi: 'Không đọc được “1.2.3,4,5” thành số',
        en: 'Cannot read “1.2.3,4,5” as a number',
      },
    });
    for (const typed of [
      'abc',
      '1e3',
      '0x10',
      '+5',
      '12,',
      ',5',
      '1,2,3',
      '1.463.5',
      '50 00',
      '1.234 567',
      '01.234',
      '%',
      'trên',
      '~',
      '- 5',
      'Infinity',
      'NaN',
    ]) {
      expect(refusal(parseNumber(typed, 'vi')).code, typed).toMatch(/not_a_number|ambiguous_separator/);
    }
    expect(refusal(parseNumber('1,463,5', 'en')).code).toBe('not_a_number');
  });

  it('cuts very long input in the message', () => {
    const message = refusal(parseNumber('x'.repeat(200), 'vi')).message.vi;
    expect(message.length).toBeLessThan(80);
    expect(message).toContain('…”');
  });
});

describe('parseNumber: blank (rule 6)', () => {
  it.each(['', '   ', '\u00a0', '\t'])('reads %j as empty, not as an error', (typed) => {
    expect(parseNumber(typed, 'vi')).toEqual({ ok: false, kind: 'empty' });
    expect(parseNumber(typed, 'en', { unit: 'count' })).toEqual({ ok: false, kind: 'empty' });
  });
});

describe('parseNumber: percent sign (rule 4)', () => {
  it('accepts a trailing percent sign, with or without a space', () => {
    expect(parseNumber('98,15%', 'vi')).toEqual({
      ok: true,
      kind: 'number',
      value: 98.15,
      qualifier: 'exact',
      hasPercent: true,
    });
    expect(readValue('98,15 %', 'vi', { unit: 'percent' })).toBe(98.15);
    expect(readValue('98.15%', 'en', { unit: 'percent' })).toBe(98.15);
  });

  it('refuses it where the unit is not a percentage, and in bare fields', () => {
    expect(refusal(parseNumber('50%', 'vi', { unit: 'count' })).code).toBe('percent_not_allowed');
    expect(refusal(parseNumber('50%', 'vi', { unit: 'percent', bare: true })).code).toBe(
      'percent_not_allowed',
    );
  });
});

describe('parseNumber: qualifiers (rule 3)', () => {
  it.each([
    ['trên 90%', 'above'],
    ['hơn 300.000', 'above'],
    ['ít nhất 90', 'above'],
    ['khoảng 100%', 'about'],
    ['gần 100', 'about'],
    ['xấp xỉ 100', 'about'],
    ['~100', 'about'],
    ['≈ 100', 'about'],
    ['dưới 5%', 'below'],
    ['chưa đến 5', 'below'],
    ['không quá 5', 'below'],
    ['Trên 90%', 'above'],
    ['TRÊN 90%', 'above'],
    ['trên\u00a090%', 'above'],
    ['trên90%', 'above'],
    ['>90', 'above'],
    ['≥ 90', 'above'],
    ['< 5', 'below'],
    ['≤5', 'below'],
  ] as const)('reads Vietnamese “%s” as %s', (typed, qualifier) => {
    const result = parseNumber(typed, 'vi', { unit: 'percent' });
    expect(result.ok && result.qualifier).toBe(qualifier);
  });

  it.each([
    ['over 90%', 'above', 90],
    ['more than 300,000', 'above', 300_000],
    ['above 90', 'above', 90],
    ['at least 90', 'above', 90],
    ['About 100', 'about', 100],
    ['around 99.5', 'about', 99.5],
    ['nearly 100', 'about', 100],
    ['approximately 100', 'about', 100],
    ['~ 100', 'about', 100],
    ['under 5%', 'below', 5],
    ['below 5', 'below', 5],
    ['less than 5', 'below', 5],
  ] as const)('reads English “%s” as %s %d', (typed, qualifier, value) => {
    expect(parseNumber(typed, 'en', { unit: 'percent' })).toMatchObject({ ok: true, qualifier, value });
  });

  it('reads the words of either language in either form', () => {
    expect(parseNumber('trên 1,463.5', 'en')).toMatchObject({ value: 1463.5, qualifier: 'above' });
    expect(parseNumber('over 1.463,5', 'vi')).toMatchObject({ value: 1463.5, qualifier: 'above' });
  });

  it('reads a decomposed (NFD) word like its composed form', () => {
    expect(parseNumber('trên 90%'.normalize('NFD'), 'vi')).toMatchObject({ ok: true, qualifier: 'above' });
    expect(parseNumber('ít nhất 90'.normalize('NFD'), 'vi')).toMatchObject({ ok: true, qualifier: 'above' });
  });

  it('gives the full reading of “trên 90%”', () => {
    expect(parseNumber('trên 90%', 'vi', { unit: 'percent' })).toEqual({
      ok: true,
      kind: 'number',
      value: 90,
      qualifier: 'above',
      hasPercent: true,
    });
  });

  it('does not take a word that only begins like a qualifier', () => {
    expect(refusal(parseNumber('overall 90', 'en')).code).toBe('not_a_number');
    expect(refusal(parseNumber('90 trên', 'vi')).code).toBe('not_a_number');
  });

  it('refuses a qualifier in a bare field or a rank', () => {
    expect(refusal(parseNumber('trên 200', 'vi', { bare: true })).code).toBe('qualifier_not_allowed');
    expect(refusal(parseNumber('trên 12', 'vi', { unit: 'rank' })).code).toBe('qualifier_not_allowed');
    expect(refusal(parseNumber('khoảng 212/216', 'vi', { unit: 'percent' })).code).toBe(
      'qualifier_not_allowed',
    );
  });
});

describe('parseNumber: a/b (rule 4)', () => {
  it('reads a rank of N in a rank field', () => {
    expect(parseNumber('12/63', 'vi', { unit: 'rank' })).toEqual({
      ok: true,
      kind: 'rank',
      value: 12,
      rankedOf: 63,
      qualifier: 'exact',
      hasPercent: false,
    });
    expect(parseNumber('12 / 34', 'en', { unit: 'rank' })).toMatchObject({ value: 12, rankedOf: 34 });
    expect(parseNumber('12', 'vi', { unit: 'rank' })).toMatchObject({ kind: 'number', value: 12 });
  });

  it('reads a fraction in a percentage field', () => {
    const result = parseNumber('212/216', 'vi', { unit: 'percent' });
    expect(result).toMatchObject({ ok: true, kind: 'fraction', numerator: 212, denominator: 216 });
    expect(result.ok && result.value).toBeCloseTo(98.148148, 5);
    expect(parseNumber('140.000/170.000', 'vi', { unit: 'percent' })).toMatchObject({
      numerator: 140_000,
      denominator: 170_000,
    });
    expect(parseNumber('140,000/170,000', 'en', { unit: 'percent' })).toMatchObject({
      numerator: 140_000,
      denominator: 170_000,
    });
  });

  it('refuses a slash elsewhere, a zero denominator, and malformed parts', () => {
    expect(refusal(parseNumber('12/63', 'vi')).code).toBe('slash_not_allowed');
    expect(refusal(parseNumber('12/63', 'vi', { unit: 'count' })).code).toBe('slash_not_allowed');
    expect(refusal(parseNumber('212/216', 'vi', { unit: 'percent', bare: true })).code).toBe(
      'slash_not_allowed',
    );
    expect(refusal(parseNumber('5/0', 'vi', { unit: 'percent' })).code).toBe('zero_denominator');
    expect(refusal(parseNumber('1/2/3', 'vi', { unit: 'rank' })).code).toBe('not_a_number');
    expect(refusal(parseNumber('212/216%', 'vi', { unit: 'percent' })).code).toBe('not_a_number');
    expect(refusal(parseNumber('12/', 'vi', { unit: 'rank' })).code).toBe('not_a_number');
    expect(refusal(parseNumber('1.46/2', 'vi', { unit: 'percent' })).code).toBe('ambiguous_separator');
    expect(refusal(parseNumber('12,5/63', 'vi', { unit: 'rank' })).code).toBe('not_integer');
  });
});

describe('parseNumber: whole numbers (rule 5)', () => {
  it('refuses a decimal for a count, naming the separators', () => {
    const result = refusal(parseNumber('500,5', 'vi', { unit: 'count' }));
    expect(result.code).toBe('not_integer');
    expect(result.message.vi).toBe(
      'Số lượng phải là số nguyên; “500,5” có phần thập phân — dấu chấm (.) ngăn cách hàng nghìn, dấu phẩy (,) là dấu thập phân',
    );
    expect(result.message.en).toBe(
      'A count must be a whole number; “500,5” has a decimal part — in Vietnamese, a dot (.) groups thousands and a comma (,) is the decimal mark',
    );
    expect(refusal(parseNumber('500.5', 'en', { unit: 'count' })).message.en).toBe(
      'A count must be a whole number; “500.5” has a decimal part — a comma (,) groups thousands and a dot (.) is the decimal point',
    );
  });

  it('refuses any decimal mark for a count, even one that reads as a whole number', () => {
    // "500,000" typed the English way into the Vietnamese form would otherwise be 500.
    expect(refusal(parseNumber('500,000', 'vi', { unit: 'count' })).code).toBe('not_integer');
    expect(refusal(parseNumber('500.000', 'en', { unit: 'count' })).code).toBe('not_integer');
    expect(refusal(parseNumber('12,0', 'vi', { unit: 'rank' })).code).toBe('not_integer');
    expect(readValue('500.000', 'vi', { unit: 'count' })).toBe(500_000);
    expect(readValue('500,000', 'en', { unit: 'count' })).toBe(500_000);
  });

  it('leaves decimals to other units', () => {
    const units: IndicatorUnit[] = ['billion_vnd', 'km', 'percent', 'points', 'index'];
    for (const unit of units) expect(readValue('1.463,5', 'vi', { unit })).toBe(1463.5);
  });
});

/** Integers and decimals with up to `digits` places, from zero to large counts. */
const atPrecision = (digits: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: digits }), fc.boolean(), fc.nat({ max: Number.MAX_SAFE_INTEGER }))
    .map(([places, isNegative, n]) => {
      // Keep 15 significant digits at most, so the decimal is exactly what a double holds.
      const scaled = places === 0 ? n : n % 10 ** (15 - places);
      const value = scaled / 10 ** places;
      return isNegative && value !== 0 ? -value : value;
    });

describe('parseNumber reads back what the product formats (property)', () => {
  it('formatNumber → parseNumber gives the same number, in both languages', () => {
    fc.assert(
      fc.property(atPrecision(2), fc.constantFrom<Locale>('vi', 'en'), (value, locale) => {
        const text = formatNumber(value, locale);
        expect(parseNumber(text, locale)).toEqual({
          ok: true,
          kind: 'number',
          value,
          qualifier: 'exact',
          hasPercent: false,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('formatPercent → parseNumber gives the same number with its percent sign', () => {
    fc.assert(
      fc.property(atPrecision(2), fc.constantFrom<Locale>('vi', 'en'), (value, locale) => {
        const text = formatPercent(value, locale, 2);
        expect(parseNumber(text, locale, { unit: 'percent' })).toMatchObject({ value, hasPercent: true });
      }),
    );
  });

  it('whole counts round-trip, however large', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom<Locale>('vi', 'en'),
        (n, locale) => {
          expect(readValue(formatNumber(n, locale), locale, { unit: 'count' })).toBe(n);
        },
      ),
    );
  });
});
