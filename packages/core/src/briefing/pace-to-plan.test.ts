import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACE_BANDS, paceBaseline, paceToPlan, trajectory } from './pace-to-plan.ts';

const higher = (base: number, current: number, target: number, years = [2020, 2024, 2030]) => {
  const [baseYear, currentYear, targetYear] = years as [number, number, number];
  return paceToPlan({
    baseYear,
    baseValue: base,
    currentYear,
    currentValue: current,
    targetYear,
    targetValue: target,
    direction: 'higher',
  });
};

const at = (line: readonly { year: number; value: number }[], year: number) =>
  line.find((p) => p.year === year)?.value;

describe('pace to the plan: the straight line, drawn as judged', () => {
  it('works the method through: households with fibre 40% (2020) → 55% (2024), plan 80% in 2025', () => {
    // The line asks for (80 − 40) / 5 = 8 points a year and stands at 72 in 2024; the province
    // made (55 − 40) / 4 = 3.75 a year: 3.75 / 8 = 0.47 of the pace, and 58.75% in 2025 at it.
    const pace = higher(40, 55, 80, [2020, 2024, 2025]);
    expect(pace?.requiredChange).toBe(8);
    expect(pace?.observedChange).toBe(3.75);
    expect(pace?.status).toBe('off_track');
    expect(pace?.projected).toBe(58.75);
    expect(at(pace?.trajectory ?? [], 2024)).toBe(72);
  });

  it('does not call a value drawn below the trajectory on track: 71 in 2025 where the line is at 75', () => {
    // 50 (2020) → 100 (2030): the line is at 75 in 2025; 71 is 4.2 a year against 5 (0.84).
    // (A compound growth rate would have said on track: 7.26% a year against 7.18%.)
    const pace = higher(50, 71, 100, [2020, 2025, 2030]);
    expect(at(pace?.trajectory ?? [], 2025)).toBe(75);
    expect(pace?.status).toBe('behind');
    expect(higher(50, 75, 100, [2020, 2025, 2030])?.status).toBe('on_track');
  });

  it('property: a value on or beyond the drawn line is on track, either direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2028 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        (baseYear, elapsed, left, baseValue, gain, beyond, direction) => {
          const good = direction === 'higher' ? 1 : -1;
          const targetYear = baseYear + elapsed + left;
          const targetValue = baseValue + good * gain;
          const line = trajectory(baseYear, baseValue, targetYear, targetValue);
          const onLine = at(line, baseYear + elapsed) as number;
          const pace = paceToPlan({
            baseYear,
            baseValue,
            currentYear: baseYear + elapsed,
            currentValue: onLine + good * beyond * gain,
            targetYear,
            targetValue,
            direction,
          });
          expect(['on_track', 'achieved']).toContain(pace?.status);
        },
      ),
    );
  });

  it('gives "behind" between the bands: 60 (2022) → 65 (2024), plan 80 in 2026', () => {
    // The line asks for 5 a year: 2.5 a year is 0.5 of it (off track), 4 a year 0.8 (behind).
    expect(higher(60, 65, 80, [2022, 2024, 2026])?.status).toBe('off_track');
    expect(higher(60, 68, 80, [2022, 2024, 2026])?.status).toBe('behind');
    expect(PACE_BANDS).toEqual({ onTrack: 0.95, behind: 0.6 });
  });

  it('reads a lower-is-better indicator the right way round: 20 → 15 in five years, plan 10 by 2030', () => {
    // The line asks for −2/3 a year; −1 a year is faster: on track, and 5 in 2030 at that pace.
    const pace = paceToPlan({
      baseYear: 2015,
      baseValue: 20,
      currentYear: 2020,
      currentValue: 15,
      targetYear: 2030,
      targetValue: 10,
      direction: 'lower',
    });
    expect(pace?.status).toBe('on_track');
    expect(pace?.projected).toBe(5);
  });

  it('judges a zero baseline on the line, with a projection a reader can believe', () => {
    // 0 (2020) → 10 (2022), plan 20 in 2025: 5 a year against 4, and 25 in 2025 at that pace.
    const fast = higher(0, 10, 20, [2020, 2022, 2025]);
    expect(fast?.status).toBe('on_track');
    expect(fast?.projected).toBe(25);
    // 0 → 2: 1 a year against 4; 5 in 2025.
    const slow = higher(0, 2, 20, [2020, 2022, 2025]);
    expect(slow?.status).toBe('off_track');
    expect(slow?.projected).toBe(5);
  });

  it('judges a negative baseline on the line too: −4% (2020) → 0% (2022), plan +6% in 2025', () => {
    // 2 a year against 2: on track, and 6 in 2025.
    const pace = higher(-4, 0, 6, [2020, 2022, 2025]);
    expect(pace?.status).toBe('on_track');
    expect(pace?.projected).toBe(6);
  });

  it('says achieved once the value meets the target, whatever the pace', () => {
    expect(higher(90, 100, 100, [2020, 2021, 2025])?.status).toBe('achieved');
    expect(higher(100, 100, 100)?.status).toBe('achieved');
  });

  it('calls 99,9% against a target of 100% on track, from a flat or a near baseline', () => {
    expect(higher(100, 99.9, 100)?.status).toBe('on_track');
    expect(higher(99.9, 99.9, 100)?.status).toBe('on_track');
    expect(higher(99.5, 99.6, 100)?.status).toBe('on_track');
  });

  it('says a province that fell back from a target it had met will miss it, without a runaway ratio', () => {
    // 100 (2020) → 90 (2024), plan 100 in 2030: −2.5 a year, 75 in 2030.
    const fell = higher(100, 90, 100);
    expect(fell?.status).toBe('off_track');
    expect(fell?.projected).toBe(75);
    expect(fell?.ratio).toBeNull();
    // 99,98 against 100 asks for 0,002 a year: a fall to 99 is off track, its ratio not −245.
    const slipped = higher(99.98, 99, 100);
    expect(slipped?.status).toBe('off_track');
    expect(slipped?.ratio).toBeNull();
  });

  it('gives no verdict on one data point or a target year already past', () => {
    expect(higher(50, 60, 80, [2024, 2024, 2030])).toBeNull();
    expect(higher(50, 60, 80, [2024, 2031, 2030])).toBeNull();
  });

  it('draws the trajectory as a straight line from baseline to target, ending on the target', () => {
    expect(trajectory(2024, 60, 2026, 80)).toEqual([
      { year: 2024, value: 60 },
      { year: 2025, value: 70 },
      { year: 2026, value: 80 },
    ]);
    expect(trajectory(2020, 0.1, 2030, 0.7).at(-1)).toEqual({ year: 2030, value: 0.7 });
  });
});

describe('the baseline of a pace (2020, the national programme’s start)', () => {
  const years = (from: number, values: (number | null)[]) =>
    values.map((value, i) => ({ year: from + i, value }));

  it('is 2020’s value, whatever year the values given start in', () => {
    expect(paceBaseline(years(2019, [5, 6, 7, 8]))).toEqual({ year: 2020, value: 6 });
    expect(paceBaseline(years(2015, [1, 2, 3, 4, 5, 6, 7, 8]))).toEqual({ year: 2020, value: 6 });
  });

  it('is the first later year with a value when 2020 has none', () => {
    expect(paceBaseline(years(2019, [5, null, null, 9, 10]))).toEqual({ year: 2022, value: 9 });
  });

  it('is not known from values that start after 2020', () => {
    expect(paceBaseline(years(2021, [9, 10, 11]))).toBeNull();
  });
});
