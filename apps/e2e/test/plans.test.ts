/**
 * A province's plans page: a plan derived from "vượt 8% so với kế hoạch" computed as it is typed,
 * saved as derived and labelled "suy ra"; deleted after confirming. The account form says what a
 * province covers and asks before creating an account without a role.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('plans', () => {
  it('derives a plan from the report’s claim live, saves it as derived and deletes it', async () => {
    page = await newPage(browser);
    await page.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(page, 'demo.sonla');
    await page.goto(`${baseUrl}/bao-cao/ke-hoach?tinh=v34-14&nam=2027`);
    await page.getByRole('heading', { name: /Kế hoạch năm 2027/ }).waitFor();
    await page.getByRole('button', { name: 'Thêm kế hoạch' }).click();
    const form = page.locator('form.plan-form');
    await form.getByLabel('Chỉ tiêu').selectOption('telecom_revenue');
    await form.getByLabel('Suy ra từ “vượt X% so với kế hoạch”').check();
    await form.getByLabel('Số thực hiện nêu trong báo cáo').fill('1.463');
    await form.getByLabel('Câu trong báo cáo').fill('vượt 8% so với kế hoạch');
    await expect.poll(() => form.locator('.plan-derived-value').textContent()).toContain('1.354,63');
    await form.getByLabel('Văn bản nguồn').fill('Kế hoạch số 12/KH-UBND ngày 15/01/2027');
    await shot(page, 'plans-form-vi');
    await form.getByRole('button', { name: 'Lưu' }).click();
    const row = page.locator('tr[data-indicator="telecom_revenue"]');
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('suy ra');
    expect(text).toContain('Kế hoạch số 12/KH-UBND');
    await shot(page, 'plans-vi');
    await switchLanguage(page, 'English');
    await expect.poll(() => row.textContent()).toContain('derived');
    await shot(page, 'plans-en');
    await switchLanguage(page, 'Tiếng Việt');

    await row.getByRole('button', { name: /^Xoá kế hoạch/ }).click();
    await row.getByRole('button', { name: 'Xoá', exact: true }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('offers the five comparators the API allows and checks the source by the API’s own rule', async () => {
    await page.getByRole('button', { name: 'Thêm kế hoạch' }).click();
    const form = page.locator('form.plan-form');
    await form.getByLabel('Chỉ tiêu').selectOption('e_documents');
    const comparator = form.getByLabel('Kế hoạch là');
    // A higher-is-better indicator starts at "≥"; every comparator of the schema is offered.
    expect(await comparator.inputValue()).toBe('>=');
    expect(
      await comparator.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value'))),
    ).toEqual(['>=', '>', '<=', '<', '=']);
    await comparator.selectOption('=');
    await form.getByLabel('Kế hoạch', { exact: true }).fill('100');
    await form.getByLabel('Văn bản nguồn').fill(' ab ');
    await form.getByRole('button', { name: 'Lưu' }).click();
    // The API's rule, said as the API says it: nothing is sent.
    await expect
      .poll(() => form.locator('.form-error').allTextContents())
      .toContain('quá ngắn (tối thiểu 3 ký tự)');
    await form.getByLabel('Văn bản nguồn').fill('Kế hoạch số 12/KH-UBND ngày 15/01/2027');
    await form.getByRole('button', { name: 'Lưu' }).click();
    const row = page.locator('tr[data-indicator="e_documents"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('= 100');
    await row.getByRole('button', { name: /^Xoá kế hoạch/ }).click();
    await row.getByRole('button', { name: 'Xoá', exact: true }).click();
    await row.waitFor({ state: 'detached' });
  });
});

describe('accounts', () => {
  it('names what a province covers and asks before creating an account without a role', async () => {
    page = await newPage(browser);
    await page.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(page, 'demo.admin');
    await page.goto(`${baseUrl}/quan-tri/nguoi-dung`);
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const form = page.locator('form.admin-panel');
    await form.getByLabel('Tỉnh, thành phố').selectOption('v34-19');
    const coverage = (await form.locator('.assignment-coverage').textContent()) ?? '';
    expect(coverage).toMatch(/^Phạm vi: Thái Nguyên — gồm cả .+ trước 01\/7\/2025$/);
    expect(coverage).toContain('Bắc Kạn');
    expect(coverage).toContain('Thái Nguyên (cũ)');
    await form.getByLabel('Tên đăng nhập').fill('e2e.norole');
    await form.getByLabel('Họ tên').fill('Tài khoản chưa có quyền');
    await form.getByLabel('Mật khẩu ban đầu').fill('mat-khau-thu-nghiem');
    await form.getByRole('button', { name: 'Tạo', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Tạo tài khoản không có vai trò?' });
    await confirm.waitFor();
    await shot(page, 'account-no-role-vi');
    await confirm.getByRole('button', { name: 'Vẫn tạo, không có vai trò' }).click();
    await page.locator('tr[data-user="e2e.norole"]').waitFor();
  });
});
