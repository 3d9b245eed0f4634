import { type LineageLinks, type Period, parsePeriod } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { importChoice, periodChange } from './import-choice.ts';

const unit = (id: string, predecessors: string[] = [], successor: string | null = null): LineageLinks => ({
  id,
  vintage: id.startsWith('v34') ? 34 : 63,
  predecessors: predecessors.map((p) => ({ id: p })),
  successor: successor ? { id: successor } : null,
});

/** Hà Nội first of each list, as the API lists them; Sơn La kept its territory, Bắc Kạn joined Thái Nguyên. */
const UNITS = [
  unit('v63-01', [], 'v34-01'),
  unit('v63-06', [], 'v34-19'),
  unit('v63-14', [], 'v34-14'),
  unit('v63-19', [], 'v34-19'),
  unit('v34-01', ['v63-01']),
  unit('v34-14', ['v63-14']),
  unit('v34-19', ['v63-19', 'v63-06']),
];
const anyone = () => true;
const period = (key: string) => parsePeriod(key) as Period;

describe('the province offered on the import page', () => {
  it('stays when the period changes within its vintage', () => {
    for (const key of ['2026-11', '2026-10', '2026-Q3', '2026', '2025-H2'])
      expect(importChoice(UNITS, anyone, 'v34-14', period(key)).unit?.id, key).toBe('v34-14');
  });

  it('moves across the merger instead of falling back to the first province', () => {
    expect(importChoice(UNITS, anyone, 'v34-14', period('2024')).unit?.id).toBe('v63-14');
    expect(importChoice(UNITS, anyone, 'v63-06', period('2026-11')).unit?.id).toBe('v34-19');
    expect(importChoice(UNITS, anyone, 'v34-19', period('2025-Q2')).unit?.id).toBe('v63-19');
  });

  it('offers the first province the account reports for when none is asked or allowed', () => {
    expect(importChoice(UNITS, anyone, undefined, period('2026-11')).unit?.id).toBe('v34-01');
    const sonLaOnly = (id: string) => id === 'v34-14' || id === 'v63-14';
    expect(importChoice(UNITS, sonLaOnly, 'v34-19', period('2026-11')).unit?.id).toBe('v34-14');
    expect(importChoice(UNITS, sonLaOnly, undefined, period('2024')).choices.map((u) => u.id)).toEqual([
      'v63-14',
    ]);
  });

  it('writes the new period and the province moved to its vintage into the address', () => {
    const sonLa = UNITS.find((u) => u.id === 'v34-14');
    expect(periodChange(sonLa, period('2026-10'))).toEqual({ ky: '2026-10', tinh: 'v34-14' });
    expect(periodChange(sonLa, period('2024'))).toEqual({ ky: '2024', tinh: 'v63-14' });
    expect(periodChange(undefined, period('2024'))).toEqual({ ky: '2024' });
  });
});
