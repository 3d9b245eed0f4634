import { describe, expect, it } from 'vitest';
import { growthRate, PACE_BANDS, paceToPlan, trajectory } from './pace-to-plan.ts';

describe('pace to the plan (Open SDG progress measure, methodology 2)', () => {
  it('works the method through: households with fibre 40% (2020) → 55% (2024), plan 80% in 2025', () => {
    // CAGR_o = (55/40)^(1/4) − 1 = 0.082868; CAGR_r = (80/40)^(1/5) − 1 = 2^0.2 − 1 = 0.148698;
    // ratio = 0.082868 / 0.148698 = 0.5573 < 0.6: "limited progress"; at that pace, 59.56% in 2025.
    const pace = paceToPlan({
      baseYear: 2020,
      baseValue: 40,
      currentYear: 2024,
      currentValue: 55,
      targetYear: 2025,
      targetValue: 80,
      direction: 'higher',
    });
    expect(pace?.observedRate).toBeCloseTo(0.082868, 6);
    expect(pace?.requiredRate).toBeCloseTo(0.148698, 6);
    expect(pace?.ratio).toBeCloseTo(0.5573, 4);
    expect(pace?.status).toBe('off_track');
    expect(pace?.projected).toBeCloseTo(59.56, 2);
  });

  it('gives "behind" between the bands: 60 (2022) → 66 (2024), plan 80 in 2026', () => {
    // CAGR_o = 1.1^(1/2) − 1 = 0.048809; CAGR_r = (4/3)^(1/4) − 1 = 0.074570; ratio = 0.6545.
    const pace = paceToPlan({
      baseYear: 2022,
      baseValue: 60,
      currentYear: 2024,
      currentValue: 66,
      targetYear: 2026,
      targetValue: 80,
      direction: 'higher',
    });
    expect(pace?.ratio).toBeCloseTo(0.6545, 4);
    expect(pace?.status).toBe('behind');
  });

  it('reads a lower-is-better indicator the right way round: 20 → 15 in five years, plan 10 by 2030', () => {
    // CAGR_o = 0.75^(1/5) − 1 = −0.055912; CAGR_r = 0.5^(1/15) − 1 = −0.045158;
    // ratio = 1 × −1 × −0.055912 / 0.045158 = 1.2381 ≥ 0.95: on track.
    const pace = paceToPlan({
      baseYear: 2015,
      baseValue: 20,
      currentYear: 2020,
      currentValue: 15,
      targetYear: 2030,
      targetValue: 10,
      direction: 'lower',
    });
    expect(pace?.ratio).toBeCloseTo(1.2381, 4);
    expect(pace?.status).toBe('on_track');
  });

  it('says achieved once the value meets the target, whatever the pace', () => {
    expect(
      paceToPlan({
        baseYear: 2020,
        baseValue: 90,
        currentYear: 2021,
        currentValue: 100,
        targetYear: 2025,
        targetValue: 100,
        direction: 'higher',
      })?.status,
    ).toBe('achieved');
  });

  it('gives no verdict on one data point, a target year already past, or signs that differ', () => {
    const base = { baseYear: 2024, baseValue: 50, currentValue: 60, targetYear: 2030, targetValue: 80 };
    expect(paceToPlan({ ...base, currentYear: 2024, direction: 'higher' })).toBeNull();
    expect(paceToPlan({ ...base, currentYear: 2031, direction: 'higher' })).toBeNull();
    expect(paceToPlan({ ...base, currentYear: 2026, currentValue: -5, direction: 'higher' })).toBeNull();
  });

  it('uses the source’s bands and reads a zero base as 0.001', () => {
    expect(PACE_BANDS).toEqual({ onTrack: 0.95, behind: 0.6 });
    const pace = paceToPlan({
      baseYear: 2020,
      baseValue: 0,
      currentYear: 2022,
      currentValue: 10,
      targetYear: 2025,
      targetValue: 20,
      direction: 'higher',
    });
    expect(pace?.observedRate).toBeCloseTo(growthRate(10, 0.001, 2022, 2020), 9);
  });

  it('draws the trajectory as a straight line from baseline to target', () => {
    expect(trajectory(2024, 60, 2026, 80)).toEqual([
      { year: 2024, value: 60 },
      { year: 2025, value: 70 },
      { year: 2026, value: 80 },
    ]);
  });
});
