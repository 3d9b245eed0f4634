/**
 * The summary strip's counts and the sentence drafter, on the figures of seed 003 (Sơn La's Department
 * of Information and Communications, year-end 2023, `../shared/seeds/003_…txt`).
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../indicators/indicator.ts';
import {
  canDerivePlanFromClaim,
  deriveTargetFromPlanClaim,
  type Progress,
  progress,
} from '../progress/progress.ts';
import { type DraftInput, draftRankSentence, draftSentence, periodNotOverLead } from './draft-sentences.ts';
import { latestRank, mostBehind, stripCounts } from './summary-strip.ts';

const indicator = (key: string, unit: Indicator['unit'], nameVi: string, nameEn: string) => ({
  key,
  unit,
  nameVi,
  nameEn,
  direction: 'higher' as const,
});
const villages = indicator(
  'villages_mobile_broadband',
  'percent',
  'Tỷ lệ thôn/bản có sóng băng rộng di động',
  'Villages with mobile broadband',
);
const fibre = indicator(
  'communes_fibre',
  'percent',
  'Tỷ lệ xã có hạ tầng băng rộng cáp quang',
  'Communes with fibre broadband',
);
const revenue = indicator(
  'telecom_revenue',
  'billion_vnd',
  'Doanh thu lĩnh vực viễn thông',
  'Telecommunications revenue',
);

/** A figure of 2023 with the plan the report's "vượt X% so với kế hoạch" implies, as the seed derives it. */
function seeded(
  ind: typeof villages,
  value: number,
  counts: [number, number] | null,
  aboveBy: number | null,
  isDemo = false,
): DraftInput {
  const planValue =
    aboveBy === null || !canDerivePlanFromClaim(ind.unit)
      ? null
      : deriveTargetFromPlanClaim(value, aboveBy, 'higher');
  return {
    indicator: ind,
    period: '2023',
    figure: {
      value,
      numerator: counts?.[0] ?? null,
      denominator: counts?.[1] ?? null,
      isDemo,
      isDerived: false,
      qualifier: 'exact',
    },
    plan: planValue === null ? null : { value: planValue, isDerived: true, isDemo: false },
    progress: progress(value, planValue, 'higher'),
  };
}

describe('sentences drafted from seed 003’s figures', () => {
  it('regenerates the report’s sentences from the figures they state', () => {
    const drafted = draftSentence(seeded(villages, 98.15, [212, 216], 0.82));
    // The report says "212/216 bản"; the drafter names the general "thôn, bản". Its "vượt 82% so
    // với kế hoạch" gives no plan for a percentage (53,93% would be nonsense): no verdict is drafted.
    expect(drafted?.vi).toBe('Đến nay, đã có 212/216 thôn, bản được phủ sóng băng rộng di động.');
    expect(draftSentence(seeded(revenue, 1463, null, 0.08))?.vi).toBe(
      'Doanh thu lĩnh vực viễn thông đạt 1.463 tỷ đồng, vượt 8% so với kế hoạch đề ra (kế hoạch suy ra từ báo cáo).',
    );
    expect(draftSentence(seeded(fibre, 100, null, null))?.vi).toBe(
      'Tỷ lệ xã có hạ tầng băng rộng cáp quang đạt 100%.',
    );
    expect(draftSentence(seeded(revenue, 1463, null, 0.08))?.en).toBe(
      'Telecommunications revenue: 1,463 billion VND, 8% above plan (plan derived from the report).',
    );
  });

  it('lists the figures each sentence states, marked as the figures are', () => {
    const drafted = draftSentence(seeded(revenue, 1463, null, 0.08));
    expect(drafted?.facts).toEqual([
      {
        indicatorKey: 'telecom_revenue',
        period: '2023',
        value: 1463,
        role: 'figure',
        isDemo: false,
        isDerived: false,
        source: null,
      },
      {
        indicatorKey: 'telecom_revenue',
        period: '2023',
        value: expect.closeTo(1354.63, 2),
        role: 'plan',
        isDemo: false,
        isDerived: true,
      },
    ]);
  });

  it('cites the report behind a real figure, never behind a demo one, and varies its opening', () => {
    const source = {
      vi: 'Báo cáo 15/BC-STTTT — Sở TT&TT Sơn La, 05/01/2024',
      en: 'Báo cáo 15/BC-STTTT — Sơn La DIC, 5 Jan 2024',
    };
    const cited = draftSentence({ ...seeded(villages, 98.15, [212, 216], 0.82), source });
    expect(cited?.vi).toMatch(/\. Nguồn: Báo cáo 15\/BC-STTTT — Sở TT&TT Sơn La, 05\/01\/2024\.$/);
    expect(cited?.en).toMatch(/\. Source: Báo cáo 15\/BC-STTTT — Sơn La DIC, 5 Jan 2024\.$/);
    expect(cited?.facts[0]?.source).toBe(source.vi);
    const demo = seeded(villages, 98.15, [212, 216], 0.82, true);
    expect(draftSentence({ ...demo, source })?.vi).not.toContain('Nguồn');
    const openings = [0, 1, 2].map(
      (variant) =>
        draftSentence({ ...seeded(villages, 98.15, [212, 216], 0.82), variant })?.vi.split(' 212')[0],
    );
    expect(new Set(openings).size).toBe(3);
  });

  it('opens a brief of a period not over by saying so, with how far the figures go', () => {
    const lead = periodNotOverLead({
      periodLabel: { vi: 'Năm 2026', en: 'Year 2026' },
      asOf: { vi: 'tháng 11/2026', en: 'November 2026' },
      today: { vi: '06/12/2026', en: '6 Dec 2026' },
    });
    expect(lead.vi).toBe(
      'Năm 2026 chưa kết thúc (hôm nay 06/12/2026): số liệu đến hết tháng 11/2026; mọi đánh giá so với kế hoạch dưới đây là tạm tính.',
    );
    expect(lead.en).toContain('Year 2026 is not over');
  });

  it('drafts no sentence for a figure that does not exist, and says demo data in the sentence', () => {
    const none = seeded(revenue, 1463, null, 0.08);
    expect(draftSentence({ ...none, figure: { ...none.figure, value: null } })).toBeNull();
    expect(draftSentence(seeded(revenue, 1463, null, null, true))?.vi).toBe(
      'Doanh thu lĩnh vực viễn thông đạt 1.463 tỷ đồng (dữ liệu minh họa).',
    );
  });

  it('never states more than a bounded figure: its word stays, and an open verdict is not claimed', () => {
    const base = seeded(fibre, 100, null, null);
    // "gần 100%" (below 100): never "đạt 100%".
    const near = draftSentence({ ...base, figure: { ...base.figure, qualifier: 'below' } });
    expect(near?.vi).toBe('Tỷ lệ xã có hạ tầng băng rộng cáp quang ở mức dưới 100%.');
    const visits = indicator('portal_visits', 'count', 'Lượt truy cập cổng dịch vụ công', 'Portal visits');
    const over = seeded(visits, 500_000, null, null);
    const plan = { value: 600_000, isDerived: false, isDemo: false };
    const drafted = draftSentence({
      ...over,
      figure: { ...over.figure, qualifier: 'above' },
      plan,
      progress: progress(500_000, 600_000, 'higher', { qualifier: 'above' }),
    });
    // "trên 500.000" against 600.000 could be either side of the plan: no verdict is drafted.
    expect(drafted?.vi).toBe('Lượt truy cập cổng dịch vụ công đạt trên 500.000.');
    const past = draftSentence({
      ...over,
      figure: { ...over.figure, qualifier: 'above' },
      plan: { ...plan, value: 400_000 },
      progress: progress(500_000, 400_000, 'higher', { qualifier: 'above' }),
    });
    // Past the plan for certain, but by "at least 25%": the sentence gives no number it cannot prove.
    expect(past?.vi).toBe('Lượt truy cập cổng dịch vụ công đạt trên 500.000, vượt kế hoạch đề ra.');
  });

  it('says a verdict in a period not over is provisional', () => {
    const input = {
      ...seeded(revenue, 1100, null, null),
      period: '2026',
      plan: { value: 1200, isDerived: false, isDemo: false },
    };
    const judged = progress(1100, 1200, 'higher', { coverage: { months: 10, of: 12, overTime: 'sum' } });
    expect(draftSentence({ ...input, progress: judged })?.vi).toBe(
      'Doanh thu lĩnh vực viễn thông đạt 1.100 tỷ đồng, vượt 10% so với kế hoạch theo tiến độ (tạm tính, kỳ chưa kết thúc).',
    );
  });

  it('says a share of the plan when behind it', () => {
    const input = {
      ...seeded(revenue, 900, null, null),
      plan: { value: 1000, isDerived: false, isDemo: false },
    };
    const drafted = draftSentence({ ...input, progress: progress(900, 1000, 'higher') });
    expect(drafted?.vi).toBe('Doanh thu lĩnh vực viễn thông đạt 900 tỷ đồng, đạt 90% kế hoạch đề ra.');
  });

  it('drafts a rank with its change in places', () => {
    const rank = draftRankSentence({
      indicator: { key: 'dti_rank', nameVi: 'Xếp hạng DTI cấp tỉnh', nameEn: 'Provincial DTI rank' },
      year: 2024,
      rank: 12,
      of: 63,
      previousYear: 2023,
      change: 9,
      isDemo: false,
    });
    expect(rank.vi).toBe('Xếp hạng DTI cấp tỉnh năm 2024: 12/63, tăng 9 bậc so với năm 2023.');
    expect(rank.en).toBe('Provincial DTI rank 2024: 12/63, up 9 places on 2023.');
  });
});

describe('the summary strip', () => {
  const item = (key: string, value: number | null, target: number | null, isDemo = false) => ({
    indicator: { key, unit: 'percent' as const, direction: 'higher' as const },
    value,
    progress: progress(value, target, 'higher'),
    plan: target,
    isDemo,
  });
  const notOver: Progress = { ...progress(50, 80, 'higher'), status: 'not_over' };

  it('counts the verdicts the cards give, and the rest as not judged', () => {
    const items = [
      item('a', 100, 90),
      item('b', 85, 90),
      item('c', 50, 90, true),
      item('d', 70, 100),
      item('e', 70, null),
      item('f', null, 90),
      { ...item('g', 50, 80), progress: notOver },
    ];
    expect(stripCounts(items)).toEqual({
      achieved: 1,
      close: 1,
      behind: 2,
      notJudged: 3,
      of: 7,
      onDemo: 1,
      provisional: 0,
    });
  });

  it('names the three most behind, worst first, with their gap', () => {
    const items = [
      item('a', 100, 90),
      item('b', 85, 90),
      item('c', 50, 90),
      item('d', 70, 100),
      item('e', 20, 100),
    ];
    expect(mostBehind(items).map((m) => [m.indicatorKey, m.gap])).toEqual([
      ['e', -80],
      ['c', -40],
      ['d', -30],
    ]);
  });

  it('counts a stock of a year not over, judged on its trajectory, and says what its target is', () => {
    // Sơn La 2026: 87,11% at the end of November, 84,19% at the end of 2025, a plan of 95,17%.
    const judged = progress(87.11, 95.17, 'higher', {
      coverage: { months: 11, of: 12, overTime: 'last', isPeriodOver: false, start: 84.19 },
    });
    const fibre = { ...item('households_fibre', 87.11, 95.17), progress: judged };
    expect(stripCounts([fibre, item('a', 100, 90)])).toMatchObject({ close: 1, achieved: 1, provisional: 1 });
    expect(mostBehind([fibre, item('a', 100, 90)])).toEqual([
      {
        indicatorKey: 'households_fibre',
        value: 87.11,
        target: expect.closeTo(94.255, 3),
        ratio: expect.closeTo(0.924, 3),
        gap: expect.closeTo(-7.145, 3),
        basis: 'trajectory',
        plan: 95.17,
        isDemo: false,
      },
    ]);
  });

  it('carries the latest rank forward, labelled with its year, and gives the change only between like rankings', () => {
    const points = [
      { year: 2022, rank: 21, of: 63, isDemo: false },
      { year: 2023, rank: 12, of: 63, isDemo: false },
      { year: 2025, rank: 5, of: 34, isDemo: true },
    ];
    expect(latestRank('dti_rank', points, 2024)).toMatchObject({
      year: 2023,
      rank: 12,
      change: 9,
      isCarriedForward: true,
    });
    expect(latestRank('dti_rank', points, 2026)).toMatchObject({
      year: 2025,
      rank: 5,
      change: null,
      isDemo: true,
    });
    expect(latestRank('dti_rank', [], 2026)).toBeNull();
  });
});

describe('as of', () => {
  const figure = (missing: string[]) => ({ value: 1, missing, isComplete: missing.length === 0 });

  it('reaches the last month any figure covers', async () => {
    const { asOfMonth } = await import('./as-of.ts');
    const { periodOf } = await import('../periods/period.ts');
    expect(
      asOfMonth(periodOf('2026'), [
        figure(['2026-11', '2026-12']),
        figure(['2026-10', '2026-11', '2026-12']),
      ]),
    ).toBe('2026-10');
    expect(asOfMonth(periodOf('2025'), [figure([])])).toBe('2025-12');
    expect(asOfMonth(periodOf('2024-Q3'), [figure([])])).toBe('2024-09');
    expect(asOfMonth(periodOf('2026'), [{ value: null, missing: [], isComplete: false }])).toBeNull();
  });
});
