/**
 * The first screen as a new user meets it: Sơn La on the current period; Sơn La 2023 with its
 * reported figures, a province and period picked through the controls, the chart drawn, the
 * language switched.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';

const SHOTS = new URL('../screenshots/', import.meta.url).pathname;

const server = { url: inject('baseUrl') };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

const card = (key: string) => page.locator(`article[data-indicator="${key}"]`);

describe('province overview', () => {
  it('opens on Sơn La in the latest year with figures, never a fixed year', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Sơn La');
    expect(await page.locator('h1').textContent()).toContain('Năm 2026');
    // The address names no period: a bookmark of it opens the current one.
    expect(page.url()).toMatch(/\/tinh\/v34-14$/);
  });

  it('shows Sơn La 2023 with the reported figures and their derived plan', async () => {
    await page.goto(`${server.url}/tinh/v63-14?ky=2023`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Sơn La');
    expect(await page.locator('h1').textContent()).toContain('Năm 2023');

    const villages = card('villages_mobile_broadband');
    await villages.waitFor();
    expect(await villages.textContent()).toContain('212/216');
    expect(await villages.locator('.badge-demo').count()).toBe(0);
    // Its change is against 2022, which only demo data covers: the card says so.
    expect(await villages.locator('.card-change .vs-demo').textContent()).toBe('so với số liệu minh họa');

    const revenue = card('telecom_revenue');
    const text = (await revenue.textContent()) ?? '';
    expect(text).toContain('1.463 tỷ đồng');
    expect(text).toContain('+8%');
    expect(text).toContain('suy ra');
    // The report's title, publisher and date, never the file it was archived as.
    const source = await revenue.locator('.card-source').textContent();
    expect(source).toContain('Hội nghị tổng kết công tác năm 2023');
    expect(source).toContain('Cổng thông tin điện tử tỉnh Sơn La, 10/01/2024');
    expect(source).not.toContain('.txt');
    await page.screenshot({ path: `${SHOTS}son-la-2023.png`, fullPage: true });
  });

  it('draws the trend chart of the chosen indicator with its line', async () => {
    await card('telecom_revenue').locator('.card-title').click();
    await expect
      .poll(() => page.locator('.trend h2').textContent())
      .toContain('Doanh thu lĩnh vực viễn thông');
    const chart = page.getByTestId('trend-chart');
    await chart.locator('.recharts-line-curve').first().waitFor();
    expect(await chart.locator('.recharts-line-curve').count()).toBeGreaterThanOrEqual(1);
    expect(
      await chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick').count(),
    ).toBeGreaterThanOrEqual(6);
    expect(page.url()).toContain('chi-tieu=telecom_revenue');
  });

  it('picks Bắc Kạn for 2022 by typing its name without diacritics', async () => {
    await page.getByLabel('Năm', { exact: true }).selectOption('2022');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Năm 2022');
    const input = page.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await input.click();
    await input.fill('Bac Kan');
    await page.getByRole('option', { name: /Bắc Kạn/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Bắc Kạn');
    expect(await page.locator('.page-heading').textContent()).toContain('nay thuộc Thái Nguyên');
    // The cards are Bắc Kạn's once they show: never the previous province's under its heading.
    await page.locator('.overview-body[data-unit="v63-06"] article.card').first().waitFor();
    expect(await page.locator('article.card').count()).toBeGreaterThan(5);
    expect(page.url()).toMatch(/\/tinh\/v63-06/);
    expect(page.url()).toMatch(/ky=2022/);
  });

  it('moves Bắc Kạn to Thái Nguyên when the period is after the merger', async () => {
    await page.getByLabel('Năm', { exact: true }).selectOption('2025');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Thái Nguyên');
    expect(await page.locator('.page-heading').textContent()).toContain('Bắc Kạn');
    await expect.poll(() => page.url()).toMatch(/\/tinh\/v34-19/);
  });

  it('switches to English with English number formats', async () => {
    await page.goto(`${server.url}/tinh/v63-14?ky=2023`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => card('telecom_revenue').textContent()).toContain('1,463 billion VND');
    expect(await card('villages_mobile_broadband').locator('.card-title').textContent()).toBe(
      'Villages with mobile broadband',
    );
    expect(page.url()).toContain('lang=en');
  });

  it('says so when a province has no figures for a period', async () => {
    await page.goto(`${server.url}/tinh/v63-14?ky=2019-Q1&lang=en`);
    await page.locator('article.card, .state-empty').first().waitFor();
    // Demo data covers 2019 quarters: cards show, each labelled as demo.
    const cards = page.locator('article.card');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.first().locator('.badge-demo').count()).toBe(1);
  });
});
