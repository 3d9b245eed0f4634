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
          { period: '2022', value: 1354.6296296296296, isDemo: false },
          { period: '2023', value: 1463, isDemo: true },
        ],
        pace: {
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
