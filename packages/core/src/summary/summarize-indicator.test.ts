/** Tests of what a card says: verdicts like with like, demo flagged, ranks that mean something. */
import { describe, expect, it } from 'vitest';
import { periodOf } from '../periods/period.ts';
import { NO_FIGURE, type Resolved } from '../rollup/figure.ts';
import { type SummaryInputs, summarizeIndicator } from './summarize-indicator.ts';

const figure = (value: number, more: Partial<Resolved> = {}): Resolved => ({
  ...NO_FIGURE,
  value,
  basis: 'reported',
  isComplete: true,
  parts: ['2023'],
  ...more,
});
const revenue = { unit: 'billion_vnd', direction: 'higher', overTime: 'sum' } as const;
const villages = { unit: 'percent', direction: 'higher', overTime: 'last' } as const;

const plan = { value: 1354.63, comparator: '>=', isDemo: false };
const rank = { rank: 5, rankedCount: 63, of: 63, isTied: false, hasDemoAmong: false, previousRank: 8 };
const base: SummaryInputs = {
  indicator: revenue,
  period: periodOf('2023'),
  figure: figure(1463),
  plan,
  previous: figure(1300),
  rank,
  isSameRankingAsPrevious: true,
};

describe('summarizeIndicator', () => {
  it('judges a complete year against the whole plan', () => {
    const s = summarizeIndicator(base);
    expect(s.progress).toMatchObject({ status: 'achieved', basis: 'full' });
    expect(s.change).toMatchObject({
      delta: 163,
      inPoints: false,
      isAgainstDemo: false,
      isLikeForLike: false,
    });
    expect(s.rank).toMatchObject({ rank: 5, of: 63, previousRank: 8, isAgainstDemo: false });
  });

  it('compares ten months of revenue pro rata and with the same ten months of last year', () => {
    const ytd = figure(1000, { basis: 'rolled_up', isComplete: false, missing: ['2026-11', '2026-12'] });
    const s = summarizeIndicator({
      ...base,
      period: periodOf('2026'),
      figure: ytd,
      plan: { ...plan, value: 1200 },
    });
    expect(s.coverage).toEqual({ months: 10, of: 12 });
    expect(s.progress).toMatchObject({ status: 'achieved', basis: 'pro_rata' });
    expect(s.change.isLikeForLike).toBe(true);
  });

  it('gives no verdict on a stock whose year is not over', () => {
    const ytd = figure(90, { basis: 'rolled_up', isComplete: false, missing: ['2026-11', '2026-12'] });
    const s = summarizeIndicator({
      ...base,
      indicator: villages,
      period: periodOf('2026'),
      figure: ytd,
      plan: { value: 95, comparator: '>=', isDemo: false },
    });
    expect(s.progress.status).toBe('not_over');
  });

  it('flags a real figure’s verdict against a demo plan, change from demo, and rank among demo', () => {
    const s = summarizeIndicator({
      ...base,
      plan: { ...plan, isDemo: true },
      previous: figure(1300, { isDemo: true }),
      rank: { ...rank, hasDemoAmong: true },
    });
    expect(s.isPlanDemoForRealFigure).toBe(true);
    expect(s.change.isAgainstDemo).toBe(true);
    expect(s.rank?.isAgainstDemo).toBe(true);
  });

  it('does not flag demo against demo: the page says demo once', () => {
    const s = summarizeIndicator({
      ...base,
      figure: figure(1463, { isDemo: true }),
      plan: { ...plan, isDemo: true },
      previous: figure(1300, { isDemo: true }),
      rank: { ...rank, hasDemoAmong: true },
    });
    expect([s.isPlanDemoForRealFigure, s.change.isAgainstDemo, s.rank?.isAgainstDemo]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('says a percentage’s change in points', () => {
    const s = summarizeIndicator({
      ...base,
      indicator: villages,
      figure: figure(86.4),
      previous: figure(84.2),
    });
    expect(s.change.inPoints).toBe(true);
    expect(s.change.delta).toBeCloseTo(2.2, 10);
  });

  it('withholds a rank among one province', () => {
    const s = summarizeIndicator({ ...base, rank: { ...rank, rank: 1, rankedCount: 1 } });
    expect(s.rank).toMatchObject({ rank: null, withheld: { vi: 'Chỉ 1/63 tỉnh có số liệu: chưa xếp hạng' } });
  });

  it('computes no rank move across the merger for a rank indicator', () => {
    const dti = { unit: 'rank', direction: 'lower', overTime: 'last' } as const;
    const s = summarizeIndicator({
      ...base,
      indicator: dti,
      figure: figure(3, { rankedOf: 34 }),
      previous: figure(5, { rankedOf: 63 }),
      rank: null,
      isSameRankingAsPrevious: false,
    });
    expect(s.rankMove?.places).toBeNull();
    expect(s.rankMove?.notComparable).toBeDefined();
  });

  it('marks the verdict of "trên 90%" against 95% as open, and its rank approximate', () => {
    const s = summarizeIndicator({
      ...base,
      indicator: villages,
      figure: figure(90, { qualifier: 'above' }),
      plan: { value: 95, comparator: '>=', isDemo: false },
    });
    expect(s.progress).toMatchObject({ status: 'close', isCertain: false });
    expect(s.rank?.isApproximate).toBe(true);
  });
});
