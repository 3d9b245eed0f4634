/** The user admin in the browser: accounts with their roles, a new account, deactivation, both languages. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the user admin', () => {
  it('lists accounts, creates one with a role for Quảng Trị and deactivates it', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(page, 'demo.admin');
    await page.getByRole('link', { name: 'Tài khoản', exact: true }).click();
    const sonla = page.locator('tr[data-user="demo.sonla"]');
    await expect.poll(() => sonla.textContent()).toContain('Cán bộ nhập liệu · Sơn La');
    expect(await sonla.locator('.badge-demo').count()).toBe(1);

    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const form = page.locator('form.admin-panel');
    await form.getByLabel('Tên đăng nhập').fill('e2e.staff');
    await form.getByLabel('Họ tên').fill('Cán bộ thử nghiệm');
    await form.getByLabel('Mật khẩu ban đầu').fill('mat-khau-thu-nghiem');
    await form.getByLabel('Vai trò', { exact: true }).selectOption('staff');
    await form.getByLabel('Tỉnh, thành phố').selectOption('v34-44');
    await form.getByRole('button', { name: 'Thêm quyền' }).click();
    await shot(page, 'admin-vi');
    await form.getByRole('button', { name: 'Tạo', exact: true }).click();
    const created = page.locator('tr[data-user="e2e.staff"]');
    await expect.poll(() => created.textContent()).toContain('Cán bộ nhập liệu · Quảng Trị');
    await created.getByRole('button', { name: 'Khoá' }).click();
    await expect.poll(() => created.textContent()).toContain('Đã khoá');
    await created.getByRole('button', { name: 'Sửa quyền' }).click();
    await switchLanguage(page, 'English');
    await expect.poll(() => page.locator('#users-title').textContent()).toBe('Accounts and roles');
    await shot(page, 'admin-en');
  });

  it('sets the reporting deadlines, which the staff inbox counts from', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(page, 'demo.admin');
    await page.goto(`${baseUrl}/quan-tri/nguoi-dung`);
    const form = page.locator('form.deadlines-form');
    const month = form.getByLabel('Tháng (ngày)', { exact: true });
    await expect.poll(() => month.inputValue()).toBe('10');
    await month.fill('-1');
    expect(await form.getByRole('alert').textContent()).toContain('từ 0 đến 366');
    expect(await form.getByRole('button', { name: 'Lưu hạn nộp' }).isDisabled()).toBe(true);
    await month.fill('12');
    await form.getByRole('button', { name: 'Lưu hạn nộp' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Đã lưu hạn nộp.');
    await shot(page, 'admin-deadlines-vi');

    const staff = await newPage(browser);
    await staff.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(staff, 'demo.quangtri');
    await staff.goto(`${baseUrl}/bao-cao`);
    await expect
      .poll(() => staff.locator('tr[data-period="2026-11"]').first().textContent())
      .toContain('12/12/2026');

    // As it was, for any test after this one.
    await month.fill('10');
    await form.getByRole('button', { name: 'Lưu hạn nộp' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Đã lưu hạn nộp.');
  });
});
