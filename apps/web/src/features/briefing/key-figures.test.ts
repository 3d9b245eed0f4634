import type { SourceReport } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/use-i18n.ts';
import { sourceText } from '../../shared/source-text.ts';
import type { Briefing, PeriodSummary } from './briefing-queries.ts';
import { type FigureRow, keyFigureRows, sourceNotes } from './key-figures.ts';

const SON_LA: SourceReport = {
  ref: 'Hội nghị tổng kết công tác năm 2023 — Cổng thông tin điện tử tỉnh Sơn La, 10/01/2024',
  title: 'Hội nghị tổng kết công tác năm 2023',
  publisher: { vi: 'Cổng thông tin điện tử tỉnh Sơn La', en: 'Sơn La Provincial Portal' },
  publishedOn: '2024-01-10',
};

const row = (n: number, sourceRefs: string[], quote: string | null): FigureRow => ({
  n,
  key: `k${n}`,
  name: `k${n}`,
  value: '1',
  plan: '—',
  status: null,
  statusText: '',
  proRata: null,
  change: '—',
  isDemo: false,
  isDerived: false,
  isPlanDemo: false,
  isPlanDerived: false,
  sourceRefs,
  quote,
});

describe('sourceNotes (the printed report’s sources)', () => {
  it('names each report once, cited in the page’s language, with the rows it gives and their quotes', () => {
    const cite = (ref: string) => sourceText([ref], [SON_LA], 'en');
    const notes = sourceNotes(
      [
        row(1, [SON_LA.ref], '212/216 bản được phủ sóng'),
        row(2, [], null),
        row(3, [SON_LA.ref], 'Doanh thu … đạt 1.463 tỷ đồng'),
        row(4, ['Báo cáo 15/BC-STTTT'], null),
      ],
      cite,
    );
    expect(notes).toEqual([
      {
        citation: 'Hội nghị tổng kết công tác năm 2023 — Sơn La Provincial Portal, 10 Jan 2024',
        rows: [
          { n: 1, quote: '212/216 bản được phủ sóng' },
          { n: 3, quote: 'Doanh thu … đạt 1.463 tỷ đồng' },
        ],
      },
      { citation: 'Báo cáo 15/BC-STTTT', rows: [{ n: 4, quote: null }] },
    ]);
  });
});

// Kiên Giang 2019's print once said "(minh họa)" beside two real figures while the demo plans beside
// them went unmarked, and "(tính lại / suy ra)" beside a reported 98,15% whose plan was derived.
describe('keyFigureRows (the printed report’s table)', () => {
  const revenue = {
    key: 'telecom_revenue',
    nameVi: 'Doanh thu viễn thông',
    nameEn: 'Telecom revenue',
    unit: 'billion_vnd' as const,
  };
  const item = (
    figure: { isDemo: boolean; basis: string },
    target: { isDemo: boolean; isDerived: boolean },
  ) => ({
    indicator: 'telecom_revenue',
    figure: { value: 1463, qualifier: 'exact', isPartlyDemo: false, sourceRefs: [], ...figure },
    target: { value: 1354.63, ...target },
    progress: { status: 'achieved', basis: 'full', isProvisional: false, isCertain: true },
    horizon: '2019',
    change: { delta: null },
    coverage: null,
    sourceQuote: null,
  });
  const rows = (i: ReturnType<typeof item>) =>
    keyFigureRows(
      { items: [i] } as unknown as PeriodSummary,
      { strip: { ranks: [] } } as unknown as Briefing,
      new Map([[revenue.key, revenue]]),
      'vi',
      translator('vi'),
    );

  it('marks demo on the plan when the plan is demo and the figure is real', () => {
    const [row] = rows(item({ isDemo: false, basis: 'reported' }, { isDemo: true, isDerived: false }));
    expect(row).toMatchObject({ isDemo: false, isPlanDemo: true, statusText: 'Đạt kế hoạch năm 2019' });
  });

  it('marks a derived plan on the plan, never the reported figure as restated', () => {
    const [row] = rows(item({ isDemo: false, basis: 'reported' }, { isDemo: false, isDerived: true }));
    expect(row).toMatchObject({ isDerived: false, isPlanDerived: true });
  });
});
