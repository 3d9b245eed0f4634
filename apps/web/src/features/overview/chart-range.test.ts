import { periodOf, type TrendRow } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { chartRange, fromFirstFigure } from './chart-range.ts';

const years = { first: 2019, last: 2026 };

describe('chartRange', () => {
  it('shows every year with data for a yearly period', () => {
    expect(chartRange(periodOf('2023'), years)).toEqual({ from: '2019', to: '2026' });
  });
  it('reaches a later year’s plan, so the plan line draws the trajectory to it', () => {
    expect(chartRange(periodOf('2023'), years, 2030)).toEqual({ from: '2019', to: '2030' });
    expect(chartRange(periodOf('2023'), years, 2024)).toEqual({ from: '2019', to: '2026' });
    expect(chartRange(periodOf('2025-Q3'), years, 2030).to).toBe('2025-Q4');
  });
  it('shows five years of quarters up to the chosen year', () => {
    expect(chartRange(periodOf('2025-Q3'), years)).toEqual({ from: '2021-Q1', to: '2025-Q4' });
    expect(chartRange(periodOf('2020-Q1'), years)).toEqual({ from: '2019-Q1', to: '2020-Q4' });
  });
  it('shows the 24 months ending with the chosen month', () => {
    expect(chartRange(periodOf('2025-07'), years)).toEqual({ from: '2023-08', to: '2025-07' });
    expect(chartRange(periodOf('2025-12'), years)).toEqual({ from: '2024-01', to: '2025-12' });
  });
  it('does not reach before the first year with data', () => {
    expect(chartRange(periodOf('2019-06'), years).from).toBe('2019-01');
  });
});

describe('fromFirstFigure', () => {
  const row = (period: string, value: number | null): TrendRow => ({
    period,
    label: period,
    cells: {
      u: {
        unitId: 'u',
        period,
        value,
        isComplete: value !== null,
        isDemo: false,
        isDerived: false,
        basis: value === null ? 'none' : 'reported',
        missing: [],
      },
    },
    target: null,
    isTargetDerived: false,
    nationalTarget: null,
  });

  it('drops the empty years before the first figure and keeps later gaps', () => {
    const rows = [row('2015', null), row('2016', null), row('2019', 5), row('2020', null), row('2021', 7)];
    expect(fromFirstFigure(rows).map((r) => r.period)).toEqual(['2019', '2020', '2021']);
  });

  it('keeps every row when there is no figure at all', () => {
    expect(fromFirstFigure([row('2015', null)])).toHaveLength(1);
  });
});
