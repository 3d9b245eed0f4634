import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalValue } from '../compare/national-value.ts';
import type { PlanScope } from '../plans/choose-plan.ts';
import type { ProgressStatus } from '../progress/progress.ts';
import { NO_FIGURE, type Resolved } from '../rollup/figure.ts';
import { classBreaks } from './class-breaks.ts';
import { distributionBins } from './distribution.ts';
import { dotPlotScale, isNationalOnProvinceScale } from './dot-plot-scale.ts';
import { planReached } from './plan-reached.ts';

describe('classBreaks', () => {
  it('splits a 90–100% spread into five classes of two, best last', () => {
    const c = classBreaks([91, 92, 93, 95, 96, 97, 98, 99, 99.5, 100], 'higher', 5);
    expect(c.breaks).toEqual([93, 96, 98, 99.5]);
    expect(c.classes.map((k) => k.count)).toEqual([2, 2, 2, 2, 2]);
    expect(c.classOf(91)).toBe(0);
    expect(c.classOf(100)).toBe(4);
    expect(c.classOf(null)).toBeNull();
  });

  it('puts rank 1 in the best class when lower is better', () => {
    const c = classBreaks([1, 2, 3, 4, 5, 6], 'lower', 3);
    expect(c.classOf(1)).toBe(2);
    expect(c.classOf(6)).toBe(0);
    expect(c.classes[2]).toMatchObject({ min: 1, max: 2, count: 2 });
  });

  it('merges breaks that ties repeat, never leaving a class empty', () => {
    const c = classBreaks([100, 100, 100, 100, 100, 100, 100, 98], 'higher', 5);
    expect(c.breaks).toEqual([100]);
    expect(c.classes.map((k) => k.count)).toEqual([1, 7]);
    expect(classBreaks([null, null], 'higher').classes).toEqual([]);
    expect(classBreaks([7, 7, 7], 'higher').classes).toEqual([{ index: 0, min: 7, max: 7, count: 3 }]);
  });

  it('property: every value has a class, classes are non-empty and ordered by direction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 70 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.integer({ min: 2, max: 7 }),
        (values, direction, k) => {
          const c = classBreaks(values, direction, k);
          expect(c.classes.every((x) => x.count > 0)).toBe(true);
          expect(c.classes.reduce((s, x) => s + x.count, 0)).toBe(values.length);
          for (const a of values)
            for (const b of values) {
              const better = direction === 'higher' ? a > b : a < b;
              if (better) expect(c.classOf(a) as number).toBeGreaterThanOrEqual(c.classOf(b) as number);
            }
        },
      ),
    );
  });
});

describe('dotPlotScale', () => {
  it('starts a 90–100% spread where the data live and says so', () => {
    expect(dotPlotScale([91.2, 99.8], { unit: 'percent', direction: 'higher', plan: 95 })).toEqual({
      domain: [85, 100],
      floor: 85,
      ticks: [85, 90, 95, 100],
      isReversed: false,
    });
  });

  it('keeps the plan and the national value inside the axis', () => {
    const s = dotPlotScale([96, 99], { unit: 'percent', direction: 'higher', plan: 80, national: 97 });
    expect(s.domain[0]).toBeLessThanOrEqual(80);
  });

  it('starts at 0 when the values spread widely', () => {
    expect(dotPlotScale([12, 480], { unit: 'count', direction: 'higher' }).floor).toBeNull();
  });

  it('draws the national value among the provinces only for a ratio or a mean', () => {
    expect(isNationalOnProvinceScale('ratio')).toBe(true);
    expect(isNationalOnProvinceScale('mean')).toBe(true);
    expect(isNationalOnProvinceScale('sum')).toBe(false);
    expect(isNationalOnProvinceScale('none')).toBe(false);
  });

  it('runs a rank from 1 to the number ranked, reversed so rank 1 is on the right', () => {
    expect(dotPlotScale([1, 15, 40], { unit: 'rank', direction: 'lower', rankedOf: 63 })).toEqual({
      domain: [1, 63],
      floor: null,
      ticks: [1, 10, 20, 30, 40, 50, 63],
      isReversed: true,
    });
  });
});

describe('planReached', () => {
  const row = (value: number | null, status: ProgressStatus, chosenAs: PlanScope | null) => ({
    value,
    progress: { status },
    plan: chosenAs ? { chosenAs } : null,
  });
  it('counts the verdicts the provinces’ cards give, and how many were against the national target', () => {
    const counts = planReached([
      row(96, 'achieved', 'national'),
      row(90, 'achieved', 'unit'),
      row(87, 'behind', 'unit'),
      row(94, 'close', 'national'),
      row(50, 'not_over', 'national'),
      row(12, 'incomplete', 'unit'),
      row(70, 'no_target', null),
      row(null, 'no_data', null),
    ]);
    expect(counts).toEqual({
      achieved: 2,
      close: 1,
      behind: 1,
      notOver: 2,
      noPlan: 1,
      noData: 1,
      judged: 4,
      againstNational: 2,
      total: 8,
      isWithheld: false,
    });
  });
});

describe('a national figure resting on too few provinces (rank-shown rule 3)', () => {
  const sonLa: Resolved = {
    ...NO_FIGURE,
    value: 98.15,
    numerator: 212,
    denominator: 216,
    basis: 'reported',
    isComplete: true,
  };
  const field = (n: number) =>
    Array.from({ length: 63 }, (_, i) => ({ unitId: `v63-${i}`, resolved: i < n ? sonLa : NO_FIGURE }));
  const villages = { acrossUnits: 'ratio', unit: 'percent' } as const;

  it('gives no "CẢ NƯỚC 98,15%" from Sơn La alone of 63', () => {
    const national = nationalValue(villages, '2023', field(1));
    expect(national).toMatchObject({ value: null, reporting: 1, of: 63, isWithheld: true });
  });

  it('gives the national value from at least half of the provinces, partial', () => {
    const national = nationalValue(villages, '2023', field(32));
    expect(national).toMatchObject({ reporting: 32, isPartial: true, isWithheld: false });
    expect(national.value).toBeCloseTo(98.148, 3);
  });

  it('says no "ĐẠT KẾ HOẠCH 1/1" when one province of 63 has a figure', () => {
    const rows = Array.from({ length: 63 }, (_, i) => ({
      value: i === 0 ? 98.15 : null,
      progress: { status: i === 0 ? ('achieved' as const) : ('no_data' as const) },
      plan: i === 0 ? { chosenAs: 'unit' as const } : null,
    }));
    expect(planReached(rows)).toMatchObject({ judged: 0, achieved: 0, isWithheld: true });
  });
});

describe('distributionBins', () => {
  it('bins on the axis ticks, counting the top value in the last bin', () => {
    expect(distributionBins([91, 94, 99, 100, null], [85, 90, 95, 100], 1)).toEqual([
      { from: 85, to: 90, count: 0 },
      { from: 90, to: 95, count: 2 },
      { from: 95, to: 100, count: 2 },
    ]);
  });

  it('splits coarse ticks so a 95–100% spread is not one bar, counting every value once', () => {
    const values = [95.61, 96, 97.3, 98.5, 99.1, 99.9, 100];
    const bins = distributionBins(values, [90, 95, 100]);
    expect(bins).toHaveLength(8);
    expect(bins.map((b) => b.from)).toEqual([90, 91.25, 92.5, 93.75, 95, 96.25, 97.5, 98.75]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
    expect(bins.at(-1)).toEqual({ from: 98.75, to: 100, count: 3 });
  });
});
