/** Tests of how a figure's source is cited: a report by title, publisher and date; typed text as typed. */
import { describe, expect, it } from 'vitest';
import { citationDate, citeReport, citeSource, type SourceReport } from './source-report.ts';

const quangBinh: Omit<SourceReport, 'ref'> = {
  title: 'Sơ kết công tác quản lý nhà nước về thông tin và truyền thông',
  publisher: { vi: 'Báo Quảng Bình', en: 'Quảng Bình Newspaper' },
  publishedOn: '2021-07-20',
};
const report: SourceReport = { ...quangBinh, ref: citeReport(quangBinh, 'vi') };

describe('citing a source', () => {
  it('writes a report as "Title — Publisher, date" in each language', () => {
    expect(citeReport(quangBinh, 'vi')).toBe(
      'Sơ kết công tác quản lý nhà nước về thông tin và truyền thông — Báo Quảng Bình, 20/07/2021',
    );
    expect(citeReport(quangBinh, 'en')).toBe(
      'Sơ kết công tác quản lý nhà nước về thông tin và truyền thông — Quảng Bình Newspaper, 20 Jul 2021',
    );
  });

  it('writes dates as the dashboard does', () => {
    expect(citationDate('2024-01-10', 'vi')).toBe('10/01/2024');
    expect(citationDate('2024-01-10', 'en')).toBe('10 Jan 2024');
    expect(citationDate('not a date', 'en')).toBe('not a date');
  });

  it('cites a known report in the reader’s language and leaves typed text as typed', () => {
    const reports = new Map([[report.ref, report]]);
    expect(citeSource(report.ref, reports, 'en')).toBe(citeReport(quangBinh, 'en'));
    expect(citeSource(report.ref, reports, 'vi')).toBe(report.ref);
    expect(citeSource('Báo cáo 15/BC-STTTT ngày 05/12/2026', reports, 'en')).toBe(
      'Báo cáo 15/BC-STTTT ngày 05/12/2026',
    );
  });
});
