import type { SourceReport } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { sourceText } from '../../shared/source-text.ts';
import { type FigureRow, sourceNotes } from './key-figures.ts';

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
