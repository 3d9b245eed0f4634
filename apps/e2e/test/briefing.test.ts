/**
 * A leader before a meeting, in the browser: signed in as demo.viewer, the first screen is Sơn La
 * on the current period (2026, figures to October), topped with the summary strip — verdict
 * counts, the indicators most behind with their gap, the latest ranks labelled with their year,
 * pace to the targets — and one legend instead of a legend per card; the cards sort by gap to
 * plan and carry a sparkline and their pace; the trend chart reaches the national target's 2030
 * and says where its axis starts; a chart's data downloads as CSV; no serious accessibility issue.
 *
 * The e2e server's database is shared: the strip is checked against the briefing API's own answer
 * at the time of the test, not against fixed numbers another test file could change.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from '../src/axe.ts';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

interface BriefingReply {
  period: string;
  direction: { indicatorKey: string; reasons: { kind: string; targetYear?: number }[] }[];
  asOf: { period: string | null };
  strip: {
    mostBehind: { indicatorKey: string }[];
    ranks: { indicatorKey: string; year: number; rank: number; of: number | null }[];
  };
  items: {
    indicatorKey: string;
    sparkline: { period: string; value: number | null }[];
    pace: { status: string } | null;
  }[];
}

/** The API's answer, fetched from the page with its session. */
async function briefingOf(unitId: string, period: string): Promise<BriefingReply> {
  // A string, not a function: this package is compiled without the DOM's types.
  return (await page.evaluate(
    `fetch('/api/briefing/${unitId}?period=${period}').then((r) => r.json())`,
  )) as BriefingReply;
}

/** "T10/2026", or "October 2026" in English: the month the API says the figures reach. */
function monthOf(asOf: string | null, locale: 'vi' | 'en'): string {
  const [year, month] = (asOf ?? '').split('-').map(Number) as [number, number];
  return locale === 'vi'
    ? `T${String(month).padStart(2, '0')}/${year}`
    : new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
}

const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(page, 'demo.viewer');
});

afterAll(async () => {
  await browser?.close();
});

describe('the first screen of a leader', () => {
  it('opens on Sơn La in the current period, with the strip and the three most behind', async () => {
    await expect.poll(() => page.locator('h1').textContent()).toContain('Sơn La');
    expect(await page.locator('h1').textContent()).toContain('Năm 2026');
    expect(page.url()).toMatch(/\/tinh\/v34-14$/);
    const strip = page.locator('.summary-strip');
    await strip.waitFor();
    const api = await briefingOf('v34-14', '2026');
    // Demo months run to October; November once the period-report test has reported it.
    expect(api.asOf.period).toMatch(/^2026-1[01]$/);
    expect(await text('.strip-as-of')).toBe(`Số liệu đến hết ${monthOf(api.asOf.period, 'vi')}`);

    const behind = page.locator('.strip-behind li');
    expect(api.strip.mostBehind.length).toBeGreaterThan(0);
    expect(api.strip.mostBehind.length).toBeLessThanOrEqual(3);
    expect(await behind.count()).toBe(api.strip.mostBehind.length);
    expect(await behind.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')))).toEqual(
      api.strip.mostBehind.map((b) => b.indicatorKey),
    );
    // Each with how much of its plan it reaches and its gap.
    expect(await behind.first().textContent()).toMatch(/\d+(,\d)?% kế hoạch · cách kế hoạch [−+]/);

    // Ranks of an earlier year are carried forward and say their year.
    const ranks = page.locator('.strip-ranks li');
    expect(await ranks.count()).toBe(api.strip.ranks.length);
    const dti = api.strip.ranks.find((r) => r.indicatorKey === 'dti_rank');
    expect(dti).toBeDefined();
    const dtiText = await page.locator('.strip-ranks li[data-indicator="dti_rank"]').textContent();
    expect(dtiText).toContain(`${dti?.rank}/${dti?.of}`);
    expect(dtiText).toContain(`năm ${dti?.year}`);

    // Pace to the targets, counted.
    const paced = api.items.filter((i) => i.pace).length;
    const counts = await page
      .locator('.strip-pace li strong')
      .evaluateAll((els) => els.map((e) => Number(e.textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(paced);
    await shot(page, 'briefing-son-la-2026-vi', false);
  });

  it('names what needs direction, most pressing first, each reason with its number and horizon', async () => {
    const api = await briefingOf('v34-14', '2026');
    const list = page.locator('.direction-list');
    await list.waitFor();
    expect(await list.locator('h3').textContent()).toBe(`Cần chỉ đạo (${api.direction.length})`);
    const items = list.locator(':scope > ol > li');
    const shown = Math.min(5, api.direction.length);
    expect(await items.count()).toBe(shown);
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')))).toEqual(
      api.direction.slice(0, shown).map((d) => d.indicatorKey),
    );
    // Each reason as the API gives it: a plan of 2026, a pace or a national target with its year.
    for (const [i, item] of api.direction.slice(0, shown).entries()) {
      const reasons = items.nth(i).locator('.direction-reasons li');
      expect(await reasons.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(
        item.reasons.map((r) => r.kind),
      );
      for (const [j, reason] of item.reasons.entries()) {
        const said = (await reasons.nth(j).textContent()) ?? '';
        expect(said).toMatch(/\d/);
        expect(said).toContain(reason.kind === 'plan' ? 'kỳ 2026' : `năm ${reason.targetYear}`);
        if (reason.kind === 'national') expect(said).toMatch(/Quyết định \d+\/QĐ-TTg/);
      }
    }
    // The rest one click away, all of them in the API's order.
    if (api.direction.length > shown) {
      await list.getByRole('button', { name: `Xem cả ${api.direction.length} chỉ tiêu` }).click();
      expect(await items.count()).toBe(api.direction.length);
    }
  });

  it('explains the bands and labels once, in the header, and draws a sparkline and pace on cards', async () => {
    expect(await page.locator('.page-heading .status-legend').count()).toBe(1);
    expect(await page.locator('.page-heading .badge-legend').first().textContent()).toContain(
      'Dữ liệu minh họa',
    );
    expect(await page.locator('article.card .card-sparkline').count()).toBeGreaterThan(5);
    const paces = await page.locator('article.card .card-pace').allTextContents();
    expect(paces.length).toBeGreaterThan(5);
    for (const pace of paces) {
      expect(pace).toMatch(
        /^(đúng tiến độ|chậm tiến độ|sẽ không đạt nếu giữ tốc độ hiện tại|đã đạt) · mục tiêu (quốc gia )?.+ năm 20\d\d/,
      );
    }
  });

  it('sorts the cards furthest behind plan first', async () => {
    const api = await briefingOf('v34-14', '2026');
    await page.getByLabel('Thứ tự thẻ').selectOption('behind');
    await expect.poll(() => page.locator('#family-all').count()).toBe(1);
    const first = await page.locator('article.card').first().getAttribute('data-indicator');
    expect(first).toBe(api.strip.mostBehind[0]?.indicatorKey);
    await page.getByLabel('Thứ tự thẻ').selectOption('default');
    await expect.poll(() => page.locator('#family-coverage').count()).toBe(1);
  });

  it('draws the trend to the national target of 2030, in its own ink, with the trajectory', async () => {
    await page.locator('article[data-indicator="adults_smartphone"] .card-title').click();
    await expect.poll(() => page.locator('.trend h2').textContent()).toContain('điện thoại thông minh');
    const chart = page.getByTestId('trend-chart');
    await chart.locator('.recharts-line-curve').first().waitFor();
    await expect
      .poll(() => chart.locator('.recharts-cartesian-axis-tick-value').allTextContents(), {
        timeout: 10_000,
      })
      .toContain('2030');
    expect(await chart.textContent()).toContain('Mục tiêu quốc gia 2030: 95%');
    expect(await page.locator('.recharts-legend-item').allTextContents()).toEqual(
      expect.arrayContaining(['Lộ trình đến mục tiêu', 'Mục tiêu quốc gia']),
    );
  });

  it('downloads the chart’s data as CSV, the same figures as the page', async () => {
    const download = page.waitForEvent('download');
    await page
      .locator('.chart-downloads')
      .getByRole('button', { name: /^Tải CSV:/ })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await file.path()) as string, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Kỳ báo cáo,Sơn La,Kế hoạch,Mục tiêu quốc gia,Lộ trình đến mục tiêu,Ghi chú');
    // The national target of 2030, a year without a figure: an empty cell, never 0.
    expect(lines.find((l) => l.startsWith('2030,'))).toMatch(/^2030,,,95,/);
    const api = await briefingOf('v34-14', '2026');
    const spark = api.items.find((i) => i.indicatorKey === 'adults_smartphone')?.sparkline ?? [];
    const v2024 = spark.find((p) => p.period === '2024')?.value;
    expect(v2024).toBeTypeOf('number');
    expect(lines.find((l) => l.startsWith('2024,'))).toMatch(new RegExp(`^2024,${v2024},`));
  });

  it('starts the axis where the data lives and says so', async () => {
    // Online procedures: 64% in 2019 to 99% now, a plan of 97%: 0–100% would flatten it.
    await page.locator('article[data-indicator="online_procedures"] .card-title').click();
    await expect.poll(() => page.locator('.trend h2').textContent()).toContain('thủ tục hành chính');
    const chart = page.getByTestId('trend-chart');
    await expect.poll(() => chart.textContent(), { timeout: 10_000 }).toMatch(/trục bắt đầu từ \d+%/);
  });

  it('has no serious accessibility issue', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('says it all in English', async () => {
    const api = await briefingOf('v34-14', '2026');
    await switchLanguage(page, 'English');
    await expect
      .poll(() => text('.strip-as-of'))
      .toBe(`Figures to the end of ${monthOf(api.asOf.period, 'en')}`);
    expect(await text('.strip-behind h3')).toBe('Furthest behind plan');
    expect(await page.getByRole('link', { name: 'Print for a meeting' }).count()).toBe(1);
    await shot(page, 'briefing-son-la-2026-en', false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await switchLanguage(page, 'Tiếng Việt');
  });

  it('opens the province last viewed from the header', async () => {
    await page.goto(`${baseUrl}/tinh/v34-44`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Quảng Trị');
    expect(await page.locator('h1').textContent()).toContain('Năm 2026');
    await page.goto(`${baseUrl}/xep-hang`);
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await expect.poll(() => page.url()).toMatch(/\/tinh\/v34-44$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Quảng Trị');
  });
});
