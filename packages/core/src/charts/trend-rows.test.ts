import { describe, expect, it } from 'vitest';
import { buildTrendRows, hasValues, mergerBoundary } from './trend-rows.ts';

const point = (unitId: string, period: string, value: number | null) => ({
  unitId,
  period,
  value,
  isComplete: value !== null,
  isDemo: false,
  isDerived: false,
  basis: value === null ? 'none' : 'reported',
  missing: [],
});

describe('buildTrendRows', () => {
  it("pairs each period with the province's own plan and the national target, leaving gaps as null", () => {
    const rows = buildTrendRows(
      [point('v63-14', '2023', 98.15), point('v63-14', '2024', null), point('v63-14', '2025', 99)],
      [
        { unitId: 'v63-14', period: '2023', value: 53.93, isDerived: true, isDemo: false, scope: 'unit' },
        { unitId: 'v63-20', period: '2024', value: 70, isDerived: false, isDemo: false, scope: 'unit' },
        { unitId: null, period: '2025', value: 80, isDerived: false, isDemo: false, scope: 'national' },
      ],
      'v63-14',
      'vi',
    );
    expect(rows.map((r) => [r.label, r.cells['v63-14']?.value, r.target, r.nationalTarget])).toEqual([
      ['2023', 98.15, 53.93, null],
      ['2024', null, null, null],
      ['2025', 99, null, 80],
    ]);
    expect(rows[0]?.isTargetDerived).toBe(true);
  });

  it('keeps one row per period with a cell for each unit drawn', () => {
    const rows = buildTrendRows(
      [
        point('v34-44', '2024', null),
        point('v63-44', '2024', 97),
        point('v63-45', '2024', 95),
        point('v34-44', '2025', 98),
      ],
      [],
      'v34-44',
      'vi',
    );
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]?.cells ?? {})).toEqual(['v34-44', 'v63-44', 'v63-45']);
    expect(hasValues(rows, 'v63-45')).toBe(true);
    expect(hasValues(rows, 'v63-99')).toBe(false);
  });

  it('labels months the Vietnamese way', () => {
    expect(buildTrendRows([point('v34-14', '2025-07', 1)], [], 'v34-14', 'vi')[0]?.label).toBe('T07/2025');
  });
});

describe('mergerBoundary', () => {
  it('marks the first period of the 34-unit vintage', () => {
    expect(mergerBoundary(['2024', '2025', '2026'])).toBe('2025');
    expect(mergerBoundary(['2025-05', '2025-06', '2025-07'])).toBe('2025-07');
    expect(mergerBoundary(['2025-Q2', '2025-Q3'])).toBe('2025-Q3');
  });
  it('draws no marker when the series lies on one side', () => {
    expect(mergerBoundary(['2021', '2022'])).toBeNull();
    expect(mergerBoundary(['2025-Q3', '2025-Q4'])).toBeNull();
  });
});
