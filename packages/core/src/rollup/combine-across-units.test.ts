/** Tests of combining several provinces' figures into one merged province's figure. */
import { describe, expect, it } from 'vitest';
import { combineAcrossUnits, type UnitFigure } from './combine-across-units.ts';
import { NO_FIGURE, type Resolved } from './figure.ts';

function reported(value: number | null, numerator: number | null = null, denominator: number | null = null) {
  const resolved: Resolved = {
    value,
    numerator,
    denominator,
    basis: 'reported',
    isComplete: value !== null || numerator !== null,
    isDemo: false,
    isPartlyDemo: false,
    qualifier: 'exact',
    rankedOf: null,
    isDerived: false,
    parts: ['2023'],
    missing: [],
    sourceRefs: [`source of ${value}`],
  };
  return resolved;
}

const part = (unitId: string, resolved: Resolved): UnitFigure => ({ unitId, resolved });

const counts = { acrossUnits: 'sum', unit: 'count' } as const;
const shares = { acrossUnits: 'ratio', unit: 'percent' } as const;
const index = { acrossUnits: 'mean', unit: 'index' } as const;
const share = { acrossUnits: 'none', unit: 'percent' } as const;

describe('combineAcrossUnits', () => {
  it('adds counts of the merged provinces', () => {
    const combined = combineAcrossUnits(counts, '2023', [
      part('v63-25', reported(7)),
      part('v63-17', reported(12)),
      part('v63-26', reported(5)),
    ]);
    expect(combined.value).toBe(24);
    expect(combined).toMatchObject({ basis: 'restated', isDerived: true, isComplete: true });
    expect(combined.parts).toEqual(['v63-25@2023', 'v63-17@2023', 'v63-26@2023']);
    expect(combined.sourceRefs).toEqual(['source of 7', 'source of 12', 'source of 5']);
  });

  it('recomputes a share from numerators and denominators, not from the mean of the percentages', () => {
    // Villages with broadband: Sơn La-like 212/216 (98.15%) with a smaller 90/120 (75%).
    const combined = combineAcrossUnits(shares, '2023', [
      part('v63-44', reported(98.15, 212, 216)),
      part('v63-45', reported(75, 90, 120)),
    ]);
    expect(combined.numerator).toBe(302);
    expect(combined.denominator).toBe(336);
    expect(combined.value).toBeCloseTo((302 / 336) * 100, 10);
    const meanOfPercentages = (98.15 + 75) / 2;
    expect(Math.abs((combined.value ?? 0) - meanOfPercentages)).toBeGreaterThan(3);
  });

  it('averages an index the way DTI 2024 scored merged provinces', () => {
    const combined = combineAcrossUnits(index, '2024', [
      part('v63-45', reported(0.5)),
      part('v63-44', reported(0.7)),
    ]);
    expect(combined.value).toBeCloseTo(0.6, 10);
    expect(combined.numerator).toBeNull();
  });

  it('never combines an indicator whose rule is none', () => {
    const combined = combineAcrossUnits(share, '2023', [
      part('v63-44', reported(2)),
      part('v63-45', reported(3)),
    ]);
    expect(combined.value).toBeNull();
    expect(combined.basis).toBe('none');
  });

  it('gives the parts present, marked incomplete, and names the part missing (rule 2)', () => {
    const combined = combineAcrossUnits(counts, '2023', [
      part('v63-25', reported(7)),
      part('v63-17', NO_FIGURE),
      part('v63-26', reported(5)),
    ]);
    expect(combined.value).toBe(12);
    expect(combined.isComplete).toBe(false);
    expect(combined.missing).toEqual(['v63-17@2023']);
    expect(combined.parts).toEqual(['v63-25@2023', 'v63-26@2023']);
  });

  it('restates An Giang 2019 from old Kiên Giang’s 100% alone when old An Giang has no figure', () => {
    const combined = combineAcrossUnits(shares, '2019', [
      part('v63-89', NO_FIGURE),
      part('v63-91', reported(100)),
    ]);
    expect(combined).toMatchObject({ value: 100, isComplete: false, basis: 'restated', isDerived: true });
    expect(combined.missing).toEqual(['v63-89@2019']);
    expect(combined.parts).toEqual(['v63-91@2019']);
  });

  it('averages a share unweighted, as an approximation, when a part gave no numerator and denominator (rule 3)', () => {
    const combined = combineAcrossUnits(shares, '2019', [
      part('v63-89', reported(95, 190, 200)),
      part('v63-91', reported(100)),
    ]);
    expect(combined.value).toBeCloseTo(97.5, 10);
    expect(combined).toMatchObject({
      qualifier: 'about',
      isComplete: true,
      numerator: null,
      denominator: null,
    });
    expect(combined.missing).toEqual([]);
    expect(combined.parts).toEqual(['v63-89@2019', 'v63-91@2019']);
  });

  it('is no figure only when no part has one', () => {
    const combined = combineAcrossUnits(counts, '2023', [
      part('v63-25', NO_FIGURE),
      part('v63-17', NO_FIGURE),
    ]);
    expect(combined.value).toBeNull();
    expect(combined.missing).toEqual(['v63-25@2023', 'v63-17@2023']);
  });

  it('keeps a value but flags it incomplete when a part is itself incomplete', () => {
    const partial: Resolved = {
      ...reported(10),
      basis: 'rolled_up',
      isComplete: false,
      missing: ['2023-12'],
    };
    const combined = combineAcrossUnits(counts, '2023', [
      part('v63-44', partial),
      part('v63-45', reported(4)),
    ]);
    expect(combined.value).toBe(14);
    expect(combined.isComplete).toBe(false);
  });

  it('flags the result as demo when any part is demo', () => {
    const combined = combineAcrossUnits(counts, '2023', [
      part('v63-44', { ...reported(1), isDemo: true }),
      part('v63-45', reported(2)),
    ]);
    expect(combined.isDemo).toBe(true);
  });

  it('gives no figure for no parts', () => {
    expect(combineAcrossUnits(counts, '2023', []).basis).toBe('none');
  });
});
