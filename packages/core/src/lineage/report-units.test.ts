import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods/period.ts';
import { formUnitsFor, reportableUnits } from './report-units.ts';

// As in data/provinces-34.csv: An Giang was formed from An Giang (89) and Kiên Giang (91);
// Sơn La kept its territory; Bắc Kạn (06) became part of Thái Nguyên.
const anGiang = { id: 'v34-91', vintage: 34, predecessorIds: ['v63-89', 'v63-91'], successorId: null };
const sonLa = { id: 'v34-14', vintage: 34, predecessorIds: ['v63-14'], successorId: null };
const thaiNguyen = { id: 'v34-19', vintage: 34, predecessorIds: ['v63-19', 'v63-06'], successorId: null };
const former = (id: string, successorId: string) => ({ id, vintage: 63, predecessorIds: [], successorId });
const oldAnGiang = former('v63-89', 'v34-91');
const kienGiang = former('v63-91', 'v34-91');
const oldSonLa = former('v63-14', 'v34-14');
const bacKan = former('v63-06', 'v34-19');
const units = [
  sonLa,
  thaiNguyen,
  anGiang,
  bacKan,
  oldSonLa,
  oldAnGiang,
  kienGiang,
  former('v63-19', 'v34-19'),
];

describe('formUnitsFor', () => {
  it('is the unit itself in a period of its vintage', () => {
    expect(formUnitsFor(anGiang, periodOf('2026-11'))).toEqual(['v34-91']);
    // The year 2025 ends after the merger: the 34 report it (rule 1).
    expect(formUnitsFor(anGiang, periodOf('2025'))).toEqual(['v34-91']);
    expect(formUnitsFor(kienGiang, periodOf('2025-H1'))).toEqual(['v63-91']);
  });

  it('is every former province a province of the 34 was formed from, before the merger', () => {
    expect(formUnitsFor(anGiang, periodOf('2019'))).toEqual(['v63-89', 'v63-91']);
    expect(formUnitsFor(anGiang, periodOf('2025-Q2'))).toEqual(['v63-89', 'v63-91']);
    // A province that kept its territory has one.
    expect(formUnitsFor(sonLa, periodOf('2019'))).toEqual(['v63-14']);
  });

  it('is the province a former one became part of, after the merger', () => {
    expect(formUnitsFor(bacKan, periodOf('2026'))).toEqual(['v34-19']);
    expect(formUnitsFor({ ...bacKan, successorId: null }, periodOf('2026'))).toEqual([]);
  });
});

describe('reportableUnits', () => {
  it('lists a province of the 34 first, then the former provinces it was formed from', () => {
    expect(reportableUnits(units, ['v34-91', 'v63-89', 'v63-91'])).toEqual([
      { id: 'v34-91', isFormer: false },
      { id: 'v63-89', isFormer: true },
      { id: 'v63-91', isFormer: true },
    ]);
  });

  it('lists a former province given on its own after the provinces of the 34', () => {
    expect(reportableUnits(units, ['v63-06', 'v34-14', 'v63-14']).map((u) => u.id)).toEqual([
      'v34-14',
      'v63-14',
      'v63-06',
    ]);
  });

  it('lists every unit once for a role over every province, and none for no role', () => {
    const all = reportableUnits(units, null);
    expect(all.map((u) => u.id)).toEqual([
      'v34-14',
      'v63-14',
      'v34-19',
      'v63-19',
      'v63-06',
      'v34-91',
      'v63-89',
      'v63-91',
    ]);
    expect(new Set(all.map((u) => u.id)).size).toBe(units.length);
    expect(reportableUnits(units, [])).toEqual([]);
  });

  it('lists only what the roles cover, even among a province’s predecessors', () => {
    expect(reportableUnits(units, ['v34-91', 'v63-91'])).toEqual([
      { id: 'v34-91', isFormer: false },
      { id: 'v63-91', isFormer: true },
    ]);
  });
});
