/** resolveBlock on a small world: Quảng Bình and old Quảng Trị merged into Quảng Trị; Sơn La kept. */
import { describe, expect, it } from 'vitest';
import { type Cell, NO_FIGURE } from '../rollup/figure.ts';
import { cell as c, rankingContext, testIndicator } from '../testing/merger-world.ts';
import { isEmptyFigure, periodsOfYear, resolveBlock } from './resolve-block.ts';

const revenue = testIndicator('telecom_revenue', {
  unit: 'billion_vnd',
  overTime: 'sum',
  acrossUnits: 'sum',
});
const ctx = (cells: Record<string, Cell[]>) => rankingContext(revenue, cells);

describe('a block: one indicator, one year', () => {
  it('covers the 19 periods of the year', () => {
    expect(periodsOfYear(2023).map((p) => p.key)).toEqual([
      '2023',
      '2023-H1',
      '2023-H2',
      ...[1, 2, 3, 4].map((q) => `2023-Q${q}`),
      ...Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`),
    ]);
  });

  const block = resolveBlock(
    ctx({ 'v63-44': [c('2023-Q1', 500), c('2023-Q2', 400)], 'v63-45': [c('2023-Q1', 563)] }),
    2023,
  );
  const find = (unitId: string, period: string, view: string) =>
    block.figures.find((f) => f.unitId === unitId && f.period === period && f.view === view);

  it('holds every period and view’s ranking', () => {
    expect(block.rankings).toHaveLength(38);
    expect(block.rankings.find((r) => r.period === '2023-Q1' && r.view === 'reported')).toMatchObject({
      vintage: 63,
      rankedCount: 2,
      unitCount: 3,
    });
  });

  it('keeps the national and regional values with each ranking, a sum only when every unit has one', () => {
    const full = resolveBlock(
      ctx({
        'v63-44': [c('2023-Q1', 500)],
        'v63-45': [c('2023-Q1', 563)],
        'v63-14': [c('2023-Q1', 37)],
      }),
      2023,
    );
    const q1 = (r: typeof full.rankings) => r.find((x) => x.period === '2023-Q1' && x.view === 'reported');
    expect(q1(full.rankings)?.national).toMatchObject({ value: 1100, reporting: 3, of: 3, isPartial: false });
    expect(q1(full.rankings)?.regional).toEqual([
      expect.objectContaining({ regionCode: 'NCC', value: 1063, reporting: 2, of: 2 }),
      expect.objectContaining({ regionCode: 'NMM', value: 37, reporting: 1, of: 1 }),
    ]);
    const restated = full.rankings.find((x) => x.period === '2023-Q1' && x.view === 'restated');
    expect(restated?.national).toMatchObject({ value: 1100, reporting: 2, of: 2 });
    // Sơn La has no figure in the first block: no national sum, two of three reported.
    expect(q1(block.rankings)?.national).toMatchObject({ value: null, reporting: 2, of: 3, isPartial: true });
  });

  it('rolls up and ranks as reported, restates onto the 34 and ranks them too', () => {
    expect(find('v63-44', '2023-H1', 'reported')).toMatchObject({ rank: 1, isRanked: true });
    expect(find('v63-44', '2023-H1', 'reported')?.figure.value).toBe(900);
    expect(find('v34-44', '2023-Q1', 'restated')?.figure.value).toBe(1063);
    expect(find('v34-44', '2023-Q1', 'restated')).toMatchObject({ rank: 1, isRanked: true });
  });

  it('resolves again only the periods a change can alter: the month, its quarter, half and year', async () => {
    const { periodsAffectedBy } = await import('./resolve-block.ts');
    const { periodOf } = await import('../periods/period.ts');
    expect(periodsAffectedBy(periodOf('2023-05')).map((p) => p.key)).toEqual([
      '2023',
      '2023-H1',
      '2023-Q2',
      '2023-05',
    ]);
    expect(periodsAffectedBy(periodOf('2023-Q4')).map((p) => p.key)).toEqual(['2023', '2023-H2', '2023-Q4']);
    const part = resolveBlock(
      ctx({ 'v63-44': [c('2023-Q1', 500), c('2023-Q2', 400)], 'v63-45': [c('2023-Q1', 563)] }),
      2023,
      periodsAffectedBy(periodOf('2023-Q2')),
    );
    const whole = block.figures.filter((f) => ['2023', '2023-H1', '2023-Q2'].includes(f.period));
    expect(part.figures).toEqual(whole);
  });

  it('leaves out what says nothing, and keeps what a summary shows as a restated gap', () => {
    expect(find('v63-14', '2023-Q1', 'reported')).toBeUndefined();
    // No cell of Quảng Trị's parts in Q3: the restated figure is not "nothing", it names what is missing.
    const gap = find('v34-44', '2023-Q3', 'restated');
    expect(gap?.figure.value).toBeNull();
    expect(gap?.figure.missing.length).toBeGreaterThan(0);
    expect(isEmptyFigure(NO_FIGURE)).toBe(true);
  });
});
