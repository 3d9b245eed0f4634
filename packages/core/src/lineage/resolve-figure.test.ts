/**
 * Tests of resolveFigure on a small world: Quảng Bình (v63-44) and old Quảng Trị (v63-45) merged
 * into Quảng Trị (v34-44); Sơn La (v63-14) carried over unchanged as v34-14.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicators/indicator.ts';
import { periodOf } from '../periods/period.ts';
import type { Cell } from '../rollup/figure.ts';
import { type LineageUnit, type ResolveContext, resolveFigure } from './resolve-figure.ts';

function indicator(key: string, fields: Pick<Indicator, 'unit' | 'overTime' | 'acrossUnits'>): Indicator {
  return {
    key,
    family: 'coverage',
    nameVi: key,
    nameEn: key,
    direction: fields.unit === 'rank' ? 'lower' : 'higher',
    validFrom: null,
    validTo: null,
    note: '',
    ...fields,
  };
}

const revenue = indicator('telecom_revenue', { unit: 'billion_vnd', overTime: 'sum', acrossUnits: 'sum' });
const villages = indicator('villages', { unit: 'percent', overTime: 'last', acrossUnits: 'ratio' });
const dtiScore = indicator('dti_score', { unit: 'index', overTime: 'last', acrossUnits: 'mean' });
const dtiRank = indicator('dti_rank', { unit: 'rank', overTime: 'last', acrossUnits: 'none' });

const UNITS: LineageUnit[] = [
  { id: 'v63-44', vintage: 63, predecessorIds: [] },
  { id: 'v63-45', vintage: 63, predecessorIds: [] },
  { id: 'v63-14', vintage: 63, predecessorIds: [] },
  { id: 'v34-44', vintage: 34, predecessorIds: ['v63-45', 'v63-44'] },
  { id: 'v34-14', vintage: 34, predecessorIds: ['v63-14'] },
];

const c = (
  period: string,
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
): Cell => ({
  period,
  value,
  numerator,
  denominator,
  isDemo: false,
  sourceRef: null,
});
const months = (from: number, to: number, f: (m: number) => Cell): Cell[] =>
  Array.from({ length: to - from + 1 }, (_, i) => f(from + i));
const mm = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

function context(ind: Indicator, cells: Record<string, Cell[]>): ResolveContext {
  return { indicator: ind, unit: (id) => UNITS.find((u) => u.id === id), cellsOf: (id) => cells[id] ?? [] };
}

const year2023 = periodOf('2023');

describe('a new unit before the merger', () => {
  const ctx = context(revenue, { 'v63-44': [c('2023', 900)], 'v63-45': [c('2023', 563)] });

  it('has no figure as reported: it did not exist', () => {
    const figure = resolveFigure(ctx, 'v34-44', year2023, 'reported');
    expect(figure.value).toBeNull();
    expect(figure.basis).toBe('none');
  });

  it('is the sum of its predecessors when restated, and says so', () => {
    const figure = resolveFigure(ctx, 'v34-44', year2023, 'restated');
    expect(figure.value).toBe(1463);
    expect(figure).toMatchObject({ basis: 'restated', isDerived: true, isComplete: true });
    expect(figure.parts).toEqual(['v63-45@2023', 'v63-44@2023']);
  });

  it('rolls each predecessor up before adding them when only months are stored', () => {
    const monthly = context(revenue, {
      'v63-44': months(1, 12, (m) => c(mm(2023, m), 75)),
      'v63-45': months(1, 12, (m) => c(mm(2023, m), 25)),
    });
    expect(resolveFigure(monthly, 'v34-44', year2023, 'restated').value).toBe(1200);
  });

  it('recomputes a share from the predecessors’ numerators and denominators', () => {
    const shares = context(villages, {
      'v63-44': [c('2023', 98.15, 212, 216)],
      'v63-45': [c('2023', 75, 90, 120)],
    });
    const figure = resolveFigure(shares, 'v34-44', year2023, 'restated');
    expect(figure.numerator).toBe(302);
    expect(figure.denominator).toBe(336);
    expect(figure.value).toBeCloseTo((302 / 336) * 100, 10);
  });

  it('is shown from the predecessors that have a figure, marked incomplete, naming the one missing', () => {
    const figure = resolveFigure(
      context(revenue, { 'v63-44': [c('2023', 900)] }),
      'v34-44',
      year2023,
      'restated',
    );
    expect(figure).toMatchObject({ value: 900, isComplete: false, basis: 'restated', isDerived: true });
    expect(figure.missing).toEqual(['v63-45@2023']);
    expect(figure.parts).toEqual(['v63-44@2023']);
  });

  it('restates a share from a predecessor that reported only its percentage (Kiên Giang’s 100%)', () => {
    const figure = resolveFigure(
      context(villages, { 'v63-44': [c('2023', 100)] }),
      'v34-44',
      year2023,
      'restated',
    );
    expect(figure).toMatchObject({ value: 100, isComplete: false });
    expect(figure.missing).toEqual(['v63-45@2023']);
  });

  it('gives an unchanged province one history: its figures before the merger are its own, in both views', () => {
    const same = context(villages, { 'v63-14': [c('2023', 98.15, 212, 216)] });
    for (const view of ['restated', 'reported'] as const) {
      expect(resolveFigure(same, 'v34-14', year2023, view)).toMatchObject({
        value: 98.15,
        basis: 'reported',
        isDerived: false,
      });
    }
  });

  it('rolls an unchanged province’s 2025 up from its months before and after the merger, not restated', () => {
    const months = Array.from({ length: 12 }, (_, i) => {
      const key = `2025-${String(i + 1).padStart(2, '0')}`;
      return { id: i < 6 ? 'v63-14' : 'v34-14', cell: c(key, 100) };
    });
    const cells: Record<string, Cell[]> = {
      'v63-14': months.filter((m) => m.id === 'v63-14').map((m) => m.cell),
      'v34-14': months.filter((m) => m.id === 'v34-14').map((m) => m.cell),
    };
    const figure = resolveFigure(context(revenue, cells), 'v34-14', periodOf('2025'), 'reported');
    expect(figure).toMatchObject({ value: 1200, basis: 'rolled_up', isComplete: true });
  });
});

describe('a figure stored for the exact unit and period', () => {
  // DTI 2024 (a 2024 index) was published in October 2025 for the 34 new units.
  const ctx = context(dtiScore, {
    'v34-44': [c('2024', 0.6123)],
    'v63-44': [c('2024', 0.9)],
    'v63-45': [c('2024', 0.1)],
  });

  it.each(['reported', 'restated'] as const)('wins over the vintage rules in the %s view', (view) => {
    const figure = resolveFigure(ctx, 'v34-44', periodOf('2024'), view);
    expect(figure.value).toBe(0.6123);
    expect(figure).toMatchObject({ basis: 'reported', isDerived: false });
  });
});

describe('the year 2025 for a new unit', () => {
  const cells = {
    'v63-44': months(1, 6, (m) => c(mm(2025, m), 20)),
    'v63-45': months(1, 6, (m) => c(mm(2025, m), 10)),
    'v34-44': months(7, 12, (m) => c(mm(2025, m), 35)),
  };

  it('adds the predecessors’ January–June to its own July–December, marked derived', () => {
    const figure = resolveFigure(context(revenue, cells), 'v34-44', periodOf('2025'), 'reported');
    expect(figure.value).toBe(6 * (20 + 10) + 6 * 35);
    expect(figure.isDerived).toBe(true);
    expect(figure.isComplete).toBe(true);
    expect(figure.parts).toHaveLength(12);
  });

  it('is incomplete when a predecessor’s month before the merger is missing', () => {
    const gap = { ...cells, 'v63-45': cells['v63-45'].filter((x) => x.period !== '2025-03') };
    const figure = resolveFigure(context(revenue, gap), 'v34-44', periodOf('2025'), 'reported');
    expect(figure.isComplete).toBe(false);
    expect(figure.missing).toEqual(['2025-03']);
  });

  // Item 4 of "one truth": "trên 20" of a predecessor in March stays a bound through the roll-up.
  it('keeps a predecessor’s bound through the roll-up across the merger, never exact', () => {
    const above = {
      ...cells,
      'v63-44': cells['v63-44'].map((x) =>
        x.period === '2025-03' ? { ...x, qualifier: 'above' as const } : x,
      ),
    };
    const figure = resolveFigure(context(revenue, above), 'v34-44', periodOf('2025'), 'reported');
    expect(figure.value).toBe(6 * (20 + 10) + 6 * 35);
    expect(figure.qualifier).toBe('above');
  });

  it('for a stock takes the new unit’s own December', () => {
    const stock = context(villages, {
      'v63-44': [c('2025-06', 90, 180, 200)],
      'v63-45': [c('2025-06', 80, 80, 100)],
      'v34-44': months(7, 12, (m) => c(mm(2025, m), null, 280 + m, 300)),
    });
    expect(resolveFigure(stock, 'v34-44', periodOf('2025'), 'reported').numerator).toBe(292);
  });

  it('does not exist for an old unit', () => {
    expect(resolveFigure(context(revenue, cells), 'v63-44', periodOf('2025'), 'restated').value).toBeNull();
    expect(
      resolveFigure(context(revenue, cells), 'v63-44', periodOf('2025-Q3'), 'restated').value,
    ).toBeNull();
  });
});

describe('ranks', () => {
  const ctx = context(dtiRank, {
    'v63-14': [c('2022', 40)],
    'v63-44': [c('2022', 30)],
    'v63-45': [c('2022', 50)],
  });

  it('are shown for the unit they were published for', () => {
    expect(resolveFigure(ctx, 'v63-14', periodOf('2022'), 'reported').value).toBe(40);
  });

  it('are never restated for a merged province; an unchanged one keeps its own rank history', () => {
    expect(resolveFigure(ctx, 'v34-44', periodOf('2022'), 'restated').value).toBeNull();
    expect(resolveFigure(ctx, 'v34-14', periodOf('2022'), 'restated')).toMatchObject({
      value: 40,
      basis: 'reported',
    });
  });
});
