/**
 * Staff turn a report into reviewed figures, as a new staff member of today's An Giang would with a
 * report the team has never seen: the former An Giang's 2020 year-end news item, pasted. The page
 * proposes every figure beside the text, each with its words marked; the staff hand them to the
 * period form, where each row waits with its sentence; they reject one, correct one, confirm the
 * rest and send them; An Giang's reviewer approves; the figures are published with the report's
 * words as their source. The same from a .docx file of Kiên Giang's 2020 year.
 *
 * The staff's part counts its actions (clicks, pastes, typed fields), printed with the output:
 * entering the eight figures of such a report by hand took 83.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from '../src/axe.ts';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const REPORT = readFileSync(`${FIXTURES}an-giang-2020.txt`, 'utf8');
const TITLE = 'Tổng kết công tác thông tin và truyền thông năm 2020, triển khai nhiệm vụ năm 2021';
const STAFF = { login: 'staff.angiang.reports', password: 'an-giang-reports-2026' };
const REVIEWER = { login: 'reviewer.angiang', password: 'an-giang-review-2026' };
const AN_GIANG = 'v34-91';
const FORMER_AN_GIANG = 'v63-89';
const KIEN_GIANG = 'v63-91';

let browser: Browser;
let staff: Page;

/** The staff's actions, counted as they are taken. */
const actions: { kind: 'click' | 'paste' | 'type' | 'file'; what: string }[] = [];
const act = (kind: (typeof actions)[number]['kind'], what: string) => actions.push({ kind, what });

// biome-ignore lint/suspicious/noExplicitAny: API answers read in a test
type Json = any;

async function api(page: Page, path: string): Promise<Json> {
  return page.evaluate(`fetch(${JSON.stringify(path)}).then((r) => r.json())`);
}

async function createUser(admin: Page, user: { login: string; password: string }, role: string) {
  const body = JSON.stringify({
    login: user.login,
    displayName: `${role} An Giang`,
    password: user.password,
    assignments: [{ role, unitId: AN_GIANG }],
  });
  const status = await admin.evaluate(
    `fetch('/api/users', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cds' }, body: ${JSON.stringify(body)} }).then((r) => r.status)`,
  );
  expect(status).toBe(201);
}

async function approveAll(unitId: string, period: string, count: number) {
  const reviewer = await newPage(browser);
  await reviewer.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(reviewer, REVIEWER.login, REVIEWER.password);
  await reviewer.goto(`${baseUrl}/duyet/${unitId}/${period}`);
  await reviewer.locator('.decision-table').waitFor();
  expect(await reviewer.locator('.decision-table tbody tr').count()).toBe(count);
  await reviewer.getByRole('button', { name: 'Duyệt tất cả' }).click();
  await reviewer.getByRole('button', { name: 'Xác nhận' }).click();
  await expect.poll(() => reviewer.locator('.form-outcome').textContent()).toContain(`Đã duyệt ${count}`);
  await reviewer.context().close();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await newPage(browser);
  await admin.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(admin, 'demo.admin');
  await createUser(admin, STAFF, 'staff');
  await createUser(admin, REVIEWER, 'reviewer');
  await admin.context().close();
  staff = await newPage(browser);
  await staff.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(staff, STAFF.login, STAFF.password);
  await staff.waitForURL(`${baseUrl}/bao-cao`);
});

afterAll(async () => {
  console.log(
    `\nThe report's ${actions.length} actions (by hand: 83 for eight figures):\n${actions
      .map((a, i) => `  ${i + 1}. ${a.kind}: ${a.what}`)
      .join('\n')}`,
  );
  await browser?.close();
});

describe('a pasted report becomes figures waiting in their forms', () => {
  it('reads the pasted report and marks every figure it proposes in the text', async () => {
    await staff.getByRole('link', { name: 'Từ báo cáo', exact: true }).click();
    act('click', 'Từ báo cáo in the menu');
    const box = staff.getByLabel('Nội dung báo cáo', { exact: true });
    await box.fill(REPORT);
    act('paste', 'the report into the box');
    // The title and date are read from the report, for the staff to check.
    expect(await staff.getByLabel('Tên báo cáo (dùng làm nguồn)').inputValue()).toBe(TITLE);
    expect(await staff.getByLabel('Ngày báo cáo').inputValue()).toBe('2021-01-08');
    await staff.getByRole('button', { name: 'Đọc báo cáo' }).click();
    act('click', 'Đọc báo cáo');
    const summary = staff.locator('.extraction-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Tìm thấy 9 số liệu và 1 kế hoạch của An Giang (cũ)');
    // The answer the page shows is the API's, each quote the report's own words.
    const answer = await staff.evaluate(
      `fetch('/api/extractions', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cds' }, body: JSON.stringify({ text: ${JSON.stringify(REPORT)}, unitId: '${AN_GIANG}' }) }).then((r) => r.json())`,
    );
    expect((answer as Json).proposals).toHaveLength(10);
    for (const p of (answer as Json).proposals) expect(REPORT.slice(p.start, p.end)).toBe(p.quote);
    expect(await staff.locator('.marked-report mark').count()).toBe(9);
    // Two forms: the year, and the year before for the rank the report's move gives.
    const sections = staff.locator('.proposal-list section h2');
    expect(await sections.allTextContents()).toEqual([
      'Năm 2020 · An Giang (cũ)',
      'Năm 2019 · An Giang (cũ)',
      'Kế hoạch, mục tiêu',
    ]);
    const revenue = staff.locator('.proposal-list li', { hasText: 'Doanh thu lĩnh vực viễn thông' });
    expect(await revenue.locator('.proposal-value').textContent()).toMatch(/^1\.250 tỷ đồng/);
    expect(
      await staff
        .locator('.proposal-list li', { hasText: 'Lượt truy cập' })
        .locator('.proposal-value')
        .textContent(),
    ).toMatch(/^trên 420\.000/);
    // A plan is listed apart and never put in a form.
    expect(await staff.locator('.proposal-list section').last().textContent()).toContain('80');
    // Clicking a proposal's words shows them in the report.
    await revenue.locator('.proposal-quote').click();
    await expect
      .poll(() => staff.locator('.marked-report mark.is-selected').textContent())
      .toBe('Doanh thu lĩnh vực viễn thông đạt 1.250 tỷ đồng');
    expect(await seriousAxeViolations(staff)).toEqual([]);
    await shot(staff, 'report-extraction-1280', false);
    await staff.setViewportSize({ width: 390, height: 844 });
    await shot(staff, 'report-extraction-390', false);
    await staff.setViewportSize({ width: 1280, height: 900 });
  });

  it('hands the figures to their forms, where each row waits with its sentence', async () => {
    await staff.getByRole('button', { name: 'Đưa 9 số liệu vào biểu mẫu' }).click();
    act('click', 'Đưa 9 số liệu vào biểu mẫu');
    await staff.waitForURL(`${baseUrl}/bao-cao/${FORMER_AN_GIANG}/2020`);
    const banner = staff.locator('.proposal-banner');
    await expect.poll(() => banner.textContent()).toContain('8 dòng được đề xuất từ báo cáo');
    expect(await banner.getByRole('link').textContent()).toContain('Năm 2019');
    const revenue = staff.locator('tr[data-row="telecom_revenue"]');
    expect(await revenue.locator('input[data-field="value"]').inputValue()).toBe('1.250');
    const callout = staff.locator('[data-notes-for="telecom_revenue"] .proposal-callout');
    expect(await callout.locator('mark').textContent()).toBe(
      'Doanh thu lĩnh vực viễn thông đạt 1.250 tỷ đồng',
    );
    expect(await callout.textContent()).toContain(TITLE);
    // Nothing is stored yet: the API's form holds no draft.
    const form = await api(staff, `/api/period-forms/${FORMER_AN_GIANG}/2020`);
    expect(form.rows.filter((r: Json) => r.revision)).toEqual([]);
    // Proposed rows are not saved or sent until confirmed.
    expect(await staff.getByRole('button', { name: 'Gửi duyệt' }).isDisabled()).toBe(true);
    await shot(staff, 'report-proposals-form-1280');
  });

  it('rejects one, corrects one, confirms the rest and sends them for review', async () => {
    await staff.getByRole('button', { name: 'Bỏ đề xuất: Lượt truy cập Cổng dịch vụ công của tỉnh' }).click();
    act('click', 'reject the portal visits');
    expect(await staff.locator('tr[data-row="portal_visits"] input[data-field="value"]').inputValue()).toBe(
      '',
    );
    const km = staff.locator('tr[data-row="fibre_km_added"] input[data-field="value"]');
    await km.fill('245');
    act('type', 'correct the fibre length to 245 km');
    await staff.getByRole('button', { name: 'Xác nhận cả 7 dòng' }).click();
    act('click', 'Xác nhận cả 7 dòng');
    expect(await staff.locator('.proposal-banner:not(.is-others)').count()).toBe(0);
    await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
    act('click', 'Gửi duyệt');
    await expect
      .poll(() => staff.locator('.form-outcome').textContent())
      .toContain('Đã gửi duyệt 7 chỉ tiêu');
  });

  it('confirms the year before, derived from the rank’s move', async () => {
    await staff
      .locator('.proposal-banner')
      .getByRole('link', { name: /^Năm 2019/ })
      .click();
    act('click', 'the 2019 link in the banner');
    await staff.waitForURL(`${baseUrl}/bao-cao/${FORMER_AN_GIANG}/2019`);
    const rank = staff.locator('tr[data-row="ict_index_rank"] input[data-field="value"]');
    await expect.poll(() => rank.inputValue()).toBe('30/63');
    expect(
      await staff.locator('[data-notes-for="ict_index_rank"] .proposal-callout').textContent(),
    ).toContain('Suy ra từ báo cáo');
    await staff.getByRole('button', { name: 'Xác nhận: Xếp hạng ICT Index' }).click();
    act('click', 'confirm the derived rank');
    await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
    act('click', 'Gửi duyệt');
    await expect
      .poll(() => staff.locator('.form-outcome').textContent())
      .toContain('Đã gửi duyệt 1 chỉ tiêu');
  });

  it('once approved, the figures are published with the report and its words as their source', async () => {
    await approveAll(FORMER_AN_GIANG, '2020', 7);
    await approveAll(FORMER_AN_GIANG, '2019', 1);
    const summary = await api(staff, `/api/summary/${FORMER_AN_GIANG}?period=2020`);
    const item = (key: string) => summary.items.find((i: Json) => i.indicator === key);
    expect(item('telecom_revenue').figure.value).toBe(1250);
    expect(item('telecom_revenue').figure.isDemo).toBe(false);
    expect(item('telecom_revenue').sourceQuote).toBe('Doanh thu lĩnh vực viễn thông đạt 1.250 tỷ đồng');
    expect(item('telecom_revenue').figure.sourceRefs).toEqual([`${TITLE}, 08/01/2021`]);
    expect(item('fibre_km_added').figure.value).toBe(245);
    expect(item('ict_index_rank').figure.value).toBe(21);
    const before = await api(staff, `/api/summary/${FORMER_AN_GIANG}?period=2019`);
    expect(before.items.find((i: Json) => i.indicator === 'ict_index_rank').figure.value).toBe(30);
  });
});

describe('a .docx report', () => {
  it('is read in the browser and proposes the same way', async () => {
    await staff.goto(`${baseUrl}/bao-cao/tu-bao-cao`);
    await staff.getByLabel('Chọn tệp báo cáo').setInputFiles(`${FIXTURES}kien-giang-2020.docx`);
    await expect
      .poll(() => staff.getByLabel('Nội dung báo cáo', { exact: true }).inputValue())
      .toContain('Sở Thông tin và Truyền thông tỉnh Kiên Giang');
    await staff.getByRole('button', { name: 'Đọc báo cáo' }).click();
    await expect
      .poll(() => staff.locator('.extraction-summary').textContent())
      .toContain('của Kiên Giang (cũ)');
    await staff.getByRole('button', { name: /^Đưa \d+ số liệu vào biểu mẫu$/ }).click();
    await staff.waitForURL(`${baseUrl}/bao-cao/${KIEN_GIANG}/2020`);
    await staff.getByRole('button', { name: /^Xác nhận cả \d+ dòng$/ }).click();
    await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect
      .poll(() => staff.locator('.form-outcome').textContent())
      .toContain('Đã gửi duyệt 8 chỉ tiêu');
    const form = await api(staff, `/api/period-forms/${KIEN_GIANG}/2020`);
    const revenue = form.rows.find((r: Json) => r.indicator === 'telecom_revenue').revision;
    expect(revenue).toMatchObject({
      value: 1080,
      sourceQuote: 'Doanh thu lĩnh vực viễn thông đạt 1.080 tỷ đồng',
    });
  });
});
