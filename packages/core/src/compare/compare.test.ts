import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FIGURE, type Resolved } from '../rollup/figure.ts';
import { suggestComparators } from './comparators.ts';
import { commonBase, indexToBase } from './index-to-base.ts';
import { nationalValue } from './national-value.ts';

describe('index to a base period', () => {
  it('puts the base at 100 and the others in proportion, gaps kept', () => {
    const { points, problem } = indexToBase(
      [
        { period: '2019', value: 80 },
        { period: '2020', value: null },
        { period: '2021', value: 120 },
      ],
      '2019',
    );
    expect(problem).toBeNull();
    expect(points.map((p) => p.index)).toEqual([100, null, 150]);
  });

  it('gives no index without a base value, or with a zero base', () => {
    expect(
      indexToBase(
        [
          { period: '2019', value: null },
          { period: '2020', value: 5 },
        ],
        '2019',
      ).problem,
    ).toBe('no_base_value');
    const zero = indexToBase(
      [
        { period: '2019', value: 0 },
        { period: '2020', value: 5 },
      ],
      '2019',
    );
    expect(zero.problem).toBe('zero_base');
    expect(zero.points.every((p) => p.index === null)).toBe(true);
  });

  it('property: indexing is scale-free (a series in thousands indexes as in units)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (values, scale) => {
          const series = values.map((value, i) => ({ period: String(2010 + i), value }));
          const scaled = series.map((p) => ({ ...p, value: p.value * scale }));
          const a = indexToBase(series, '2010').points.map((p) => p.index as number);
          const b = indexToBase(scaled, '2010').points.map((p) => p.index as number);
          for (const [i, x] of a.entries()) expect(b[i]).toBeCloseTo(x, 6);
        },
      ),
    );
  });

  it('finds the first period where every series has a value', () => {
    const a = [
      { period: '2019', value: 1 },
      { period: '2020', value: 2 },
    ];
    const b = [
      { period: '2019', value: null },
      { period: '2020', value: 3 },
    ];
    expect(commonBase([a, b])).toBe('2020');
    expect(commonBase([a, [{ period: '2019', value: null }]])).toBeNull();
  });
});

describe('suggested comparators', () => {
  const units = [
    { id: 'v34-14', regionCode: 'NW', predecessorIds: ['v63-14'], successorId: null },
    { id: 'v34-11', regionCode: 'NW', predecessorIds: ['v63-11'], successorId: null },
    { id: 'v34-12', regionCode: 'NW', predecessorIds: ['v63-12'], successorId: null },
    { id: 'v34-44', regionCode: 'NC', predecessorIds: ['v63-44', 'v63-45'], successorId: null },
    { id: 'v63-44', regionCode: 'NC', predecessorIds: [], successorId: 'v34-44' },
    { id: 'v63-45', regionCode: 'NC', predecessorIds: [], successorId: 'v34-44' },
  ];

  it('offers the region, the neighbours in rank and the merged partners, never the province itself', () => {
    const ranks = [
      { unitId: 'v34-14', rank: 10 },
      { unitId: 'v34-11', rank: 30 },
      { unitId: 'v34-12', rank: 11 },
      { unitId: 'v34-44', rank: 8 },
    ];
    expect(suggestComparators('v34-14', units, ranks)).toEqual({
      sameRegion: ['v34-11', 'v34-12'],
      similarRank: ['v34-12', 'v34-44'],
      mergedPartners: ['v63-14'],
    });
    expect(suggestComparators('v63-44', units, []).mergedPartners).toEqual(['v63-45']);
    expect(suggestComparators('v34-44', units, []).mergedPartners).toEqual(['v63-44', 'v63-45']);
  });
});

describe('the national value', () => {
  const fig = (
    value: number | null,
    numerator: number | null = null,
    denominator: number | null = null,
  ): Resolved => ({
    ...NO_FIGURE,
    value,
    numerator,
    denominator,
    isComplete: value !== null || numerator !== null,
  });

  it('recomputes a ratio from the provinces’ parts, never a mean of percentages', () => {
    const v = nationalValue({ acrossUnits: 'ratio', unit: 'percent' }, '2024', [
      { unitId: 'a', resolved: fig(50, 1, 2) },
      { unitId: 'b', resolved: fig(100, 98, 98) },
    ]);
    expect(v.value).toBeCloseTo((99 / 100) * 100, 6);
    expect(v).toMatchObject({ reporting: 2, of: 2, isPartial: false });
  });

  it('gives no national sum while a province is missing, and says how many reported', () => {
    const v = nationalValue({ acrossUnits: 'sum', unit: 'billion_vnd' }, '2024', [
      { unitId: 'a', resolved: fig(10) },
      { unitId: 'b', resolved: fig(null) },
    ]);
    expect(v).toMatchObject({ value: null, reporting: 1, of: 2, isPartial: true });
  });

  it('gives a ratio of the provinces that reported, marked partial', () => {
    const v = nationalValue({ acrossUnits: 'ratio', unit: 'percent' }, '2024', [
      { unitId: 'a', resolved: fig(50, 1, 2) },
      { unitId: 'b', resolved: fig(null) },
    ]);
    expect(v).toMatchObject({ value: 50, reporting: 1, of: 2, isPartial: true });
  });

  it('never combines ranks', () => {
    expect(
      nationalValue({ acrossUnits: 'none', unit: 'rank' }, '2024', [{ unitId: 'a', resolved: fig(3) }]).value,
    ).toBeNull();
  });
});
