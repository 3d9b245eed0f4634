import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorUnit } from '../validation/validate-figure.ts';
import { JUMP_RATIO, plausibilityFlags } from './plausibility.ts';

const AMOUNTS: IndicatorUnit[] = ['count', 'km', 'billion_vnd'];
const codes = (input: Parameters<typeof plausibilityFlags>[0]) => plausibilityFlags(input).map((f) => f.code);

describe('plausibility of a figure', () => {
  it('flags a count typed with the thousands separator lost: 500 after 480,000', () => {
    const flags = plausibilityFlags({ unit: 'count', value: 500, history: [470_000, 475_000, 480_000] });
    expect(flags.map((f) => f.code)).toEqual(['jump_from_previous']);
    expect(flags[0]?.message.vi).toContain('480.000');
    expect(flags[0]?.message.en).toContain('480,000');
  });

  it('flags a percentage 40 points from the previous period, not one 10 points away', () => {
    expect(codes({ unit: 'percent', value: 50, history: [90] })).toEqual(['jump_from_previous']);
    expect(codes({ unit: 'percent', value: 80, history: [90] })).toEqual([]);
  });

  it('flags a DTI of 0,8 typed as 0,08 on its 0–1 scale, not a year’s ordinary move', () => {
    const flags = plausibilityFlags({ unit: 'index', value: 0.08, history: [0.71, 0.75, 0.8] });
    expect(flags.map((f) => f.code)).toEqual(['jump_from_previous']);
    expect(flags[0]?.message.vi).toBe('Chênh hơn 0,25 so với kỳ trước (0,8)');
    expect(codes({ unit: 'index', value: 0.72, history: [0.71, 0.75, 0.8] })).toEqual([]);
  });

  it('flags a figure far from a steady history, zeros included', () => {
    // Four years of 0, then 48,000: nothing to divide by, but far from anything reported before.
    expect(codes({ unit: 'count', value: 48_000, history: [0, 0, 0, 0] })).toEqual(['outside_own_history']);
    expect(codes({ unit: 'index', value: 0.3, history: [0.62, 0.62, 0.62, 0.62] })).toContain(
      'outside_own_history',
    );
    // A small step from a steady history is no slip.
    expect(codes({ unit: 'count', value: 3, history: [0, 0, 0, 0] })).toEqual([]);
    expect(codes({ unit: 'percent', value: 100, history: [98, 98, 98, 98] })).toEqual([]);
    expect(codes({ unit: 'billion_vnd', value: 1_250, history: [1_200, 1_200, 1_200, 1_200] })).toEqual([]);
  });

  it('flags a rank that moved more than 20 places', () => {
    expect(codes({ unit: 'rank', value: 55, history: [12] })).toEqual(['jump_from_previous']);
    expect(codes({ unit: 'rank', value: 3, history: [12] })).toEqual([]);
  });

  it('flags a figure far outside the province’s own steady history', () => {
    expect(
      codes({ unit: 'billion_vnd', value: 2_900, history: [1_400, 1_420, 1_450, 1_463, 1_300] }),
    ).toEqual(['outside_own_history']);
  });

  it('flags a figure beyond the other provinces’ range by more than its width', () => {
    expect(codes({ unit: 'km', value: 9_000, history: [], peers: { min: 100, max: 2_000 } })).toEqual([
      'outside_peers',
    ]);
    expect(codes({ unit: 'km', value: 3_500, history: [], peers: { min: 100, max: 2_000 } })).toEqual([]);
  });

  it('says when the figures compared with are demo ones', () => {
    const [flag] = plausibilityFlags({ unit: 'percent', value: 10, history: [90], isAgainstDemo: true });
    expect(flag?.message.vi).toMatch(/so với số liệu minh họa\)$/);
    expect(flag?.message.en).toMatch(/against demo figures\)$/);
  });

  it('says nothing without a history or peers (the first figure ever)', () => {
    expect(plausibilityFlags({ unit: 'count', value: 123_456, history: [] })).toEqual([]);
  });

  it('property: the previous figure itself is never flagged as a jump', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<IndicatorUnit>('percent', 'count', 'km', 'billion_vnd', 'index', 'rank', 'points'),
        fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (unit, history) => {
          const value = history.at(-1) as number;
          expect(codes({ unit, value, history })).not.toContain('jump_from_previous');
        },
      ),
    );
  });

  it('property: a value within the range of the history is never outside the own history', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (history, t) => {
          const lo = Math.min(...history);
          const hi = Math.max(...history);
          const value = lo + t * (hi - lo);
          // Between the lowest and the highest figure can still be far from a tight median, unless
          // the history's own extremes are not flagged either: compare with them.
          const extremesFlagged =
            codes({ unit: 'count', value: lo, history }).includes('outside_own_history') ||
            codes({ unit: 'count', value: hi, history }).includes('outside_own_history');
          if (!extremesFlagged)
            expect(codes({ unit: 'count', value, history })).not.toContain('outside_own_history');
        },
      ),
    );
  });

  it('property: an amount multiplied or divided by more than the ratio is always a jump', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AMOUNTS),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: JUMP_RATIO * 1.01, max: 1000, noNaN: true }),
        fc.boolean(),
        (unit, previous, factor, up) => {
          const value = up ? previous * factor : previous / factor;
          expect(codes({ unit, value, history: [previous] })).toContain('jump_from_previous');
        },
      ),
    );
  });

  it('property: flags never depend on anything but the figures (same input, same flags)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 8 }),
        (value, history) => {
          expect(plausibilityFlags({ unit: 'count', value, history })).toEqual(
            plausibilityFlags({ unit: 'count', value, history: [...history] }),
          );
        },
      ),
    );
  });
});
