/** Tests of progress against plan, plan claims, period-on-period change and rank change. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSE_BAND,
  change,
  deriveTargetFromPlanClaim,
  parsePlanClaim,
  progress,
  rankChange,
} from './progress.ts';

describe('progress', () => {
  it('uses value / target when higher is better', () => {
    const p = progress(110, 100, 'higher');
    expect(p.status).toBe('achieved');
    expect(p.ratio).toBeCloseTo(1.1, 12);
    expect(p.vsPlan).toBeCloseTo(0.1, 12);
  });

  it('uses target / value when lower is better', () => {
    const better = progress(8, 10, 'lower');
    expect(better.status).toBe('achieved');
    expect(better.ratio).toBeCloseTo(1.25, 12);
    const worse = progress(12, 10, 'lower');
    expect(worse.status).toBe('behind');
    expect(worse.ratio).toBeCloseTo(10 / 12, 12);
    expect(worse.vsPlan).toBeCloseTo(10 / 12 - 1, 12);
  });

  it('places the band edges as documented', () => {
    expect(progress(100, 100, 'higher')).toMatchObject({ status: 'achieved', ratio: 1, vsPlan: 0 });
    expect(progress(99.99, 100, 'higher').status).toBe('close');
    expect(progress(90, 100, 'higher').status).toBe('close');
    expect(progress(CLOSE_BAND * 100, 100, 'higher').status).toBe('close');
    expect(progress(89.99, 100, 'higher').status).toBe('behind');
    expect(progress(0, 100, 'higher')).toMatchObject({ status: 'behind', ratio: 0, vsPlan: -1 });
    expect(progress(100, 90, 'lower').status).toBe('close');
    expect(progress(100, 89, 'lower').status).toBe('behind');
  });

  it('reports no_data before no_target', () => {
    expect(progress(null, 100, 'higher')).toMatchObject({ status: 'no_data', ratio: null, vsPlan: null });
    expect(progress(null, null, 'lower')).toMatchObject({ status: 'no_data', ratio: null, vsPlan: null });
    expect(progress(Number.NaN, 100, 'higher').status).toBe('no_data');
  });

  it('reports no_target when the target is missing or the ratio is undefined', () => {
    expect(progress(50, null, 'higher')).toMatchObject({ status: 'no_target', ratio: null, vsPlan: null });
    expect(progress(50, 0, 'higher')).toMatchObject({ status: 'no_target', ratio: null, vsPlan: null });
    expect(progress(0, 5, 'lower')).toMatchObject({ status: 'no_target', ratio: null, vsPlan: null });
    // Target 0 is a real target when lower is better: 4 incidents against a plan of 0.
    expect(progress(4, 0, 'lower')).toMatchObject({ status: 'behind', ratio: 0, vsPlan: -1 });
  });
});

describe('deriveTargetFromPlanClaim', () => {
  it('recovers Sơn La 2023 telecom revenue plan (1 463 billion VND, 8% above plan)', () => {
    const target = deriveTargetFromPlanClaim(1463, 0.08, 'higher');
    expect(target).toBeCloseTo(1354.63, 2);
    expect(progress(1463, target, 'higher').vsPlan).toBeCloseTo(0.08, 12);
    expect(progress(1463, target, 'higher').status).toBe('achieved');
  });

  it('recovers the plan behind 212/216 villages covered (98.148%, 82% above plan)', () => {
    const value = (100 * 212) / 216;
    expect(value).toBeCloseTo(98.148, 3);
    const target = deriveTargetFromPlanClaim(value, 0.82, 'higher');
    expect(target).toBeCloseTo(53.93, 2);
    expect(progress(value, target, 'higher').vsPlan).toBeCloseTo(0.82, 12);
  });

  it('multiplies when lower is better', () => {
    expect(deriveTargetFromPlanClaim(100, 0.25, 'lower')).toBeCloseTo(125, 12);
    expect(progress(100, 125, 'lower').vsPlan).toBeCloseTo(0.25, 12);
  });

  it('inverts progress for any claim', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: -0.9, max: 10, noNaN: true }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (value, aboveBy, direction) => {
          const target = deriveTargetFromPlanClaim(value, aboveBy, direction);
          const vsPlan = progress(value, target, direction).vsPlan;
          expect(vsPlan).not.toBeNull();
          expect(Math.abs((vsPlan ?? Number.NaN) - aboveBy)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('refuses impossible claims', () => {
    expect(() => deriveTargetFromPlanClaim(100, -1, 'higher')).toThrow(RangeError);
    expect(() => deriveTargetFromPlanClaim(Number.NaN, 0.1, 'higher')).toThrow(RangeError);
  });
});

describe('parsePlanClaim', () => {
  it.each([
    ['exceeds plan by 8%', 0.08],
    ['exceeds plan by 82%', 0.82],
    ['Exceeds plan by 12.5%', 0.125],
    ['8% above plan', 0.08],
    ['vượt 8% so với kế hoạch', 0.08],
    ['vượt 82% so với kế hoạch đề ra', 0.82],
    ['Vượt 8% so với kế hoạch', 0.08],
    ['vượt 2,5% so với kế hoạch', 0.025],
    ['vượt kế hoạch 15%', 0.15],
    ['  exceeds  plan by 8 %  ', 0.08],
  ])('reads %j as %d', (text, expected) => {
    expect(parsePlanClaim(text)).toBeCloseTo(expected, 12);
  });

  it('reads decomposed (NFD) Vietnamese text', () => {
    expect(parsePlanClaim('vượt 8% so với kế hoạch'.normalize('NFD'))).toBeCloseTo(0.08, 12);
  });

  it.each(['target', '', 'exceeds plan', 'đạt 98% kế hoạch', 'vượt so với kế hoạch', 'exceeds plan by -8%'])(
    'rejects %j',
    (text) => {
      expect(parsePlanClaim(text)).toBeNull();
    },
  );
});

describe('change', () => {
  it('computes delta and relative change', () => {
    expect(change(110, 100, 'higher')).toEqual({ delta: 10, relative: 0.1, isImprovement: true });
    expect(change(90, 100, 'higher')).toEqual({ delta: -10, relative: -0.1, isImprovement: false });
  });

  it('judges improvement in the indicator direction', () => {
    expect(change(90, 100, 'lower').isImprovement).toBe(true);
    expect(change(110, 100, 'lower').isImprovement).toBe(false);
  });

  it('divides by the magnitude of a negative base', () => {
    expect(change(-5, -10, 'higher')).toEqual({ delta: 5, relative: 0.5, isImprovement: true });
  });

  it('has no relative change from zero and no verdict for no change', () => {
    expect(change(5, 0, 'higher')).toEqual({ delta: 5, relative: null, isImprovement: true });
    expect(change(7, 7, 'lower')).toEqual({ delta: 0, relative: 0, isImprovement: null });
  });

  it('is unknown when either value is missing', () => {
    const unknown = { delta: null, relative: null, isImprovement: null };
    expect(change(null, 100, 'higher')).toEqual(unknown);
    expect(change(100, null, 'lower')).toEqual(unknown);
  });
});

describe('rankChange', () => {
  it('counts a smaller rank number as moving up', () => {
    expect(rankChange(32, 41)).toEqual({ places: 9, label: { vi: 'tăng 9 bậc', en: 'up 9 places' } });
  });

  it('counts a larger rank number as moving down', () => {
    expect(rankChange(41, 32)).toEqual({ places: -9, label: { vi: 'giảm 9 bậc', en: 'down 9 places' } });
  });

  it('uses the singular for one place', () => {
    expect(rankChange(14, 15)?.label?.en).toBe('up 1 place');
    expect(rankChange(16, 15)?.label).toEqual({ vi: 'giảm 1 bậc', en: 'down 1 place' });
  });

  it('reports an unchanged rank', () => {
    expect(rankChange(15, 15)).toEqual({ places: 0, label: { vi: 'giữ nguyên', en: 'unchanged' } });
  });

  it('is unknown when either rank is missing', () => {
    expect(rankChange(null, 3)).toEqual({ places: null, label: null });
    expect(rankChange(3, null)).toEqual({ places: null, label: null });
  });
});

describe('progress: the plan’s comparator', () => {
  it('honours "≤": a figure at or under the plan achieves it, whatever the indicator’s direction', () => {
    expect(progress(4, 5, 'higher', { comparator: '<=' }).status).toBe('achieved');
    expect(progress(6, 5, 'higher', { comparator: '<=' }).status).toBe('behind');
  });
  it('honours strict comparators: meeting "> 5" needs more than 5', () => {
    expect(progress(5, 5, 'higher', { comparator: '>' }).status).toBe('close');
    expect(progress(5, 5, 'higher', { comparator: '>=' }).status).toBe('achieved');
    expect(progress(5, 5, 'lower', { comparator: '<' }).status).toBe('close');
  });
  it('honours "=": 100% of communes, no more and no less', () => {
    expect(progress(100, 100, 'higher', { comparator: '=' }).status).toBe('achieved');
    expect(progress(95, 100, 'higher', { comparator: '=' }).status).toBe('close');
  });
});

describe('progress: the gap in the indicator’s unit', () => {
  it('says a percentage’s gap in points: 86,4% against 95,2% is 8,8 points short', () => {
    const p = progress(86.4, 95.2, 'higher');
    expect(p.gap).toBeCloseTo(-8.8, 10);
    expect(p.status).toBe('close');
  });
});

describe('progress: periods that are not over', () => {
  const tenMonths = (overTime: 'sum' | 'last' | 'ratio') => ({ coverage: { months: 10, of: 12, overTime } });
  it('gives a stock no verdict before the year is over, but still the gap', () => {
    const p = progress(90, 95, 'higher', tenMonths('last'));
    expect(p).toMatchObject({ status: 'not_over', basis: 'full' });
    expect(p.gap).toBe(-5);
  });
  it('compares a flow pro rata: 1.000 after 10 months against a plan of 1.200 is on track', () => {
    const p = progress(1000, 1200, 'higher', tenMonths('sum'));
    expect(p).toMatchObject({ status: 'achieved', basis: 'pro_rata', comparedTarget: 1000 });
  });
  it('judges a complete year against the whole plan', () => {
    expect(
      progress(1000, 1200, 'higher', { coverage: { months: 12, of: 12, overTime: 'sum' } }),
    ).toMatchObject({ status: 'behind', basis: 'full' });
  });
});

describe('progress: bounds and approximations (qualifier rule 3)', () => {
  it('is certain when "over 90%" meets a plan of 85%', () => {
    expect(progress(90, 85, 'higher', { qualifier: 'above' })).toMatchObject({
      status: 'achieved',
      isCertain: true,
    });
  });
  it('is uncertain when "over 90%" is under a plan of 95%: the true figure may meet it', () => {
    expect(progress(90, 95, 'higher', { qualifier: 'above' })).toMatchObject({
      status: 'close',
      isCertain: false,
    });
  });
  it('is certain when "under 50%" is behind a plan of 95%', () => {
    expect(progress(50, 95, 'higher', { qualifier: 'below' })).toMatchObject({
      status: 'behind',
      isCertain: true,
    });
  });
  it('is never certain for "about"', () => {
    expect(progress(100, 95, 'higher', { qualifier: 'about' }).isCertain).toBe(false);
  });
  it('reads a bound in the indicator’s direction: "under 3 days" meets "≤ 5 days" for certain', () => {
    expect(progress(3, 5, 'lower', { qualifier: 'below' })).toMatchObject({
      status: 'achieved',
      isCertain: true,
    });
  });
});

describe('rankChange across the merger', () => {
  it('computes no move between a rank of 63 and a rank of 34, and says why', () => {
    const move = rankChange(3, 5, false);
    expect(move.places).toBeNull();
    expect(move.notComparable?.vi).toContain('63');
  });
});
