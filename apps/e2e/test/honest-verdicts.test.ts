/**
 * Verdicts are honest, seen in the browser: Sơn La's staff enter real figures among the demo
 * dataset and a reviewer approves them; a viewer then sees every comparison with demo data said
 * as such (plan, change, rank, a restated sum of real and demo), a bound shown with its word and
 * its verdict marked uncertain, a year that is not over compared like with like, a percentage's
 * change and gap in points, one history for a province that kept its territory, and never the
 * previous province's cards under a new province's heading.
 *
 * The e2e server's database is shared by every test file: the figures entered here (Sơn La's
 * telecom revenue and fibre routes of 2022, its 4G communes of 2021, Quảng Bình's telecom revenue
 * of 2022) are ones no other browser test reads.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
const SHOTS = new URL('../screenshots/', import.meta.url).pathname;
let browser: Browser;
let viewer: Page;

interface Reply {
  status: number;
  body: { revision?: { id: number } } | null;
}

/** A request from the page, with its session cookie and the API's CSRF header. */
async function send(page: Page, method: string, path: string, body?: unknown): Promise<Reply> {
  const init = JSON.stringify({
    method,
    headers: { 'X-Requested-With': 'cds', 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // A string, not a function: this package is compiled without the DOM's types.
  return (await page.evaluate(
    `fetch(${JSON.stringify(path)}, ${init}).then(async (r) => ({ status: r.status, body: await r.json().catch(() => null) }))`,
  )) as Reply;
}

async function signedIn(login: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(page, login);
  return page;
}

/** Staff enter and send a figure, the demo reviewer approves it. */
async function publish(staff: Page, reviewer: Page, figure: Record<string, unknown>): Promise<void> {
  const created = await send(staff, 'POST', '/api/revisions', {
    sourceRef: 'e2e-honest Báo cáo số 01/BC-STTTT',
    submit: true,
    ...figure,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const approved = await send(reviewer, 'POST', `/api/revisions/${created.body?.revision?.id}/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
}

const card = (key: string): Locator => viewer.locator(`article[data-indicator="${key}"]`);
const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

/** Opens a view of the overview at its path and waits for its cards. */
async function open(path: string): Promise<void> {
  await viewer.goto(`${baseUrl}${path}`);
  await viewer.locator('.overview-body article.card').first().waitFor();
  // The chart loads last and moves the cards down: wait for it before looking at them.
  await viewer.getByTestId('trend-chart').waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const sonla = await signedIn('demo.sonla');
  const quangtri = await signedIn('demo.quangtri');
  const reviewer = await signedIn('demo.reviewer');
  await publish(sonla, reviewer, {
    unitId: 'v63-14',
    indicatorKey: 'telecom_revenue',
    period: '2022',
    value: 1300,
  });
  // The only province with fibre routes in 2022: too few to rank.
  await publish(sonla, reviewer, {
    unitId: 'v63-14',
    indicatorKey: 'fibre_routes_added',
    period: '2022',
    value: 12,
  });
  // "trên 50%" against a plan of about 100%: behind, or better — the bound does not say.
  await publish(sonla, reviewer, {
    unitId: 'v63-14',
    indicatorKey: 'communes_4g',
    period: '2021',
    value: 50,
    qualifier: 'above',
  });
  // Quảng Bình real, old Quảng Trị demo: restated Quảng Trị 2022 is partly demo.
  await publish(quangtri, reviewer, {
    unitId: 'v63-44',
    indicatorKey: 'telecom_revenue',
    period: '2022',
    value: 900,
  });
  viewer = await signedIn('demo.viewer');
});

afterAll(async () => {
  await browser?.close();
});

describe('a real figure among demo ones', () => {
  it('says its plan, its change and its rank are measured against demo data', async () => {
    await open('/tinh/v63-14?ky=2022&chi-tieu=telecom_revenue');
    const revenue = card('telecom_revenue');
    await expect.poll(() => text(revenue.locator('.card-value'))).toBe('1.300 tỷ đồng');
    expect(await revenue.locator('.card-badges .badge').count()).toBe(0);
    expect(await text(revenue.locator('.card-plan .vs-demo'))).toBe('so với kế hoạch minh họa');
    expect(await text(revenue.locator('.card-change .vs-demo'))).toBe('so với số liệu minh họa');
    expect(await text(revenue.locator('.card-rank'))).toMatch(
      /^Hạng \d+\/63( \(đồng hạng\))?.* · so với số liệu minh họa$/,
    );
    // A demo card beside it is labelled demo, and never "compared with demo".
    const villages = card('villages_mobile_broadband');
    expect(await villages.locator('.card-badges .badge-demo').count()).toBe(1);
    expect(await villages.locator('.vs-demo').count()).toBe(0);
    await revenue.screenshot({ path: `${SHOTS}honest-verdicts-real-among-demo-vi.png` });
  });

  it('withholds a rank that only one province’s figure would make', async () => {
    const routes = card('fibre_routes_added');
    expect(await text(routes.locator('.card-rank'))).toBe('Chỉ 1/63 tỉnh có số liệu: chưa xếp hạng');
    expect(await routes.locator('.card-rank strong').count()).toBe(0);
  });

  it('shows a bound with its word, its verdict marked uncertain and its rank approximate', async () => {
    await open('/tinh/v63-14?ky=2021&chi-tieu=communes_4g');
    const communes = card('communes_4g');
    expect(await text(communes.locator('.card-value'))).toBe('trên 50%');
    expect(await communes.locator('.uncertain-mark').getAttribute('title')).toContain('chưa chắc chắn');
    expect(await communes.locator('.card-rank .rank-approximate').count()).toBe(1);
    expect(await communes.getByRole('progressbar').getAttribute('aria-label')).toContain('chưa chắc chắn');
    await communes.screenshot({ path: `${SHOTS}honest-verdicts-bound-vi.png` });
  });

  it('labels a restated sum of real and demo parts as partly demo, not as demo', async () => {
    await open('/tinh/v34-44?ky=2022&xem=restated&chi-tieu=telecom_revenue');
    const revenue = card('telecom_revenue');
    expect(await text(revenue.locator('.card-badges .badge-partly-demo'))).toBe('Một phần minh họa');
    expect(await revenue.locator('.card-badges .badge-demo').count()).toBe(0);
    await revenue.screenshot({ path: `${SHOTS}honest-verdicts-partly-demo-vi.png` });
  });
});

// Stocks here are ones the period-report test does not report for November (it shares the server).
describe('a year that is not over (Sơn La 2026, demo months to October)', () => {
  it('names what the figure covers and compares it like with like', async () => {
    await open('/tinh/v34-14?ky=2026&chi-tieu=telecom_revenue');
    const revenue = card('telecom_revenue');
    expect(await text(revenue.locator('.card-coverage'))).toBe('lũy kế 10 tháng');
    expect(await text(revenue.locator('.basis-note'))).toBe('theo tiến độ 10/12 tháng');
    expect(await text(revenue.locator('.card-plan'))).toContain('theo tiến độ:');
    expect(await text(revenue.locator('.card-change'))).toContain('so với cùng kỳ 10 tháng 2025');
  });

  it('judges a stock on its way to the year’s plan, provisionally, with its change in points', async () => {
    // What the API says of Sơn La's stocks and rates in 2026 (ten months of demo figures).
    const summary = (await viewer.evaluate(
      "fetch('/api/summary/v34-14?period=2026').then((r) => r.json())",
    )) as {
      items: {
        indicator: string;
        progress: { status: string; basis: string; isProvisional: boolean; comparedTarget: number | null };
        target: { value: number } | null;
        coverage: { months: number; of: number } | null;
      }[];
    };
    const procedures = card('online_procedures');
    expect(await text(procedures.locator('.card-coverage'))).toBe('đến hết T10/2026');
    const judged = summary.items.filter(
      (i) =>
        i.target &&
        ['achieved', 'close', 'behind'].includes(i.progress.status) &&
        i.progress.basis !== 'pro_rata',
    );
    // Stocks and rates of a year not over are judged (no longer all "Chưa hết kỳ"), and every verdict says "tạm tính".
    expect(judged.length).toBeGreaterThan(3);
    for (const item of judged) {
      const shown = card(item.indicator);
      const verdict = await text(shown.locator('.card-verdict'));
      expect(verdict, item.indicator).toContain('năm 2026 (tạm tính)');
      expect(await shown.getAttribute('class')).toContain(`status-${item.progress.status}`);
      if (item.progress.basis === 'trajectory') {
        // Ten demo months, eleven where another test of this server has reported November.
        expect(await text(shown.locator('.basis-note'))).toBe(
          `theo lộ trình ${item.coverage?.months}/12 tháng`,
        );
        expect(await text(shown.locator('.card-plan'))).toContain('theo lộ trình:');
      } else {
        // Already at or past the whole plan: achieved against it, provisionally.
        expect(item.progress.status).toBe('achieved');
        expect(item.progress.comparedTarget).toBe(item.target?.value);
      }
    }
    const change = await text(procedures.locator('.card-change'));
    expect(change).toMatch(/^▲|▼|■/);
    expect(change).toMatch(/(điểm %|Không đổi) so với cùng kỳ \(đến hết T10\/2025\)/);
    // Never a relative "%" for a percentage's change.
    expect(change).not.toMatch(/\d%/);
  });

  it('explains the status bands once, with the band taken from the rules', async () => {
    const legend = await text(viewer.locator('.status-legend'));
    expect(legend).toContain('Gần đạt: đạt từ 90% mức kế hoạch');
    expect(legend).toContain('Chưa hết kỳ');
    expect(await viewer.locator('.status-legend').count()).toBe(1);
    await viewer
      .locator('.family')
      .first()
      .screenshot({ path: `${SHOTS}honest-verdicts-2026-vi.png` });
    await shot(viewer, 'honest-verdicts-2026-page-vi');
  });

  it('says the same in English', async () => {
    await switchLanguage(viewer, 'English');
    const revenue = card('telecom_revenue');
    await expect.poll(() => text(revenue.locator('.card-coverage'))).toBe('10 months to date');
    expect(await text(revenue.locator('.basis-note'))).toBe('pro rata, 10 of 12 months');
    expect(await text(revenue.locator('.card-change'))).toContain('vs the same 10 months of 2025');
    expect(await text(card('online_procedures').locator('.card-change'))).toMatch(/(pp|No change) vs/);
    await viewer
      .locator('.family')
      .first()
      .screenshot({ path: `${SHOTS}honest-verdicts-2026-en.png` });
    await open('/tinh/v63-14?ky=2022&chi-tieu=telecom_revenue&lang=en');
    const real = card('telecom_revenue');
    expect(await text(real.locator('.card-plan .vs-demo'))).toBe('against a demo plan');
    expect(await text(real.locator('.card-rank'))).toContain('compared with demo data');
    await real.screenshot({ path: `${SHOTS}honest-verdicts-real-among-demo-en.png` });
    await switchLanguage(viewer, 'Tiếng Việt');
  });
});

describe('a province that kept its territory (Sơn La)', () => {
  it('draws one series across the merger, never "Sơn La (cũ)", and no restated badge', async () => {
    await open('/tinh/v34-14?ky=2025&chi-tieu=telecom_revenue');
    const chart = viewer.getByTestId('trend-chart');
    await chart.locator('.recharts-line-curve').first().waitFor();
    const legend = await viewer.locator('.recharts-legend-item').allTextContents();
    expect(legend.filter((name) => name.includes('Sơn La'))).toEqual(['Sơn La']);
    expect(legend.join(' ')).not.toContain('(cũ)');
    expect(await chart.locator('circle[data-basis="restated"]').count()).toBe(0);
    expect(await viewer.locator('.card-badges', { hasText: 'Quy đổi theo đơn vị mới' }).count()).toBe(0);
  });

  it('says why a rank of 34 is no move from a rank of 63', async () => {
    const ict = card('ict_index_rank');
    expect(await text(ict.locator('.card-value'))).toMatch(/^\d+\/34$/);
    expect(await text(ict.locator('.rank-not-comparable'))).toContain('Không so sánh được thứ hạng');
    expect(await ict.locator('.card-change').count()).toBe(0);
  });

  it('offers every year from 2015 to 2026 in the period picker', async () => {
    const years = await viewer.getByLabel('Năm', { exact: true }).locator('option').allTextContents();
    expect(years[0]).toBe('2026');
    expect(years.at(-1)).toBe('2015');
    expect(years).toHaveLength(12);
  });
});

describe('switching province', () => {
  it('never shows the previous province’s cards under the new heading', async () => {
    await open('/tinh/v34-14?ky=2025');
    expect(await viewer.locator('.overview-body').getAttribute('data-unit')).toBe('v34-14');
    // Hold Quảng Trị's summary back, so the moment between heading and cards can be looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await viewer.route(/\/api\/summary\/v34-44\?/, async (route) => {
      await held;
      await route.continue();
    });
    const input = viewer.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await input.click();
    await input.fill('Quang Tri');
    await viewer
      .getByRole('option', { name: /Quảng Trị/ })
      .first()
      .click();
    await expect.poll(() => text(viewer.locator('h1'))).toContain('Quảng Trị');
    // Sơn La's summary is still in the cache: it must not be drawn under Quảng Trị's name.
    expect(await viewer.locator('article.card').count()).toBe(0);
    expect(await viewer.locator('.state-loading').count()).toBe(1);
    release();
    await viewer.locator('.overview-body article.card').first().waitFor();
    expect(await viewer.locator('.overview-body').getAttribute('data-unit')).toBe('v34-44');
    expect(await viewer.locator('.page-heading').getAttribute('data-unit')).toBe('v34-44');
    await viewer.unroute(/\/api\/summary\/v34-44\?/);
  });
});
