import type { TrendPoint } from '@cds/core';
import { describe, expect, it } from 'vitest';
import type { ChartRow } from './chart-axis.ts';
import { trendSheetRows } from './trend-sheet.ts';

const labels = {
  period: 'Kỳ',
  target: 'Kế hoạch',
  nationalTarget: 'Mục tiêu quốc gia',
  trajectory: 'Lộ trình',
  flags: 'Ghi chú',
  demo: 'minh họa',
  restated: 'quy đổi',
  incomplete: 'chưa đủ kỳ',
};

const point = (value: number | null, isDemo = false) =>
  ({ unitId: 'v34-14', value, isDemo, basis: 'reported', isComplete: true }) as unknown as TrendPoint;

const row = (period: string, cell: TrendPoint, extra: Partial<ChartRow> = {}): ChartRow => ({
  period,
  label: period,
  cells: { 'v34-14': cell },
  target: null,
  isTargetDerived: false,
  nationalTarget: null,
  trajectory: null,
  ...extra,
});

describe('trendSheetRows', () => {
  it('writes a row per period with its plan, national target, trajectory and flags', () => {
    const rows = trendSheetRows(
      [
        row('2019', point(85.71, true), { target: 80, trajectory: 85.71 }),
        row('2030', point(null), { nationalTarget: 95 }),
      ],
      ['v34-14'],
      { 'v34-14': 'Sơn La' },
      labels,
      'percent',
    );
    expect(rows).toEqual([
      ['Kỳ', 'Sơn La', 'Kế hoạch', 'Mục tiêu quốc gia', 'Lộ trình', 'Ghi chú'],
      ['2019', 85.71, 80, null, 85.71, 'minh họa'],
      ['2030', null, null, 95, null, ''],
    ]);
  });

  it('writes figures and plans as the chart shows them, not with binary noise', () => {
    const rows = trendSheetRows(
      [
        // A restated sum of two predecessors' counts, and the plan derived from "vượt 8% so với kế hoạch".
        row('2023', point(1.1 + 2.2), { target: 1463 / 1.08, trajectory: 2 / 3 }),
      ],
      ['v34-14'],
      { 'v34-14': 'Sơn La' },
      labels,
      'count',
    );
    expect(rows[1]).toEqual(['2023', 3.3, 1354.63, null, 0.67, '']);
  });
});
