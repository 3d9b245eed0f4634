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
});
