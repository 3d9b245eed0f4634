import { describe, expect, it } from 'vitest';
import { foldDiacritics, matchesSearch, searchScore } from './fold-diacritics.ts';

describe('foldDiacritics', () => {
  it('removes tones and maps đ', () => {
    expect(foldDiacritics('Bắc Kạn')).toBe('bac kan');
    expect(foldDiacritics('Đắk Lắk')).toBe('dak lak');
    expect(foldDiacritics('Thừa Thiên Huế')).toBe('thua thien hue');
  });
  it('treats old and new tone placement alike', () => {
    expect(foldDiacritics('Khánh Hoà')).toBe(foldDiacritics('Khánh Hòa'));
  });
});

describe('matchesSearch', () => {
  it('finds Bắc Kạn by its plain name or a prefix', () => {
    expect(matchesSearch('Bắc Kạn', 'Bac Kan')).toBe(true);
    expect(matchesSearch('Bắc Kạn', 'bắc k')).toBe(true);
    expect(matchesSearch('Bắc Kạn', 'kan')).toBe(true);
  });
  it('does not match other provinces', () => {
    expect(matchesSearch('Bắc Ninh', 'Bac Kan')).toBe(false);
    expect(matchesSearch('Sơn La', 'an')).toBe(false);
  });
});

describe('searchScore', () => {
  it('ranks the whole name, then its start, then a later word, then words in any order', () => {
    expect(searchScore('Sơn La', 'son la')).toBe(0);
    expect(searchScore('tỉnh Sơn La', 'Sơn La')).toBe(0);
    expect(searchScore('Điện Biên (cũ)', 'dien bien')).toBe(0);
    expect(searchScore('Sơn La', 'son')).toBe(1);
    expect(searchScore('Điện Biên', 'bien')).toBe(2);
    expect(searchScore('Lạng Sơn', 'son la')).toBe(3);
    expect(searchScore('Lạng Sơn', 'ha noi')).toBeNull();
    expect(searchScore('Thành phố Hà Nội', 'ha noi')).toBe(0);
  });
});
