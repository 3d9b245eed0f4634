import { describe, expect, it } from 'vitest';
import { changeOf, figureText, planText } from './figure-text.ts';

const fig = (value: number | null, more: Partial<Parameters<typeof figureText>[0]> = {}) => ({
  value,
  numerator: null,
  denominator: null,
  qualifier: 'exact',
  rankedOf: null,
  ...more,
});

describe('figures as text', () => {
  it('states a figure as the report does', () => {
    expect(figureText(fig(90, { qualifier: 'above' }), 'percent', 'vi')).toBe('trên 90%');
    expect(figureText(fig(98.148, { numerator: 212, denominator: 216 }), 'percent', 'vi')).toBe(
      '98,15% (212/216)',
    );
    expect(figureText(fig(12, { rankedOf: 34 }), 'rank', 'en')).toBe('12/34');
    expect(figureText(fig(500_000), 'count', 'vi')).toBe('500.000');
    expect(figureText(fig(null), 'count', 'vi')).toBe('—');
  });

  it('writes a plan with its comparator', () => {
    expect(planText({ value: 100, comparator: '>=' }, 'percent', 'vi')).toBe('≥ 100%');
    expect(planText({ value: 5, comparator: '<=' }, 'rank', 'en')).toBe('≤ 5');
  });
});

describe('the change from the previous period', () => {
  it('counts percentage points for a percentage', () => {
    expect(changeOf(98.15, 96.4, 'percent', 'vi')).toEqual({ kind: 'points', text: '+1,75', sign: 1 });
    expect(changeOf(50, 90, 'percent', 'en')).toEqual({ kind: 'points', text: '\u221240', sign: -1 });
  });

  it('counts places for a rank, a smaller rank being a move up', () => {
    expect(changeOf(9, 12, 'rank', 'vi')).toEqual({ kind: 'places', places: 3, sign: 1 });
    expect(changeOf(12, 12, 'rank', 'vi')).toEqual({ kind: 'places', places: 0, sign: 0 });
  });

  it('is relative for an amount, and the plain difference after a zero', () => {
    expect(changeOf(6, 4, 'count', 'vi')).toEqual({ kind: 'relative', text: '+50%', sign: 1 });
    expect(changeOf(3, 0, 'count', 'vi')).toEqual({ kind: 'absolute', text: '+3', sign: 1 });
  });
});
