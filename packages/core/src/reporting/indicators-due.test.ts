import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicators/indicator.ts';
import { periodOf } from '../periods/period.ts';
import { indicatorsDue } from './indicators-due.ts';

const indicator = (key: string, family: Indicator['family'], validTo: string | null = null): Indicator => ({
  key,
  family,
  nameVi: key,
  nameEn: key,
  unit: 'percent',
  direction: 'higher',
  overTime: 'last',
  acrossUnits: 'ratio',
  validFrom: null,
  validTo,
  note: '',
});

describe('indicators due for a period', () => {
  const all = [
    indicator('villages', 'coverage'),
    indicator('dti_rank', 'ranking'),
    indicator('one_stop_districts', 'service', '2025-06-30'),
  ];

  it('asks for the published indices only in a year’s report', () => {
    expect(indicatorsDue(all, periodOf('2024-Q2')).map((i) => i.key)).toEqual([
      'villages',
      'one_stop_districts',
    ]);
    expect(indicatorsDue(all, periodOf('2024')).map((i) => i.key)).toEqual([
      'villages',
      'dti_rank',
      'one_stop_districts',
    ]);
  });

  it('leaves out an indicator no longer defined (district level ended with the merger)', () => {
    expect(indicatorsDue(all, periodOf('2026-10')).map((i) => i.key)).toEqual(['villages']);
  });
});
