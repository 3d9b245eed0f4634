/**
 * Importing a file in the browser: an XLSX with two bad rows is refused with both problems listed
 * by line and column, nothing written; fixed, it is previewed clean, imported with its progress,
 * and the result links to the review of the report it made. The province page then shows the
 * figures as awaiting review, with the import in their history. The province chosen stays when
 * the period changes, moved across the merger to its own unit of that time.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

// exceljs is the API's dependency (it reads imports); borrowed from there rather than added here.
const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));
const ExcelJS = requireFromApi('exceljs') as {
  Workbook: new () => {
    addWorksheet: (name: string) => { addRow: (values: unknown[]) => void };
    xlsx: { writeBuffer: () => Promise<ArrayBuffer> };
  };
};

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = [
  'Mã tỉnh',
  'Kỳ',
  'Mã chỉ tiêu',
  'Giá trị',
  'Tử số',
  'Mẫu số',
  'Nguồn',
  'Trích dẫn',
  'Ghi chú',
];

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('v34-44 2026-10');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(page, 'demo.quangtri');
});

afterAll(async () => {
  await browser?.close();
});

async function choose(buffer: Buffer, name: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX_TYPE, buffer });
  await expect.poll(() => page.getByTestId('file-drop').textContent()).toContain(name);
}

describe('importing a file of figures', () => {
  it('lists both problems of a file with two bad rows and imports nothing', async () => {
    await page.goto(`${baseUrl}/bao-cao/nhap-tep?tinh=v34-44&ky=2026-10`);
    await page.getByRole('heading', { name: 'Nhập số liệu từ tệp' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tải biểu mẫu Excel (.xlsx)' }).getAttribute('href')).toBe(
      '/api/imports/template/v34-44/2026-10?format=xlsx',
    );
    await choose(
      await xlsx([
        ['v34-44', '2026-10', 'portal_visits', '125.000', null, null, null, null, null],
        ['v34-44', '2026-10', 'bts_4g_added', '1.46', null, null, null, null, null],
        ['v34-44', '2026-10', 'khong_co_chi_tieu', '5', null, null, null, null, null],
      ]),
      'so-lieu-loi.xlsx',
    );
    await page
      .getByLabel('Nguồn cho các dòng để trống cột Nguồn (không bắt buộc)')
      .fill('Báo cáo số 15/BC-STTTT ngày 02/12/2026');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const issues = page.locator('.import-issues tbody tr');
    // The first file starts the server's import worker, which takes a moment on a busy machine.
    await expect.poll(() => issues.count(), { timeout: 10_000 }).toBe(2);
    expect(await page.locator('.import-issues h3').textContent()).toBe('Lỗi trong tệp (2)');
    expect(await issues.nth(0).getAttribute('data-line')).toBe('3');
    expect(await issues.nth(0).textContent()).toContain('Giá trị');
    expect(await issues.nth(1).getAttribute('data-line')).toBe('4');
    expect(await issues.nth(1).textContent()).toContain('khong_co_chi_tieu');
    expect(await page.getByRole('button', { name: 'Nhập', exact: true }).isDisabled()).toBe(true);
    await shot(page, 'import-issues-vi');
    await switchLanguage(page, 'English');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Import figures from a file');
    await shot(page, 'import-issues-en');
    await switchLanguage(page, 'Tiếng Việt');
  });

  it('imports the fixed file, with its progress, and links to the review', async () => {
    await choose(
      await xlsx([
        ['v34-44', '2026-10', 'portal_visits', '125.000', null, null, null, null, null],
        ['v34-44', '2026-10', 'bts_4g_added', '146', null, null, null, null, null],
        ['v34-44', '2026-10', 'fibre_routes_added', 12, null, null, null, null, 'Tuyến mới tại Đông Hà'],
      ]),
      'so-lieu-da-sua.xlsx',
    );
    // The language switch kept the page but not the typed source: give it again.
    const source = page.getByLabel('Nguồn cho các dòng để trống cột Nguồn (không bắt buộc)');
    if (!(await source.inputValue())) await source.fill('Báo cáo số 15/BC-STTTT ngày 02/12/2026');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => page.locator('.import-preview').getAttribute('data-issues')).toBe('0');
    expect(await page.locator('.import-rows tbody tr').count()).toBe(3);
    expect(await page.locator('.import-rows tbody tr').first().textContent()).toContain('125.000');

    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    const result = page.locator('.import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('3 số liệu mới hoặc thay đổi');
    const review = result.getByRole('link', { name: 'Mở trang duyệt' });
    expect(await review.getAttribute('href')).toBe('/duyet/v34-44/2026-10');
    await shot(page, 'import-done-vi');
  });

  it('points a written report (.txt, .docx, .pdf) to the page that reads reports for figures', async () => {
    await page.goto(`${baseUrl}/bao-cao/nhap-tep`);
    await page.getByRole('heading', { name: 'Nhập số liệu từ tệp' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bao-cao-nam-2020.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Năm 2020, 212/216 thôn, bản có sóng băng rộng di động.'),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('“bao-cao-nam-2020.txt” không phải CSV');
    await alert.getByRole('link', { name: /đọc số liệu từ báo cáo/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/bao-cao/tu-bao-cao');
  });

  it('keeps the province when the period changes, across the merger too', async () => {
    await page.goto(`${baseUrl}/bao-cao/nhap-tep?tinh=v34-44&ky=2026-10`);
    await page.getByRole('heading', { name: 'Nhập số liệu từ tệp' }).waitFor();
    const template = page.getByRole('link', { name: 'Tải biểu mẫu Excel (.xlsx)' });
    await page.getByLabel('Tháng', { exact: true }).selectOption('9');
    await expect
      .poll(() => template.getAttribute('href'))
      .toBe('/api/imports/template/v34-44/2026-09?format=xlsx');
    expect(page.url()).toContain('tinh=v34-44');
    // 2024 is of the 63: today's Quảng Trị is old Quảng Trị (v63-45), whose name it kept, not the
    // first of the list (Quảng Bình, v63-44), which it also took in.
    await page.getByLabel('Năm', { exact: true }).selectOption('2024');
    await expect
      .poll(() => template.getAttribute('href'))
      .toBe('/api/imports/template/v63-45/2024-09?format=xlsx');
    expect(page.url()).toContain('tinh=v63-45');
    await page.getByLabel('Năm', { exact: true }).selectOption('2026');
    await expect
      .poll(() => template.getAttribute('href'))
      .toBe('/api/imports/template/v34-44/2026-09?format=xlsx');
  });

  it('shows the imported figures as awaiting review on the province page, with the import in their history', async () => {
    await page.goto(`${baseUrl}/tinh/v34-44?ky=2026-10`);
    const visits = page.locator('article[data-indicator="portal_visits"]');
    await visits.waitFor();
    await expect.poll(() => visits.locator('.badge-info').textContent()).toBe('Chờ duyệt');
    await visits.getByRole('button', { name: /^Lịch sử số liệu/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('[data-origin="import"]').count()).toBe(1);
    expect(await dialog.locator('[data-origin="import"]').textContent()).toContain('125.000');
    await shot(page, 'history-import-vi', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
