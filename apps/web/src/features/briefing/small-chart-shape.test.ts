import { describe, expect, it } from 'vitest';
import { smallChartShape } from './small-chart-shape.ts';

const spark = (values: (number | null)[], from = 2019) =>
  values.map((value, i) => ({ period: String(from + i), value, isDemo: false }));

describe('smallChartShape', () => {
  it('reaches the target year and draws the target on the same scale', () => {
    const shape = smallChartShape(
      {
        sparkline: spark([12, 14, 18]),
        pace: {
          targetYear: 2030,
          targetValue: 30,
          targetScope: 'national',
          trajectory: [
            { year: 2019, value: 12 },
            { year: 2030, value: 30 },
          ],
        },
      },
      230,
      112,
    );
    expect(shape?.ticks.map((t) => t.year)).toEqual([2019, 2021, 2030]);
    expect(shape?.max).toBe(30);
    expect(shape?.target?.y).toBe(shape?.yTop);
    expect(shape?.trajectory).toMatch(/^M50,97L222,15$/);
  });

  it('names the latest year only where it leaves room for the others', () => {
    const shape = smallChartShape(
      {
        sparkline: spark([1, 2, 3, 4, 5, 6, 7]),
        pace: { targetYear: 2026, targetValue: 9, targetScope: 'unit', trajectory: [] },
      },
      230,
      112,
    );
    expect(shape?.ticks.map((t) => t.year)).toEqual([2019, 2026]);
  });

  it('draws nothing from a single value', () => {
    expect(smallChartShape({ sparkline: spark([null, 5]), pace: null }, 230, 112)).toBeNull();
  });
});
