/** The previous figure and the rank inputs of a summary, on the Quảng Trị merger. */
import { describe, expect, it } from 'vitest';
import { periodBefore, previousFigure, rankInputs, resolveFigure } from '../index.ts';
import { periodOf } from '../periods/period.ts';
import type { Cell } from '../rollup/figure.ts';
import { cell as c, MERGER_UNITS, rankingContext, testIndicator } from '../testing/merger-world.ts';

const revenue = testIndicator('telecom_revenue', {
  unit: 'billion_vnd',
  overTime: 'sum',
  acrossUnits: 'sum',
});

// Quảng Trị and its two former provinces only: the rankings below are of these.
const UNITS = MERGER_UNITS.filter((u) => u.id.endsWith('-44') || u.id === 'v63-45');
const unit = (id: string) => UNITS.find((u) => u.id === id) as (typeof UNITS)[number];

const months = (year: number, to: number, value: number) =>
  Array.from({ length: to }, (_, i) => c(`${year}-${String(i + 1).padStart(2, '0')}`, value));

const context = (cells: Record<string, Cell[]>) => rankingContext(revenue, cells, UNITS);

describe('the previous period', () => {
  it('is the period of the same type before, and none before the calendar starts', () => {
    expect(periodBefore(periodOf('2023-Q1'))?.key).toBe('2022-Q4');
    expect(periodBefore(periodOf('1990'))).toBeNull();
  });

  it('is restated across the merger for a new unit, and says so', () => {
    const ctx = context({
      'v63-44': [c('2024', 900)],
      'v63-45': [c('2024', 563)],
      'v34-44': [c('2025', 1600)],
    });
    const figure = resolveFigure(ctx, 'v34-44', periodOf('2025'), 'reported');
    const previous = previousFigure(ctx, unit('v34-44'), periodOf('2025'), figure, 'reported');
    expect(previous.value).toBe(1463);
    expect(previous.basis).toBe('restated');
  });

  it('covers the same months as a period not over: ten months against ten months', () => {
    const ctx = context({ 'v63-44': [...months(2023, 12, 10), ...months(2024, 10, 12)] });
    const figure = resolveFigure(ctx, 'v63-44', periodOf('2024'), 'reported');
    expect(figure.isComplete).toBe(false);
    const previous = previousFigure(ctx, unit('v63-44'), periodOf('2024'), figure, 'reported');
    expect(previous.value).toBe(100);
  });
});

describe('rank inputs', () => {
  it('gives the rank, its N and the previous rank in the same ranking', () => {
    const ctx = context({
      'v63-44': [c('2023', 900), c('2022', 100)],
      'v63-45': [c('2023', 563), c('2022', 200)],
    });
    expect(rankInputs(ctx, 'v63-44', periodOf('2023'), 'reported')).toEqual({
      rank: 1,
      rankedCount: 2,
      of: 2,
      isTied: false,
      hasDemoAmong: false,
      previousRank: 2,
    });
  });

  it('gives no previous rank across vintages: a rank among 34 is no move from one among 63', () => {
    const ctx = context({
      'v34-44': [c('2025', 1600)],
      'v63-44': [c('2024', 900)],
      'v63-45': [c('2024', 1)],
    });
    expect(rankInputs(ctx, 'v34-44', periodOf('2025'), 'reported')?.previousRank).toBeNull();
  });
});
