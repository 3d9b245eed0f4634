/**
 * A new user compares provinces (issue 10's done-when): Sơn La, Điện Biên and Lai Châu chosen
 * through the search box, villages with mobile broadband and telecom revenue ticked, 2019–2024,
 * relative mode switched on; the copied address opens the same view in a new page; the table
 * downloads as CSV (Excel's byte-order mark, the API's numbers); no serious accessibility issue.
 *
 * The e2e server's database is shared: figures are checked against the compare API's own answer
 * at the time of the test, not against fixed numbers another test file could change.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from '../src/axe.ts';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

const PROVINCES = [
  { id: 'v34-14', search: 'Son La', name: 'Sơn La' },
  { id: 'v34-11', search: 'dien bien', name: 'Điện Biên' },
  { id: 'v34-12', search: 'Lai Châu', name: 'Lai Châu' },
];
const INDICATORS = [
  { key: 'villages_mobile_broadband', name: 'Tỷ lệ thôn/bản có sóng băng rộng di động' },
  { key: 'telecom_revenue', name: 'Doanh thu lĩnh vực viễn thông' },
];

interface CompareReply {
  indicators: { indicator: { key: string }; table: { unitId: string; figure: { value: number | null } }[] }[];
}

/** What a view shows: panel titles and subtitles, the lines' shapes, and the table's cells. */
async function viewOf(p: Page) {
  await p.locator('.compare-panel .recharts-line-curve').first().waitFor();
  return {
    captions: await p.locator('.compare-panel figcaption').allTextContents(),
    lines: await p
      .locator('.compare-panel .recharts-line-curve')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))),
    table: await p.locator('.compare-table tbody tr').allTextContents(),
    chips: await p.locator('.chips li').allTextContents(),
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('comparing provinces', () => {
  it('starts empty, with an example to open', async () => {
    await page.goto(`${baseUrl}/so-sanh`);
    await expect.poll(() => page.locator('.compare-empty').textContent()).toContain('Chọn từ 2 đến 6 tỉnh');
    expect(await page.locator('.compare-empty a').getAttribute('href')).toContain('tinh=v34-14');
  });

  it('chooses three provinces and two indicators through the page, 2019–2024, in relative mode', async () => {
    const search = page.getByRole('combobox', { name: 'Tỉnh, thành phố so sánh' });
    for (const province of PROVINCES) {
      await search.fill(province.search);
      // Điện Biên by keyboard alone (the first match is today's province), the others by pointer.
      if (province.id === 'v34-11') await search.press('Enter');
      else await page.locator(`[role="option"][data-unit="${province.id}"]`).click();
      await expect.poll(() => page.locator('.chips li').count()).toBe(PROVINCES.indexOf(province) + 1);
    }
    expect(await page.locator('.chips li').allTextContents()).toEqual(PROVINCES.map((p) => `${p.name}×`));
    for (const indicator of INDICATORS) await page.getByRole('checkbox', { name: indicator.name }).check();
    await page.getByLabel('Từ kỳ').selectOption('2019');
    await page.getByLabel('Đến kỳ').selectOption('2024');
    await expect.poll(() => page.locator('.compare-panel').count()).toBe(2);
    await expect.poll(() => page.locator('.compare-table tbody tr').count()).toBe(6);

    await page.getByRole('checkbox', { name: 'Tương đối (kỳ gốc = 100)' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('goc')).toBe('2019');
    await expect
      .poll(() => page.locator('.compare-panel figcaption').allTextContents())
      .toEqual(INDICATORS.map((i) => `${i.name}chỉ số, Năm 2019 = 100`));
    const url = new URL(page.url());
    expect(url.searchParams.get('tinh')).toBe('v34-14,v34-11,v34-12');
    expect(url.searchParams.get('chi-tieu')).toBe('villages_mobile_broadband,telecom_revenue');
    expect([url.searchParams.get('tu-ky'), url.searchParams.get('den-ky')]).toEqual(['2019', '2024']);
    // Each province's line is indexed: its first point sits on the 100 line, so all three start together.
    expect(await page.locator('.compare-panel .recharts-reference-line').count()).toBeGreaterThanOrEqual(2);
    await shot(page, 'compare-relative');
  });

  it('opens the same view from the copied address in a new page', async () => {
    const before = await viewOf(page);
    const other = await newPage(browser);
    await other.goto(page.url());
    await expect.poll(async () => (await viewOf(other)).table.length).toBe(6);
    expect(await viewOf(other)).toEqual(before);
    expect(await other.getByRole('checkbox', { name: 'Tương đối (kỳ gốc = 100)' }).isChecked()).toBe(true);
    await other.context().close();
  });

  it('downloads the table as CSV that Excel reads, with the API’s figures', async () => {
    const reply = (await page.evaluate(
      `fetch('/api/compare?unit=v34-14,v34-11,v34-12&indicator=villages_mobile_broadband,telecom_revenue&periodType=year&from=2019&to=2024&view=reported').then((r) => r.json())`,
    )) as CompareReply;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV: Bảng so sánh' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('so-sanh-2024-bang.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Chỉ tiêu,Mã chỉ tiêu,Tỉnh, thành phố|^Chỉ tiêu,Mã chỉ tiêu,"Tỉnh, thành phố"/);
    expect(lines).toHaveLength(1 + 6);
    for (const item of reply.indicators) {
      for (const row of item.table) {
        const line = lines.find(
          (l) => l.includes(`,${item.indicator.key},`) && l.includes(`,${row.unitId},`),
        );
        expect(line, `${item.indicator.key} ${row.unitId}`).toContain(`,2024,${row.figure.value ?? ''},`);
      }
    }
  });

  it('marks demo points as the API flags them, and downloads a chart as SVG with its legend', async () => {
    const reply = (await page.evaluate(
      `fetch('/api/compare?unit=v34-14,v34-11,v34-12&indicator=villages_mobile_broadband&periodType=year&from=2019&to=2024&view=reported').then((r) => r.json())`,
    )) as {
      indicators: {
        series: { points: { value: number | null; isDemo: boolean; isPartlyDemo: boolean }[] }[];
      }[];
    };
    const demo = reply.indicators[0]?.series
      .flatMap((s) => s.points)
      .filter((p) => p.value !== null && (p.isDemo || p.isPartlyDemo));
    const panel = page.locator('.compare-panel[data-indicator="villages_mobile_broadband"]');
    expect(await panel.locator('circle[data-demo="true"]').count()).toBe(demo?.length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: /^Tải SVG: / }).click(),
    ]);
    const svg = readFileSync((await download.path()) as string, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    for (const name of ['Tỷ lệ thôn/bản có sóng băng rộng di động', ...PROVINCES.map((p) => p.name)])
      expect(svg).toContain(name);
  });

  it('adds a suggested comparator in one click and removes it from its chip', async () => {
    const partner = page.getByRole('button', { name: 'Thêm Sơn La (cũ)' });
    await partner.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tinh')).toBe('v34-14,v34-11,v34-12,v63-14');
    await expect
      .poll(() => page.locator('.compare-table[data-indicator="telecom_revenue"] tbody tr').count())
      .toBe(4);
    await page.getByRole('button', { name: 'Bỏ Sơn La (cũ)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tinh')).toBe('v34-14,v34-11,v34-12');
  });

  it('sorts the table by a column and says so to assistive technology', async () => {
    const table = page.locator('.compare-table[data-indicator="telecom_revenue"]');
    await table.getByRole('button', { name: 'Giá trị' }).click();
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit')));
    expect(rows[0]).toBe('v34-11');
  });

  it('sorts by the change over the range, most improved first, as the API’s series say', async () => {
    // The API's answer for this very view, as the page receives it.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/compare'),
      page.reload(),
    ]);
    const api = (await answer.json()) as {
      indicators: {
        indicator: { key: string };
        series: { unitId: string; points: { value: number | null; isComplete: boolean }[] }[];
      }[];
    };
    const table = page.locator('.compare-table[data-indicator="villages_mobile_broadband"]');
    await table.getByRole('button', { name: /^Thay đổi 20\d\d–20\d\d/ }).click();
    expect(await table.locator('th[aria-sort]').textContent()).toMatch(/^Thay đổi 20\d\d–20\d\d/);
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit')));
    // The expected order from the API's own series: last complete figure minus the first.
    const villages = api.indicators.find((i) => i.indicator.key === 'villages_mobile_broadband');
    const gains = (villages?.series ?? []).map((s) => {
      const complete = s.points.filter((p) => p.value !== null && p.isComplete);
      const gain =
        complete.length > 1
          ? (complete[complete.length - 1]?.value as number) - (complete[0]?.value as number)
          : null;
      return { unitId: s.unitId, gain };
    });
    const expected = [...gains]
      .sort((a, b) => (a.gain === null ? 1 : b.gain === null ? -1 : b.gain - a.gain))
      .map((g) => g.unitId);
    expect(shown).toEqual(expected);
    const gainsShown = await table
      .locator('td[data-col="range"]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-gain')));
    expect(gainsShown.filter((g) => g !== '').length).toBe(gains.filter((g) => g.gain !== null).length);
  });

  it('draws a year not over as a point apart, hollow, not joined to the complete years', async () => {
    await page.goto(`${baseUrl}/so-sanh?tinh=v34-14,v34-11&chi-tieu=households_fibre&tu-ky=2024&den-ky=2026`);
    await page.locator('.compare-panel .recharts-line-curve').first().waitFor();
    const toDate = page.locator('.compare-panel circle[data-incomplete="true"]');
    await expect.poll(() => toDate.count()).toBeGreaterThan(0);
    expect(await toDate.first().getAttribute('data-hollow')).toBe('true');
    expect(await toDate.first().getAttribute('fill')).toBe('#fff');
    // Each province's line ends at its last complete year: its path has no point at the 2026 x.
    const x = Number(await toDate.first().getAttribute('cx'));
    // The provinces' own lines (2.25 wide; plans, nation and regions are drawn thinner).
    const paths = await page
      .locator('.compare-panel .recharts-line-curve[stroke-width="2.25"]')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(paths.length).toBeGreaterThan(0);
    const xs = paths.flatMap((d) => [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1])));
    expect(xs.some((v) => Math.abs(v - x) < 0.5)).toBe(false);
  });

  it('has no serious or critical accessibility violations, in Vietnamese and English', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await switchLanguage(page, 'English');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Compare provinces');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'compare-relative-en');
  });
});
