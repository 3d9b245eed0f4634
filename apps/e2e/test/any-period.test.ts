/**
 * Any period, any province they cover: a staff member of today's An Giang (formed on 1 July 2025
 * from the former An Giang and Kiên Giang) lands on their inbox, opens Kiên Giang's 2019 report
 * from its picker, sends a figure for review and reads one standing in the banner and the footer;
 * the form of today's An Giang for 2019 is refused with a link to each former province; the
 * province page, its cards, the one-figure dialog and the completeness table link to the period's
 * form, for those who report for the province only.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from '../src/axe.ts';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
const STAFF = { login: 'staff.angiang', password: 'an-giang-2026-pw' };
const AN_GIANG = 'v34-91';
const FORMER_AN_GIANG = 'v63-89';
const KIEN_GIANG = 'v63-91';

let browser: Browser;
let staff: Page;

/** The page's path, without the origin. */
const path = (page: Page) => new URL(page.url()).pathname;

/** The same page at the phone's width, shot, then back to the desktop's. */
async function shotBothWidths(page: Page, name: string): Promise<void> {
  await shot(page, `${name}-1280`, false);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-390`, false);
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  browser = await launchBrowser();
  // An administrator gives a staff account today's An Giang.
  const admin = await newPage(browser);
  await admin.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(admin, 'demo.admin');
  const body = JSON.stringify({
    login: STAFF.login,
    displayName: 'Cán bộ An Giang',
    password: STAFF.password,
    assignments: [{ role: 'staff', unitId: AN_GIANG }],
  });
  const status = await admin.evaluate(
    `fetch('/api/users', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cds' }, body: ${JSON.stringify(body)} }).then((r) => r.status)`,
  );
  expect(status).toBe(201);
  await admin.context().close();
  staff = await newPage(browser);
  await staff.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(staff, STAFF.login, STAFF.password);
});

afterAll(async () => {
  await browser?.close();
});

describe('staff open any period of any province they cover', () => {
  it('land on their inbox, whose picker lists today’s province first, then the former ones', async () => {
    await staff.waitForURL(`${baseUrl}/bao-cao`);
    const picker = staff.locator('.open-period-form');
    const province = picker.getByLabel('Tỉnh, thành', { exact: true });
    await province.waitFor();
    expect(await province.locator('option').allTextContents()).toEqual([
      'An Giang',
      'An Giang (cũ)',
      'Kiên Giang (cũ)',
    ]);
    // Years from 2015 to this one; last year's report by default.
    const year = picker.getByLabel('Năm', { exact: true });
    const years = await year.locator('option').allTextContents();
    expect([years[0], years.at(-1)]).toEqual(['2026', '2015']);
    expect(await year.inputValue()).toBe('2025');
    expect(await seriousAxeViolations(staff)).toEqual([]);
    await shotBothWidths(staff, 'any-period-inbox');
    await switchLanguage(staff, 'English');
    const english = staff.locator('.open-period-form');
    expect(await english.getByRole('heading').textContent()).toBe('Open any period');
    expect(await english.getByLabel('Province', { exact: true }).locator('option').allTextContents()).toEqual(
      ['An Giang', 'An Giang (former)', 'Kien Giang (former)'],
    );
    await shot(staff, 'any-period-inbox-en-1280', false);
    await switchLanguage(staff, 'Tiếng Việt');
  });

  it('open a former province’s 2019 year from the picker, with the keyboard', async () => {
    const picker = staff.locator('.open-period-form');
    await picker.getByLabel('Tỉnh, thành', { exact: true }).selectOption(KIEN_GIANG);
    await picker.getByLabel('Loại kỳ', { exact: true }).selectOption('year');
    const year = picker.getByLabel('Năm', { exact: true });
    await year.selectOption('2019');
    // Tab to the button and press Enter, as a keyboard user would.
    await year.focus();
    await staff.keyboard.press('Tab');
    await staff.keyboard.press('Enter');
    await staff.waitForURL(`${baseUrl}/bao-cao/${KIEN_GIANG}/2019`);
    await staff.locator('.form-actions').waitFor();
    expect(await staff.locator('h1').textContent()).toContain('Kiên Giang');
    expect(await staff.locator('h1').textContent()).toContain('Năm 2019');
    expect(await staff.locator('.form-blocked').count()).toBe(0);
    expect(await staff.getByLabel('Nguồn số liệu của cả biểu').isDisabled()).toBe(false);
  });

  it('after “Gửi duyệt”, the banner and the footer say the same thing', async () => {
    await staff.getByLabel('Nguồn số liệu của cả biểu').fill('Báo cáo số 12/BC-STTTT ngày 20/01/2020');
    await staff.locator('input[data-row="villages_mobile_broadband"][data-field="value"]').fill('97,5');
    await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
    const banner = staff.locator('.form-outcome .form-standing');
    await banner.waitFor();
    const footer = staff.locator('.form-actions .form-standing');
    await expect.poll(() => footer.textContent()).toBe(await banner.textContent());
    expect(await banner.getAttribute('data-status')).toBe('submitted');
    expect(await footer.getAttribute('data-status')).toBe('submitted');
    expect(await banner.textContent()).toContain('1 chờ duyệt');
    // The heading's badge reads the same form.
    expect(await staff.locator('h1 .report-badge').textContent()).toBe('Chờ duyệt');
    // The footer no longer says there is nothing to send right after the figure was sent.
    expect(await staff.locator('.form-actions').textContent()).not.toContain('Chưa có số liệu nào để gửi');
    await shot(staff, 'any-period-sent-1280', false);
    await staff.locator('.form-outcome').scrollIntoViewIfNeeded();
    await staff.setViewportSize({ width: 390, height: 844 });
    await shot(staff, 'any-period-sent-390', false);
    await staff.setViewportSize({ width: 1280, height: 900 });
  });

  it('a form refused for today’s province before the merger links to each former province', async () => {
    await staff.goto(`${baseUrl}/bao-cao`);
    const picker = staff.locator('.open-period-form');
    await picker.getByLabel('Tỉnh, thành', { exact: true }).selectOption(AN_GIANG);
    await picker.getByLabel('Năm', { exact: true }).selectOption('2019');
    await picker.getByRole('button', { name: 'Mở biểu mẫu' }).click();
    await staff.waitForURL(`${baseUrl}/bao-cao/${AN_GIANG}/2019`);
    const refusal = staff.locator('.form-blocked');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('chỉ có từ 01/7/2025');
    const links = refusal.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'Mở biểu mẫu An Giang (cũ) · Năm 2019',
      'Mở biểu mẫu Kiên Giang (cũ) · Năm 2019',
    ]);
    expect(await links.first().getAttribute('href')).toBe(`/bao-cao/${FORMER_AN_GIANG}/2019`);
    expect(await seriousAxeViolations(staff)).toEqual([]);
    await shotBothWidths(staff, 'any-period-refused');
    await links.nth(1).click();
    await staff.waitForURL(`${baseUrl}/bao-cao/${KIEN_GIANG}/2019`);
    await staff.locator('.form-actions').waitFor();
    expect(await staff.locator('.form-blocked').count()).toBe(0);
  });
});

describe('the province page links to the period’s form', () => {
  it('from its heading, each card and the one-figure dialog, for the staff who report for it', async () => {
    await staff.goto(`${baseUrl}/tinh/${AN_GIANG}?ky=2026-10`);
    const card = staff.locator('article.card').first();
    await card.waitFor();
    const form = `/bao-cao/${AN_GIANG}/2026-10`;
    expect(await staff.locator('.period-form-link a').getAttribute('href')).toBe(form);
    const cardLink = card.locator('a.card-form');
    expect(await cardLink.textContent()).toBe('Biểu mẫu kỳ');
    expect(await cardLink.getAttribute('href')).toBe(form);
    await card.scrollIntoViewIfNeeded();
    await shotBothWidths(staff, 'any-period-card');

    await card.getByRole('button', { name: 'Nhập số liệu' }).click();
    const dialog = staff.locator('dialog.entry-dialog');
    const dialogLink = dialog.getByRole('link', { name: /Nhập cả kỳ trong biểu mẫu/ });
    expect(await dialogLink.getAttribute('href')).toBe(form);
    await shot(staff, 'any-period-dialog-1280', false);
    await dialogLink.click();
    await staff.waitForURL(`${baseUrl}${form}`);
    await staff.locator('.form-actions').waitFor();
  });

  it('in a card’s link opens the form of that province and period', async () => {
    await staff.goto(`${baseUrl}/tinh/${AN_GIANG}?ky=2026-10`);
    await staff.locator('article.card a.card-form').first().click();
    await staff.waitForURL(`${baseUrl}/bao-cao/${AN_GIANG}/2026-10`);
    expect(path(staff)).toBe(`/bao-cao/${AN_GIANG}/2026-10`);
  });

  it('shows no such link to staff of another province', async () => {
    await staff.goto(`${baseUrl}/tinh/v34-14?ky=2026-10`);
    await staff.locator('article.card').first().waitFor();
    expect(await staff.locator('a.card-form, .period-form-link').count()).toBe(0);
  });
});

describe('the completeness page links each province to its period’s form', () => {
  it('for the provinces the user reports for', async () => {
    await staff.goto(`${baseUrl}/bao-cao/tien-do?ky=2026-10`);
    const row = staff.locator(`tr[data-unit="${AN_GIANG}"]`);
    await row.waitFor();
    const link = row.locator('th a');
    expect(await link.getAttribute('href')).toBe(`/bao-cao/${AN_GIANG}/2026-10`);
    expect(await staff.locator('tr[data-unit="v34-14"] th a').count()).toBe(0);
    await row.scrollIntoViewIfNeeded();
    await shotBothWidths(staff, 'any-period-completeness');
    await link.click();
    await staff.waitForURL(`${baseUrl}/bao-cao/${AN_GIANG}/2026-10`);
  });
});
