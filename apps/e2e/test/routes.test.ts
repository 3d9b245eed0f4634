/**
 * Every view has an address: a link pasted into a report opens exactly that view, back and
 * forward walk through what the user saw, and an address that cannot be read says why instead
 * of showing a blank page.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../src/browser-page.ts';
import { shot } from '../src/page-shots.ts';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

const heading = () => page().locator('h1');
const path = () => {
  const url = new URL(page().url());
  return `${url.pathname}${url.search}`;
};

describe('addresses', () => {
  it('opens a deep link to a province, period, indicator and language exactly', async () => {
    await page().goto(`${baseUrl}/tinh/v63-14?ky=2022&chi-tieu=telecom_revenue&lang=en`);
    await expect.poll(() => heading().textContent()).toContain('Son La');
    expect(await heading().textContent()).toContain('Year 2022');
    await expect
      .poll(() => page().locator('.trend h2').textContent())
      .toContain('Telecommunications revenue');
    expect(await page().locator('html').getAttribute('lang')).toBe('en');
    expect(await page().getByLabel('Year', { exact: true }).inputValue()).toBe('2022');
    expect(await page().locator('.card-selected, article[aria-current="true"]').count()).toBeLessThanOrEqual(
      1,
    );
  });

  it('serves the dashboard for a deep path loaded afresh, compressed and cached as in production', async () => {
    const response = await page().request.get(`${baseUrl}/xep-hang/dti_rank?ky=2022`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    // The page is never cached, so a new release shows on the next visit ...
    expect(response.headers()['cache-control']).toBe('no-cache');
    // ... while its hashed scripts are kept for a year and sent compressed.
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(await response.text())?.[1];
    expect(script).toBeDefined();
    const asset = await page().request.fetch(`${baseUrl}${script}`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-encoding']).toBe('br');
    const api = await page().request.get(`${baseUrl}/api/no-such-endpoint`);
    // An API path is never answered with the dashboard's page, whatever the refusal.
    expect(api.status()).toBeGreaterThanOrEqual(400);
    expect(api.headers()['content-type']).toContain('application/json');
  });

  it('walks back and forward through the views the user chose', async () => {
    await page().goto(`${baseUrl}/tinh/v63-14?ky=2023`);
    await expect.poll(() => heading().textContent()).toContain('Năm 2023');

    await page().getByLabel('Năm', { exact: true }).selectOption('2021');
    await expect.poll(() => heading().textContent()).toContain('Năm 2021');
    expect(path()).toBe('/tinh/v63-14?ky=2021');

    await page().getByRole('link', { name: 'Toàn quốc' }).click();
    await expect.poll(() => path()).toMatch(/^\/xep-hang\/villages_mobile_broadband/);
    await page().locator('.ranking-table tbody tr').first().waitFor();

    await page().goBack();
    await expect.poll(() => heading().textContent()).toContain('Sơn La');
    await expect.poll(() => heading().textContent()).toContain('Năm 2021');
    await page().goBack();
    await expect.poll(() => heading().textContent()).toContain('Năm 2023');
    expect(path()).toBe('/tinh/v63-14?ky=2023');
    await page().goForward();
    await expect.poll(() => heading().textContent()).toContain('Năm 2021');
  });

  it('names an unreadable period in the address and offers the page without it', async () => {
    await page().goto(`${baseUrl}/tinh/v63-14?ky=2023-13`);
    const alert = page().getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('Kỳ báo cáo “2023-13” trong địa chỉ không đọc được');
    await shot(page(), 'route-bad-period', false);
    await alert.getByRole('link').click();
    await expect.poll(() => heading().textContent()).toContain('Sơn La');
    expect(path()).toBe('/tinh/v63-14');
  });

  it('says in English which parameter it could not read', async () => {
    await page().goto(`${baseUrl}/xep-hang/dti_rank?ky=2022&xem=both&lang=en`);
    await expect
      .poll(() => page().getByRole('alert').textContent())
      .toContain('The View “both” in the address cannot be read');
  });

  it('sends Bắc Kạn in 2026 to Thái Nguyên, which it is part of, and says so', async () => {
    await page().goto(`${baseUrl}/tinh/v63-06?ky=2026`);
    await expect.poll(() => path()).toBe('/tinh/v34-19?ky=2026&tu=v63-06');
    await expect.poll(() => heading().textContent()).toContain('Thái Nguyên');
    expect(await page().locator('.page-heading .notice').textContent()).toBe(
      'Bắc Kạn thuộc Thái Nguyên từ ngày 1/7/2025: kỳ này hiển thị Thái Nguyên.',
    );
    // The redirect replaced the address: back leaves the page rather than returning to Bắc Kạn.
    await page().getByLabel('Năm', { exact: true }).selectOption('2025');
    await expect.poll(() => path()).toBe('/tinh/v34-19?ky=2025');
    expect(await page().locator('.page-heading .notice').count()).toBe(0);
  });

  it('keeps the links of the first version working', async () => {
    await page().goto(`${baseUrl}/?page=rankings&period=2022&indicator=dti_rank`);
    await expect.poll(() => path()).toBe('/xep-hang/dti_rank?ky=2022');
    await page().goto(`${baseUrl}/?unit=v63-14&period=2019-Q1&lang=en`);
    await expect.poll(() => path()).toBe('/tinh/v63-14?ky=2019-Q1&lang=en');
  });

  it('says when a path, a province or an indicator does not exist', async () => {
    await page().goto(`${baseUrl}/khong-co-trang-nay`);
    await expect.poll(() => page().locator('main').textContent()).toContain('Không có trang này');
    await page().goto(`${baseUrl}/tinh/v99-99`);
    await expect
      .poll(() => page().locator('main').textContent())
      .toContain('Không tìm thấy tỉnh, thành phố “v99-99”');
    await page().goto(`${baseUrl}/xep-hang/no_such_indicator`);
    await expect
      .poll(() => page().locator('main').textContent())
      .toContain('Không có chỉ tiêu “no_such_indicator”');
    await page().getByRole('link', { name: 'Mở bảng xếp hạng' }).click();
    await expect.poll(() => path()).toMatch(/^\/xep-hang\/villages_mobile_broadband/);
  });
});
