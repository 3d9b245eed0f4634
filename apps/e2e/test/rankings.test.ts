/** The national picture's table: the published DTI 2022 ranking with its tie, and the map of today's 34. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../src/browser-page.ts';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

const rows = () => page().locator('.ranking-table tbody tr');

describe('compare provinces', () => {
  it('shows the DTI 2022 ranking of 63 with the tie at 15 and no rank 16', async () => {
    await page().goto(`${baseUrl}/xep-hang/dti_rank?ky=2022`);
    await expect.poll(() => rows().count()).toBe(63);
    const ranks = await page().locator('.ranking-table .rank-cell').allTextContents();
    expect(ranks.filter((r) => r === '15=')).toHaveLength(2);
    expect(ranks).not.toContain('16');
    expect(await rows().first().textContent()).toContain('Đà Nẵng');
    await expect.poll(() => page().locator('.np-map path.np-province').count()).toBe(63);
  });

  it("maps today's 34 provinces and opens a province from the table", async () => {
    await page().goto(`${baseUrl}/xep-hang/households_fibre?ky=2025`);
    await expect.poll(() => rows().count()).toBe(34);
    await expect.poll(() => page().locator('.np-map path.np-province').count()).toBe(34);
    await page().locator('.ranking-table tbody tr[data-unit="v34-44"] button').click();
    await expect.poll(() => page().locator('h1').textContent()).toContain('Quảng Trị');
    expect(page().url()).toContain('/tinh/v34-44?ky=2025');
  });
});
