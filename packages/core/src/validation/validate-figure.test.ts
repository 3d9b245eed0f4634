/** Tests of figure validation against indicator units, and of computing a value from its parts. */
import { describe, expect, it } from 'vitest';
import { type FigureInput, figureValue, type IndicatorUnit, validateFigure } from './validate-figure.ts';

const codes = (unit: IndicatorUnit, figure: FigureInput): string[] =>
  validateFigure(unit, figure).map((i) => i.code);

describe('validateFigure: valid figures', () => {
  it.each<[IndicatorUnit, FigureInput]>([
    ['percent', { value: 98.15, numerator: 212, denominator: 216 }],
    ['percent', { value: 98.1, numerator: 212, denominator: 216 }],
    ['percent', { value: 100, numerator: 9, denominator: 9 }],
    ['percent', { value: 0 }],
    ['percent', { value: null, numerator: 212, denominator: 216 }],
    ['count', { value: 0 }],
    ['count', { value: 12345 }],
    ['km', { value: 68.5 }],
    ['billion_vnd', { value: 1463 }],
    ['index', { value: 0.8002 }],
    ['index', { value: 1 }],
    ['rank', { value: 15, rankedOf: 63 }],
    ['rank', { value: 63, rankedOf: 63 }],
    ['rank', { value: 1 }],
    ['points', { value: 87.5 }],
    ['percent', { value: 50, numerator: null, denominator: null }],
  ])('accepts %s %j', (unit, figure) => {
    expect(validateFigure(unit, figure)).toEqual([]);
  });
});

describe('validateFigure: ranges and kinds of number', () => {
  it('keeps percentages within 0–100', () => {
    const [issue] = validateFigure('percent', { value: 101 });
    expect(issue).toEqual({
      field: 'value',
      code: 'percent_out_of_range',
      message: { vi: 'Tỷ lệ phải nằm trong khoảng 0–100%', en: 'A percentage must be between 0 and 100%' },
    });
    expect(codes('percent', { value: -0.1 })).toEqual(['percent_out_of_range']);
  });

  it('keeps indexes within 0–1 and points within 0–100', () => {
    expect(codes('index', { value: 1.2 })).toEqual(['index_out_of_range']);
    expect(codes('index', { value: 80.02 })).toEqual(['index_out_of_range']);
    expect(codes('points', { value: 100.5 })).toEqual(['points_out_of_range']);
    expect(codes('points', { value: -1 })).toEqual(['points_out_of_range']);
  });

  it('wants counts to be non-negative whole numbers', () => {
    expect(codes('count', { value: 2.5 })).toEqual(['not_integer']);
    expect(validateFigure('count', { value: 500.5 })[0]?.message).toEqual({
      vi: 'Số lượng phải là số nguyên; 500,5 có phần thập phân (dấu chấm (.) ngăn cách hàng nghìn, dấu phẩy (,) là dấu thập phân)',
      en: 'A count must be a whole number; 500.5 has a decimal part (a comma (,) groups thousands and a dot (.) is the decimal point)',
    });
    expect(codes('count', { value: -3 })).toEqual(['negative']);
  });

  it('wants distances and money to be non-negative', () => {
    expect(codes('km', { value: -1 })).toEqual(['negative']);
    expect(codes('billion_vnd', { value: -1463 })).toEqual(['negative']);
  });

  it('wants ranks to be whole numbers from 1 to the number ranked', () => {
    expect(codes('rank', { value: 70, rankedOf: 63 })).toEqual(['rank_out_of_range']);
    expect(validateFigure('rank', { value: 70, rankedOf: 63 })[0]?.message.en).toBe(
      'Rank 70 is beyond the 63 units ranked',
    );
    expect(codes('rank', { value: 0 })).toEqual(['rank_out_of_range']);
    expect(codes('rank', { value: -2, rankedOf: 63 })).toEqual(['rank_out_of_range']);
    expect(codes('rank', { value: 15.5 })).toEqual(['not_integer']);
    expect(codes('rank', { value: 5, rankedOf: 0 })).toEqual(['invalid_ranked_of']);
  });

  it('reports every non-finite number once, without further rules on it', () => {
    expect(codes('percent', { value: Number.NaN })).toEqual(['not_finite']);
    expect(codes('count', { value: Number.POSITIVE_INFINITY })).toEqual(['not_finite']);
    const issues = validateFigure('percent', { value: 50, numerator: Number.NaN, denominator: Number.NaN });
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['numerator', 'not_finite'],
      ['denominator', 'not_finite'],
    ]);
  });
});

describe('validateFigure: numerator and denominator', () => {
  it('wants the numerator no larger than the denominator', () => {
    const issues = validateFigure('percent', { value: null, numerator: 216, denominator: 212 });
    expect(issues.map((i) => [i.field, i.code])).toEqual([['numerator', 'numerator_exceeds_denominator']]);
    expect(issues[0]?.message.vi).toBe('Tử số (216) không được lớn hơn mẫu số (212)');
  });

  it('wants a positive denominator and non-negative parts', () => {
    expect(codes('percent', { value: null, numerator: 0, denominator: 0 })).toEqual(['denominator_zero']);
    expect(codes('percent', { value: null, numerator: -1, denominator: 10 })).toEqual(['negative']);
    expect(codes('percent', { value: null, numerator: -5, denominator: -2 })).toEqual([
      'negative',
      'negative',
    ]);
    expect(codes('count', { value: 1, numerator: 3, denominator: 0 })).toEqual([
      'denominator_zero',
      'numerator_exceeds_denominator',
    ]);
  });

  it('checks a percentage against its parts and states the right value', () => {
    const issues = validateFigure('percent', { value: 98.2, numerator: 212, denominator: 216 });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('value');
    expect(issues[0]?.code).toBe('value_mismatch');
    expect(issues[0]?.message.vi).toContain('98,15');
    expect(issues[0]?.message.vi).toBe('Giá trị 98,2% không khớp với 212/216: giá trị đúng là 98,15%');
    expect(issues[0]?.message.en).toBe('The value 98.2% does not match 212/216: it should be 98.15%');
    expect(codes('percent', { value: 98.19, numerator: 212, denominator: 216 })).toEqual([]);
    expect(codes('percent', { value: 98.09, numerator: 212, denominator: 216 })).toEqual(['value_mismatch']);
  });

  it('formats large parts in the message by locale', () => {
    const [issue] = validateFigure('percent', { value: 50, numerator: 12345, denominator: 20000 });
    expect(issue?.message.vi).toBe('Giá trị 50% không khớp với 12.345/20.000: giá trị đúng là 61,73%');
  });

  it('does not compare the value with parts that are already wrong', () => {
    expect(codes('percent', { value: 50, numerator: 0, denominator: 0 })).toEqual(['denominator_zero']);
    expect(codes('percent', { value: 50, numerator: -1, denominator: 5 })).toEqual(['negative']);
  });

  it('needs both parts or neither', () => {
    const noDen = validateFigure('percent', { value: 50, numerator: 212 });
    expect(noDen.map((i) => [i.field, i.code])).toEqual([['denominator', 'missing_denominator']]);
    const noNum = validateFigure('percent', { value: null, numerator: null, denominator: 216 });
    expect(noNum.map((i) => [i.field, i.code])).toEqual([['numerator', 'missing_numerator']]);
  });

  it('applies the part rules to other units too', () => {
    expect(codes('count', { value: 5, numerator: 9, denominator: 3 })).toEqual([
      'numerator_exceeds_denominator',
    ]);
  });
});

describe('validateFigure: missing value', () => {
  it('requires a value when there are no parts', () => {
    expect(validateFigure('count', { value: null })).toEqual([
      {
        field: 'value',
        code: 'value_required',
        message: { vi: 'Cần nhập giá trị', en: 'A value is required' },
      },
    ]);
    expect(codes('percent', { value: null, numerator: null, denominator: null })).toEqual(['value_required']);
  });

  it('accepts parts instead of a value only for percentages, which can be computed', () => {
    expect(codes('percent', { value: null, numerator: 9, denominator: 9 })).toEqual([]);
    expect(codes('index', { value: null, numerator: 1, denominator: 2 })).toEqual(['value_required']);
  });
});

describe('figureValue', () => {
  it('returns the entered value', () => {
    expect(figureValue({ value: 98.15, numerator: 212, denominator: 216 }, 'percent')).toBe(98.15);
    expect(figureValue({ value: 1463 }, 'billion_vnd')).toBe(1463);
    expect(figureValue({ value: 0 }, 'count')).toBe(0);
  });

  it('computes a missing percentage from its parts', () => {
    expect(figureValue({ value: null, numerator: 212, denominator: 216 }, 'percent')).toBeCloseTo(
      98.148148,
      5,
    );
    expect(figureValue({ value: null, numerator: 9, denominator: 9 }, 'percent')).toBe(100);
  });

  it('gives null when nothing can be computed', () => {
    expect(figureValue({ value: null }, 'percent')).toBeNull();
    expect(figureValue({ value: null, numerator: 1, denominator: 0 }, 'percent')).toBeNull();
    expect(figureValue({ value: null, numerator: 1 }, 'percent')).toBeNull();
    expect(figureValue({ value: null, numerator: 1, denominator: 2 }, 'index')).toBeNull();
  });
});

describe('figureValue with huge counts', () => {
  it('divides before scaling so the percentage stays finite', () => {
    expect(figureValue({ value: null, numerator: 1e308, denominator: 1e308 }, 'percent')).toBe(100);
  });
});
