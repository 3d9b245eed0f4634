/**
 * One history across the 1 July 2025 merger, seen in the browser: Quảng Trị's chart
 * restated back to 2019, and as reported with Quảng Bình and old Quảng Trị apart.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../src/browser-page.ts';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

const chart = () => page().getByTestId('trend-chart');
const VILLAGES = 'chi-tieu=villages_mobile_broadband';

describe('Quảng Trị across the merger', () => {
  it('restated: one continuous line from 2019 to 2026, merger marked, restated points flagged', async () => {
    await page().goto(`${baseUrl}/tinh/v34-44?ky=2025&xem=restated&${VILLAGES}`);
    await chart().locator('.recharts-line-curve').first().waitFor();
    expect(await page().locator('.recharts-legend-item').allTextContents()).toEqual(
      expect.arrayContaining(['Quảng Trị']),
    );
    const dots = chart().locator('circle[data-basis]');
    expect(await dots.count()).toBe(8);
    expect(await chart().locator('circle[data-basis="restated"]').count()).toBe(6);
    expect(await chart().textContent()).toContain('Sáp nhập 01/7/2025');

    await page().locator('.trend-table summary').click();
    const row2023 = page().locator('.trend-table tbody tr', { hasText: '2023' });
    const text = (await row2023.textContent()) ?? '';
    expect(text).toContain('Quy đổi theo đơn vị mới');
    expect(text).toContain('Quảng Bình (cũ)');
    expect(text).toContain('Quảng Trị (cũ)');
  });

  it('as reported: Quảng Bình and old Quảng Trị drawn apart before July 2025', async () => {
    await page().getByText('Theo số liệu gốc').click();
    await expect.poll(() => page().url()).not.toContain('xem=restated');
    await expect
      .poll(() => page().locator('.recharts-legend-item').allTextContents())
      .toEqual(expect.arrayContaining(['Quảng Trị', 'Quảng Bình (cũ)', 'Quảng Trị (cũ)']));
    expect(await chart().locator('circle[data-basis="restated"]').count()).toBe(0);
    // Three lines: the new province after the merger and each predecessor before it.
    expect(await chart().locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
  });

  it('finds Thái Nguyên by a former province typed without diacritics', async () => {
    const input = page().getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await input.click();
    await input.fill('bac kan');
    const options = page().getByRole('listbox', { name: 'Tỉnh, thành phố' }).getByRole('option');
    await expect.poll(() => options.count()).toBe(1);
    expect(await options.first().textContent()).toContain('Thái Nguyên');
    expect(await options.first().textContent()).toContain('Bắc Kạn');
  });
});
