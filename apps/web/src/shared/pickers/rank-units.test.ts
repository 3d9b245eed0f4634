import { describe, expect, it } from 'vitest';
import { rankUnits } from './rank-units.ts';

const unit = (nameVi: string, vintage: 34 | 63, predecessors: string[] = []) => ({
  nameVi,
  nameEn: nameVi,
  vintage,
  predecessors: predecessors.map((p) => ({ nameVi: p })),
});
const UNITS = [
  unit('Điện Biên (cũ)', 63),
  unit('Lạng Sơn', 34),
  unit('Lạng Sơn (cũ)', 63),
  unit('Sơn La', 34),
  unit('Điện Biên', 34),
  unit('Thái Nguyên', 34, ['Thái Nguyên (cũ)', 'Bắc Kạn']),
];
const names = (query: string) => rankUnits(UNITS, query).map((u) => u.nameVi);

describe('rankUnits', () => {
  it('puts the whole name first, today’s province before a former one', () => {
    expect(names('son la')[0]).toBe('Sơn La');
    expect(names('dien bien')).toEqual(['Điện Biên', 'Điện Biên (cũ)']);
    expect(names('lang son').slice(0, 2)).toEqual(['Lạng Sơn', 'Lạng Sơn (cũ)']);
  });

  it('finds a province by a former province’s name, after those found by their own', () => {
    expect(names('bac kan')).toEqual(['Thái Nguyên']);
    expect(names('thai')[0]).toBe('Thái Nguyên');
  });

  it('offers the whole list, as it is, when nothing is typed', () => {
    expect(names('  ')).toEqual(UNITS.map((u) => u.nameVi));
  });
});
