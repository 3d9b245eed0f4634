import { describe, expect, it } from 'vitest';
import { BLANK_ROW, draftKey, loadEdits } from './draft-store.ts';
import { type ExtractedProposal, handToForms, proposalRowText, sentenceAround } from './proposal-drafts.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const text =
  'Năm 2019, tỉnh có 212/216 bản được phủ sóng băng rộng di động. Doanh thu viễn thông đạt trên 1.463 tỷ đồng; Chỉ số DTI xếp thứ 12/63, tăng 9 bậc.';
const at = (quote: string) => ({
  quote,
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
});
const proposals: ExtractedProposal[] = [
  {
    unitId: 'v63-89',
    period: '2019',
    indicatorKey: 'villages_mobile_broadband',
    kind: 'figure',
    value: (212 / 216) * 100,
    numerator: 212,
    denominator: 216,
    qualifier: 'exact',
    ...at('212/216 bản được phủ sóng băng rộng di động'),
  },
  {
    unitId: 'v63-89',
    period: '2019',
    indicatorKey: 'telecom_revenue',
    kind: 'figure',
    value: 1463,
    qualifier: 'above',
    ...at('đạt trên 1.463 tỷ đồng'),
  },
  {
    unitId: 'v63-89',
    period: '2019',
    indicatorKey: 'dti_rank',
    kind: 'figure',
    value: 12,
    rankedOf: 63,
    qualifier: 'exact',
    ...at('xếp thứ 12/63'),
  },
  {
    unitId: 'v63-89',
    period: '2018',
    indicatorKey: 'dti_rank',
    kind: 'derived',
    value: 21,
    qualifier: 'exact',
    ...at('tăng 9 bậc'),
  },
  {
    unitId: 'v63-89',
    period: '2020',
    indicatorKey: 'telecom_revenue',
    kind: 'plan',
    value: 1600,
    qualifier: 'exact',
    ...at('1.463 tỷ đồng'),
  },
];
const units = new Map([
  ['villages_mobile_broadband', 'percent'],
  ['telecom_revenue', 'billion_vnd'],
  ['dti_rank', 'rank'],
] as const);
const report = { title: 'Báo cáo tổng kết năm 2019', date: '2020-01-10', text };

describe('figures read from a report, handed to their period forms', () => {
  it('writes each figure as the form reads it, sourced by the report and its words', () => {
    const villages = proposalRowText(proposals[0] as ExtractedProposal, 'percent', report, 'vi');
    expect(villages).toMatchObject({ value: '', numerator: '212', denominator: '216' });
    expect(villages.sourceRef).toBe('Báo cáo tổng kết năm 2019, 10/01/2020');
    expect(villages.sourceQuote).toBe('212/216 bản được phủ sóng băng rộng di động');
    const revenue = proposalRowText(proposals[1] as ExtractedProposal, 'billion_vnd', report, 'vi');
    expect(revenue).toMatchObject({ value: 'trên 1.463', qualifier: 'above' });
    expect(proposalRowText(proposals[2] as ExtractedProposal, 'rank', report, 'en').value).toBe('12/63');
  });

  it('fills the year and the derived previous year, never a plan, and marks every row as proposed', () => {
    const storage = memoryStorage();
    const handed = handToForms(
      storage,
      'staff',
      proposals,
      new Map(units),
      report,
      'vi',
      '2026-12-03T02:00:00Z',
    );
    expect(handed).toEqual([
      { unitId: 'v63-89', period: '2018', rows: 1, kept: 0 },
      { unitId: 'v63-89', period: '2019', rows: 3, kept: 0 },
    ]);
    const year = loadEdits(storage, draftKey('staff', 'v63-89', '2019'));
    expect(Object.keys(year?.rows ?? {})).toEqual([
      'villages_mobile_broadband',
      'telecom_revenue',
      'dti_rank',
    ]);
    expect(year?.rows.dti_rank?.proposal).toMatchObject({ status: 'proposed', kind: 'figure' });
    expect(year?.rows.telecom_revenue?.proposal?.sentence).toBe(
      'Doanh thu viễn thông đạt trên 1.463 tỷ đồng;',
    );
    const before = loadEdits(storage, draftKey('staff', 'v63-89', '2018'));
    expect(before?.rows.dti_rank?.text).toMatchObject({
      value: '21',
      note: 'Suy ra từ báo cáo: “tăng 9 bậc”',
    });
  });

  it('leaves a row the person edited by hand as it is, and says so', () => {
    const storage = memoryStorage();
    const key = draftKey('staff', 'v63-89', '2019');
    storage.setItem(
      key,
      JSON.stringify({
        locale: 'vi',
        rows: { telecom_revenue: { text: { ...BLANK_ROW, value: '1.500' }, basis: null } },
        keptAt: '2026-12-01T00:00:00Z',
      }),
    );
    const handed = handToForms(
      storage,
      'staff',
      proposals,
      new Map(units),
      report,
      'vi',
      '2026-12-03T02:00:00Z',
    );
    expect(handed.find((h) => h.period === '2019')).toEqual({
      unitId: 'v63-89',
      period: '2019',
      rows: 2,
      kept: 1,
    });
    expect(loadEdits(storage, key)?.rows.telecom_revenue?.text.value).toBe('1.500');
  });

  it('finds the sentence around a quote', () => {
    const { start, end } = at('xếp thứ 12/63');
    expect(sentenceAround(text, start, end)).toBe('Chỉ số DTI xếp thứ 12/63, tăng 9 bậc.');
  });
});

describe('the other forms a report filled', () => {
  it('lists the person’s other forms with rows still proposed, and no one else’s', async () => {
    const { otherFormsWithProposals } = await import('./proposal-drafts.ts');
    const items = new Map<string, string>();
    const storage = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    handToForms(storage, 'demo.sonla', proposals, new Map(units), report, 'vi', '2026-12-03T02:00:00Z');
    handToForms(storage, 'demo.other', proposals, new Map(units), report, 'vi', '2026-12-03T02:00:00Z');
    expect(otherFormsWithProposals(storage, draftKey('demo.sonla', 'v63-89', '2019'))).toEqual([
      { unitId: 'v63-89', period: '2018', rows: 1 },
    ]);
  });
});
