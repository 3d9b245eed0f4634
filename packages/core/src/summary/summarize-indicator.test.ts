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
  previousPeriod: periodOf('2022'),
  start: null,
  rank,
  isSameRankingAsPrevious: true,
  today: '2026-12-03',
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
    expect(s.coverage).toEqual({ months: 10, of: 12, isMissingUnits: false });
    expect(s.progress).toMatchObject({ status: 'achieved', basis: 'pro_rata', isProvisional: true });
    expect(s.horizon).toBe('2026');
  });

  it('calls a change like for like only when last year’s figure covers the same months', () => {
    const ytd = figure(1000, { basis: 'rolled_up', isComplete: false, missing: ['2026-11', '2026-12'] });
    const sameMonths = figure(900, {
      basis: 'rolled_up',
      isComplete: false,
      missing: ['2025-11', '2025-12'],
    });
    const tenAgainstTen = summarizeIndicator({
      ...base,
      period: periodOf('2026'),
      previousPeriod: periodOf('2025'),
      figure: ytd,
      previous: sameMonths,
    });
    expect(tenAgainstTen.change).toMatchObject({
      delta: 100,
      isLikeForLike: true,
      against: { period: '2025', months: 10, of: 12 },
    });
    // A merged province's ten months against its restated whole of 2025: a change, but not like for like.
    const tenAgainstYear = summarizeIndicator({
      ...base,
      period: periodOf('2026'),
      previousPeriod: periodOf('2025'),
      figure: ytd,
      previous: figure(1100, { basis: 'restated' }),
    });
    expect(tenAgainstYear.change).toMatchObject({
      isLikeForLike: false,
      against: { period: '2025', months: 12, of: 12 },
    });
  });

  // Sơn La 2026, households on fibre: 87,11% at the end of November against a plan of 95,17%,
  // from 84,19% at the end of 2025. The strip used to say "0 chậm" and the card "Chưa hết kỳ".
  it('judges a stock in a year not over against the straight line from last year-end to the plan', () => {
    const ytd = figure(87.11, { basis: 'rolled_up', isComplete: false, missing: ['2026-12'] });
    const s = summarizeIndicator({
      ...base,
      indicator: villages,
      period: periodOf('2026'),
      previousPeriod: periodOf('2025'),
      figure: ytd,
      start: figure(84.19),
      plan: { value: 95.17, comparator: '>=', isDemo: false },
    });
    // 84,19 + (95,17 − 84,19) × 11/12 = 94,255: 87,11 is 92,4% of where it should be.
    expect(s.progress.basis).toBe('trajectory');
    expect(s.progress.comparedTarget).toBeCloseTo(94.255, 3);
    expect(s.progress.status).toBe('close');
    expect(s.progress.isProvisional).toBe(true);
    expect(s.progress.ratio).toBeCloseTo(87.11 / 94.255, 4);
  });

  it('says a stock already past its plan in a year not over is achieved, provisionally', () => {
    const ytd = figure(96, { basis: 'rolled_up', isComplete: false, missing: ['2026-12'] });
    const s = summarizeIndicator({
      ...base,
      indicator: villages,
      period: periodOf('2026'),
      figure: ytd,
      start: null,
      plan: { value: 95, comparator: '>=', isDemo: false },
    });
    expect(s.progress).toMatchObject({
      status: 'achieved',
      basis: 'full',
      isProvisional: true,
      comparedTarget: 95,
    });
  });

  it('gives no verdict on a stock not yet at its plan with no year-end figure to start its line from', () => {
    const ytd = figure(90, { basis: 'rolled_up', isComplete: false, missing: ['2026-11', '2026-12'] });
    const s = summarizeIndicator({
      ...base,
      indicator: villages,
      period: periodOf('2026'),
      figure: ytd,
      plan: { value: 95, comparator: '>=', isDemo: false },
    });
    expect(s.progress.status).toBe('not_over');
    expect(s.progress.isProvisional).toBe(false);
  });

  it('judges nothing of a closed year that has only January', () => {
    const january = figure(120, {
      basis: 'rolled_up',
      isComplete: false,
      missing: ['2025-02', '2025-03', '2025-Q2', '2025-H2'],
    });
    const s = summarizeIndicator({
      ...base,
      period: periodOf('2025'),
      figure: january,
      plan: { ...plan, value: 1200 },
    });
    expect(s.isPeriodOver).toBe(true);
    expect(s.coverage).toMatchObject({ months: 1, of: 12 });
    expect(s.progress.status).toBe('incomplete');
    // Its rank among provinces with whole years says it rests on one month.
    expect(s.rank?.isOnPartialFigure).toBe(true);
    expect(summarizeIndicator(base).rank?.isOnPartialFigure).toBe(false);
  });

  it('judges nothing of a restated sum that misses a province', () => {
    const restated = figure(1300, { basis: 'restated', isComplete: false, missing: ['v63-91@2019'] });
    const s = summarizeIndicator({ ...base, period: periodOf('2019'), figure: restated });
    expect(s.coverage).toEqual({ months: 12, of: 12, isMissingUnits: true });
    expect(s.progress.status).toBe('incomplete');
    // Nor a change from a whole previous year: the missing province would read as a fall.
    expect(s.change.delta).toBeNull();
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
