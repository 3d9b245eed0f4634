import { describe, expect, it } from 'vitest';
import { planValue, readDerivation } from './plan-value.ts';

const derived = { mode: 'derived' as const, value: '' };

describe('planValue', () => {
  it('reads a typed plan the way the language writes numbers', () => {
    expect(
      planValue({ mode: 'value', value: '1.463,5', actual: '', claim: '' }, 'billion_vnd', 'higher', 'vi'),
    ).toEqual({
      ok: true,
      value: 1463.5,
    });
    expect(
      planValue({ mode: 'value', value: '95%', actual: '', claim: '' }, 'percent', 'higher', 'en'),
    ).toEqual({
      ok: true,
      value: 95,
    });
  });

  it('derives "vượt 8% so với kế hoạch" as value / 1.08, rounded to two decimals, with the claim', () => {
    expect(
      planValue(
        { ...derived, actual: '1.463', claim: 'vượt 8% so với kế hoạch' },
        'billion_vnd',
        'higher',
        'vi',
      ),
    ).toEqual({ ok: true, value: 1354.63, derivedFrom: { actual: 1463, claim: 'vượt 8% so với kế hoạch' } });
  });

  it('multiplies for an indicator where lower is better', () => {
    const result = planValue(
      { ...derived, actual: '10', claim: 'exceeds plan by 10%' },
      'points',
      'lower',
      'en',
    );
    expect(result).toEqual({
      ok: true,
      value: 11,
      derivedFrom: { actual: 10, claim: 'exceeds plan by 10%' },
    });
  });

  it('names every field it cannot read', () => {
    const result = planValue(
      { ...derived, actual: '1.46', claim: 'gần đạt kế hoạch' },
      'billion_vnd',
      'higher',
      'vi',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => `${p.field} ${p.code}`)).toEqual(['actual unread', 'claim unread']);
    const blank = planValue({ ...derived, actual: '', claim: ' ' }, 'count', 'higher', 'vi');
    if (!blank.ok)
      expect(blank.problems.map((p) => `${p.field} ${p.code}`)).toEqual(['actual empty', 'claim empty']);
  });
});

describe('readDerivation', () => {
  it('reads the stored "claim: actual" back', () => {
    expect(readDerivation('vượt 8% so với kế hoạch: 1463')).toEqual({
      claim: 'vượt 8% so với kế hoạch',
      actual: 1463,
    });
    expect(readDerivation(null)).toBeNull();
    expect(readDerivation('no actual')).toBeNull();
  });
});
