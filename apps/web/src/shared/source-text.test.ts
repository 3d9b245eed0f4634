import type { SourceReport } from '@cds/core';
import { describe, expect, it } from 'vitest';
import { sourceText } from './source-text.ts';

/** As GET /api/sources gives it. */
const SON_LA: SourceReport = {
  ref: 'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông — Cổng thông tin điện tử tỉnh Sơn La, 10/01/2024',
  title: 'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông',
  publisher: { vi: 'Cổng thông tin điện tử tỉnh Sơn La', en: 'Sơn La Provincial Portal' },
  publishedOn: '2024-01-10',
};

describe('sourceText', () => {
  it('cites a seed report by title, publisher and date in the page’s language', () => {
    expect(sourceText([SON_LA.ref], [SON_LA], 'vi')).toBe(
      'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông — Cổng thông tin điện tử tỉnh Sơn La, 10/01/2024',
    );
    expect(sourceText([SON_LA.ref], [SON_LA], 'en')).toBe(
      'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông — Sơn La Provincial Portal, 10 Jan 2024',
    );
  });

  it('keeps a source typed by staff as typed, and names a report once', () => {
    expect(sourceText(['Báo cáo 15/BC-STTTT ngày 05/12/2026', SON_LA.ref, SON_LA.ref], [SON_LA], 'en')).toBe(
      'Báo cáo 15/BC-STTTT ngày 05/12/2026; Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông — Sơn La Provincial Portal, 10 Jan 2024',
    );
  });
});
