import { describe, expect, it } from 'vitest';
import { smallChartRows } from './charted-items.ts';

const labels = {
  year: 'Năm',
  value: 'Giá trị',
  trajectory: 'Lộ trình',
  target: 'Mục tiêu',
  demo: 'minh họa',
};

describe('smallChartRows', () => {
  it("writes a printed chart's years as the page shows them: the value, trajectory and target rounded", () => {
    const rows = smallChartRows(
      {
        sparkline: [
          { period: '2022', value: 1354.6296296296296, isDemo: false, isComplete: true, basis: 'reported' },
          { period: '2023', value: 1463, isDemo: true, isComplete: true, basis: 'reported' },
        ],
        pace: {
          status: 'on_track',
          ratio: 1,
          observedChange: 108.37,
          requiredChange: 157.39,
          projected: 1679.74,
          baseYear: 2022,
          baseValue: 1354.6296296296296,
          currentYear: 2023,
          currentValue: 1463,
          isDemo: false,
          targetYear: 2025,
          targetValue: 1600 / 0.9,
          targetScope: 'unit',
          trajectory: [
            { year: 2023, value: 1463 },
            { year: 2025, value: 1777.7777777777778 },
          ],
        },
      },
      labels,
      'billion_vnd',
    );
    expect(rows).toEqual([
      ['Năm', 'Giá trị', 'Lộ trình', 'Mục tiêu', ''],
      [2022, 1354.63, null, null, ''],
      [2023, 1463, 1463, null, 'minh họa'],
      [2025, null, 1777.78, 1777.78, ''],
    ]);
  });
});
