import { paceToPlan, type TrendRow } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { valueAxis, withTrajectory } from './chart-axis.ts';

describe('valueAxis', () => {
  it('starts a percentage near 100% at a round value below the data, and says where', () => {
    expect(valueAxis([85.71, 99.39, 100], 'percent')).toEqual({
      domain: [80, 100],
      floor: 80,
      ticks: [80, 85, 90, 95, 100],
    });
    expect(valueAxis([63.2, 94.1, 100], 'percent').ticks).toEqual([50, 60, 70, 80, 90, 100]);
  });
  it('keeps 0–100% when the data spans it', () => {
    expect(valueAxis([12.06, 18.35, 30], 'percent')).toEqual({ domain: [0, 100], floor: null });
  });
  it('starts a money series near its values when 0 would flatten it', () => {
    const axis = valueAxis([1050.65, 1488.6, 1653.74], 'billion_vnd');
    expect(axis.floor).toBe(900);
    expect(axis.domain).toEqual([900, 'auto']);
  });
  it('keeps 0 for a series that grows from little', () => {
    expect(valueAxis([259832, 1253335], 'count').floor).toBeNull();
  });
  it('never moves a rank axis', () => {
    expect(valueAxis([5, 8], 'rank')).toEqual({ domain: ['auto', 'auto'], floor: null });
  });
  it('keeps 0 without values', () => {
    expect(valueAxis([], 'percent').floor).toBeNull();
  });
});

describe('withTrajectory', () => {
  const row = (period: string) =>
    ({
      period,
      label: period,
      cells: {},
      target: null,
      isTargetDerived: false,
      nationalTarget: null,
    }) as TrendRow;
  it('puts the trajectory in its years only', () => {
    const rows = withTrajectory(
      [row('2018'), row('2019'), row('2020')],
      [
        { year: 2019, value: 80 },
        { year: 2020, value: 90 },
      ],
    );
    expect(rows.map((r) => r.trajectory)).toEqual([null, 80, 90]);
  });

  it('draws the line the pace is judged on: a figure below it is never called on track', () => {
    // 50% (2020) → 71% (2025), plan 100% in 2030: the drawn line stands at 75% in 2025.
    const pace = paceToPlan({
      baseYear: 2020,
      baseValue: 50,
      currentYear: 2025,
      currentValue: 71,
      targetYear: 2030,
      targetValue: 100,
      direction: 'higher',
    });
    const rows = withTrajectory([row('2024'), row('2025'), row('2026')], pace?.trajectory ?? null);
    expect(rows.map((r) => r.trajectory)).toEqual([70, 75, 80]);
    expect(pace?.status).toBe('behind');
  });
});
