import { describe, expect, it } from 'vitest';
import { guessDate, guessTitle } from './report-heading.ts';

describe('a report’s title and date, guessed for staff to check', () => {
  it('takes the first heading line, skipping a website’s icon and menu text', () => {
    const page =
      'icon facebookFacebook icon phoneLiên hệ\nicon categoryChuyên mục\n\nSơ kết công tác quản lý nhà nước về thông tin và truyền thông\n  • 14:01 | Thứ Ba, 20/07/2021';
    expect(guessTitle(page)).toBe('Sơ kết công tác quản lý nhà nước về thông tin và truyền thông');
    expect(guessDate(page)).toBe('2021-07-20');
  });

  it('reads "Ngày 10/01/2024" and falls back to the file name', () => {
    expect(guessDate('(sonla.gov.vn) Ngày 10/01/2024, Sở Thông tin và Truyền thông đã tổ chức')).toBe(
      '2024-01-10',
    );
    expect(guessTitle('\n 12 \n', 'bao-cao-2019.docx')).toBe('bao-cao-2019');
    expect(guessDate('không có ngày nào, chỉ năm 2023')).toBeNull();
  });
});
