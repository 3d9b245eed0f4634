import { describe, expect, it } from 'vitest';
import { byImprovement, type RangePoint, rangeChange } from './range-change.ts';

const p = (period: string, value: number | null, more: Partial<RangePoint> = {}): RangePoint => ({
  period,
  value,
  isComplete: true,
  basis: 'reported',
  isDemo: false,
  ...more,
});
const percent = { unit: 'percent', direction: 'higher' as const };

describe('rangeChange', () => {
  it('gives last minus first complete figure, skipping a year not over', () => {
    const change = rangeChange(
      [p('2019', null), p('2020', 60), p('2024', 75.5), p('2025', 80), p('2026', 90, { isComplete: false })],
      percent,
    );
    expect(change).toMatchObject({
      ok: true,
      from: '2020',
      to: '2025',
      delta: 20,
      gain: 20,
      isImprovement: true,
    });
  });

  it('reads a lower-is-better indicator and a rank in their good direction', () => {
    expect(rangeChange([p('2020', 10), p('2025', 6)], { unit: 'count', direction: 'lower' })).toMatchObject({
      delta: -4,
      gain: 4,
      isImprovement: true,
    });
    const rank = { unit: 'rank', direction: 'lower' as const };
    expect(
      rangeChange([p('2020', 40, { rankedOf: 63 }), p('2024', 31, { rankedOf: 63 })], rank),
    ).toMatchObject({ delta: 9, gain: 9, isImprovement: true });
  });

  it('says why when there is no change to give', () => {
    const rank = { unit: 'rank', direction: 'lower' as const };
    expect(
      rangeChange([p('2024', 12, { rankedOf: 63 }), p('2025', 5, { rankedOf: 34 })], rank),
    ).toMatchObject({
      ok: false,
      reason: 'different_rankings',
    });
    expect(rangeChange([p('2024', 12)], percent)).toMatchObject({ ok: false, reason: 'one_period' });
    expect(rangeChange([p('2024', null)], percent)).toMatchObject({ ok: false, reason: 'no_end' });
  });

  it('marks a change with a restated or demo end', () => {
    expect(rangeChange([p('2019', 50, { basis: 'restated' }), p('2025', 70)], percent)).toMatchObject({
      isRestated: true,
      isDemo: false,
    });
    expect(rangeChange([p('2019', 50), p('2025', 70, { isDemo: true })], percent)).toMatchObject({
      isDemo: true,
    });
  });

  it('sorts the most improved first, those without a change last', () => {
    const rows = [
      { id: 'a', points: [p('2020', 50), p('2025', 60)] },
      { id: 'b', points: [p('2025', 60)] },
      { id: 'c', points: [p('2020', 40), p('2025', 70)] },
      { id: 'd', points: [p('2020', 80), p('2025', 75)] },
    ];
    const change = (r: (typeof rows)[number]) => rangeChange(r.points, percent);
    expect(byImprovement(rows, change).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(byImprovement(rows, change, false).map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});
