import { describe, expect, it } from 'vitest';
import { figureText } from './history-text.ts';

describe('figureText', () => {
  it('writes a percentage with its parts, Vietnamese and English', () => {
    const figure = { value: 98.148, numerator: 212, denominator: 216 };
    expect(figureText(figure, 'percent', 'vi')).toBe('98,15% (212/216)');
    expect(figureText(figure, 'percent', 'en')).toBe('98.15% (212/216)');
  });

  it('keeps the qualifier and the rank’s N', () => {
    expect(
      figureText({ value: 90, numerator: null, denominator: null, qualifier: 'above' }, 'percent', 'vi'),
    ).toBe('trên 90%');
    expect(figureText({ value: 12, numerator: null, denominator: null, rankedOf: 63 }, 'rank', 'vi')).toBe(
      '12/63',
    );
  });

  it('groups thousands the way the language does, and says nothing for no value', () => {
    expect(figureText({ value: 500000, numerator: null, denominator: null }, 'count', 'vi')).toBe('500.000');
    expect(figureText({ value: null, numerator: null, denominator: null }, 'count', 'vi')).toBe('—');
  });
});
