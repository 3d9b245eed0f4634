import { describe, expect, it } from 'vitest';
import { buildTrendRows, mergerBoundary } from './trend-rows.ts';

const point = (period: string, value: number | null) => ({
  period,
  value,
  isComplete: value !== null,
  isDemo: false,
  isDerived: false,
  basis: value === null ? 'none' : 'reported',
  missing: [],
});

describe('buildTrendRows', () => {
  it('pairs each point with its own and the national target, leaving gaps as null', () => {
    const rows = buildTrendRows(
      [point('2023', 98.15), point('2024', null), point('2025', 99)],
      [
        { period: '2023', value: 53.93, isDerived: true, isDemo: false, scope: 'unit' },
        { period: '2025', value: 80, isDerived: false, isDemo: false, scope: 'national' },
      ],
      'vi',
    );
    expect(rows.map((r) => [r.label, r.value, r.target, r.nationalTarget])).toEqual([
      ['2023', 98.15, 53.93, null],
      ['2024', null, null, null],
      ['2025', 99, null, 80],
    ]);
    expect(rows[0]?.isTargetDerived).toBe(true);
  });

  it('labels months the Vietnamese way', () => {
    expect(buildTrendRows([point('2025-07', 1)], [], 'vi')[0]?.label).toBe('T07/2025');
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
