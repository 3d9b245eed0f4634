import { describe, expect, it } from 'vitest';
import { inWords } from './in-words.ts';

describe('large numbers in words', () => {
  it('says “500.000” as 500 nghìn, and 500 as nothing more', () => {
    expect(inWords(500_000, 'count', 'vi')).toBe('500 nghìn');
    expect(inWords(500, 'count', 'vi')).toBeNull();
  });

  it('rounds to three significant digits and says so', () => {
    expect(inWords(81_442, 'count', 'vi')).toBe('≈ 81,4 nghìn');
    expect(inWords(1_463, 'billion_vnd', 'vi')).toBe('≈ 1,46 nghìn tỷ đồng');
    expect(inWords(2_500_000, 'count', 'en')).toBe('2.5 million');
    expect(inWords(3_000_000_000, 'count', 'vi')).toBe('3 tỷ');
  });

  it('leaves percentages, indexes and ranks alone', () => {
    expect(inWords(98_000, 'percent', 'vi')).toBeNull();
    expect(inWords(1_200, 'rank', 'vi')).toBeNull();
  });
});
