/**
 * Accounts in the browser: a closed server shows only the sign-in page until someone signs
 * in; staff enter a figure for their province only (a hostile source stays text); a reviewer
 * approves it and the overview shows it as a reported figure. (The user admin: users-admin.test.ts.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm, submitSignIn, whoAmI } from '../src/sign-in.ts';
import { type RunningServer, startServer } from '../src/start-server.ts';

const baseUrl = inject('baseUrl');
const HOSTILE = '<script>alert(1)</script> Báo cáo 12/BC-STTTT';
let browser: Browser;
let closed: RunningServer;

beforeAll(async () => {
  browser = await launchBrowser();
  closed = await startServer({ PUBLIC_READ: 'off' });
});

afterAll(async () => {
  await browser?.close();
  await closed?.stop();
});

const card = (page: Page, key: string) => page.locator(`article[data-indicator="${key}"]`);

describe('a server without public reads', () => {
  let page: Page;
  const unauthorised: string[] = [];

  beforeAll(async () => {
    page = await newPage(browser);
    page.on('response', (r) => (r.status() === 401 ? unauthorised.push(r.url()) : undefined));
  });

  it('opens on the sign-in page, with the reason and the demo accounts, and no errors', async () => {
    await page.goto(closed.url);
    await page.locator('.login-page').waitFor();
    expect(await page.locator('.login-required').textContent()).toContain(
      'chỉ dành cho tài khoản đã đăng nhập',
    );
    expect(await page.locator('.demo-accounts').textContent()).toContain('demo.sonla');
    expect(await page.locator('.demo-accounts h2').textContent()).toBe('Tài khoản minh họa (demo)');
    expect(await page.locator('.state-error, article.card').count()).toBe(0);
    expect(unauthorised).toEqual([]);
    await shot(page, 'login-vi');
    await switchLanguage(page, 'English');
    expect(await page.locator('.login-card h1').textContent()).toBe('Sign in');
    await shot(page, 'login-en');
    await switchLanguage(page, 'Tiếng Việt');
  });

  it('shows the API’s refusal for a wrong password, and its wait once the account is locked', async () => {
    await submitSignIn(page, 'demo.viewer', 'not-the-password');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Sai tên đăng nhập hoặc mật khẩu');
    // Five failures lock a login for 15 minutes; the sixth try is refused with the wait.
    for (let i = 0; i < 6; i++) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await submitSignIn(page, 'nobody.here', 'wrong-password');
      await answered;
    }
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Thử lại sau \d+ phút/);
  });

  it('signing in as demo.viewer shows Sơn La’s overview on its latest year, not a fixed 2023', async () => {
    await signInWithForm(page, 'demo.viewer');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Sơn La');
    expect(await page.locator('h1').textContent()).toContain('Năm 2026');
    await card(page, 'villages_mobile_broadband').waitFor();
    expect(await page.locator('.state-error').count()).toBe(0);
    expect(await page.locator('.user-menu-toggle').textContent()).toContain('Người xem (demo)');
    // A viewer enters nothing: no edit buttons, no entries page, and not "read only" either.
    expect(await page.getByRole('button', { name: 'Nhập số liệu' }).count()).toBe(0);
    expect(await page.locator('.badge-readonly').count()).toBe(0);
  });
});

describe('staff and reviewer on a public server', () => {
  let staff: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    staff = await newPage(browser);
    staff.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  it('demo.sonla signs in through the form and sees their roles in the user menu', async () => {
    await staff.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(staff, 'demo.sonla');
    const toggle = staff.locator('.user-menu-toggle');
    await expect.poll(() => toggle.textContent()).toContain('Cán bộ Sơn La (demo)');
    expect(staff.url()).not.toContain('/dang-nhap');
    await toggle.click();
    const panel = staff.locator('.user-menu-panel');
    await expect.poll(() => panel.textContent()).toContain('Cán bộ nhập liệu · Sơn La');
    await shot(staff, 'user-menu-vi');
    await staff.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await staff.evaluate('document.activeElement.className')).toContain('user-menu-toggle');

    // Changing the password with a wrong current one: the API's refusal, in the dialog.
    await toggle.click();
    await panel.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Đổi mật khẩu' });
    await dialog.getByLabel('Mật khẩu hiện tại').fill('not-my-password');
    await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill('a-new-password-2026');
    await dialog.getByLabel('Nhập lại mật khẩu mới').fill('a-new-password-2026');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Mật khẩu hiện tại không đúng');
    await shot(staff, 'password-dialog-vi', false);
    await staff.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await switchLanguage(staff, 'English');
    await toggle.click();
    await expect.poll(() => panel.textContent()).toContain('Staff · Son La');
    await shot(staff, 'user-menu-en');
    await staff.keyboard.press('Escape');
    await switchLanguage(staff, 'Tiếng Việt');
  });

  it('enters a figure for Sơn La 2023 and sends it for review', async () => {
    const households = card(staff, 'households_fibre');
    // The form in English first, for the screenshot; Escape closes it unsent.
    await staff.goto(`${baseUrl}/tinh/v63-14?ky=2023&lang=en`);
    await households.getByRole('button', { name: 'Enter figure' }).click();
    await staff.getByRole('dialog').getByLabel('Source').fill(HOSTILE);
    await shot(staff, 'entry-dialog-en', false);
    await staff.keyboard.press('Escape');
    await staff.getByRole('dialog').waitFor({ state: 'hidden' });

    await staff.goto(`${baseUrl}/tinh/v63-14?ky=2023`);
    await households.getByRole('button', { name: 'Nhập số liệu' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('Tử số').fill('140000');
    await dialog.getByLabel('Mẫu số').fill('170000');
    // Left empty, the value is computed from numerator and denominator.
    await dialog.getByLabel('Giá trị').fill('');
    await dialog.getByLabel('Nguồn').fill(HOSTILE);
    await shot(staff, 'entry-dialog-vi', false);
    await dialog.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Đã gửi duyệt');
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    expect(await staff.locator('.badge-readonly').count()).toBe(0);
  });

  it('has no edit buttons for Quảng Trị and says "Chỉ xem"', async () => {
    await staff.goto(`${baseUrl}/tinh/v34-44?ky=2025`);
    await expect.poll(() => staff.locator('h1').textContent()).toContain('Quảng Trị');
    await card(staff, 'villages_mobile_broadband').waitFor();
    expect(await staff.locator('h1 .badge-readonly').textContent()).toBe('Chỉ xem');
    expect(await staff.getByRole('button', { name: 'Nhập số liệu' }).count()).toBe(0);
    expect(await staff.locator('.no-data-list .link-button').count()).toBe(0);
  });

  it('lists the entry with its source as literal text: nothing injected, no alert', async () => {
    // Sơn La 2023 is a period of the 63 provinces: its report is opened at its address.
    await staff.goto(`${baseUrl}/bao-cao/v63-14/2023`);
    const row = staff.locator('tr[data-row="households_fibre"]');
    await expect.poll(() => row.locator('.report-badge').textContent()).toBe('Chờ duyệt');
    expect(await staff.getByLabel('Nguồn số liệu của cả biểu').inputValue()).toBe(HOSTILE);
    expect(await staff.locator('main script, td script').count()).toBe(0);
    // Scripts without a src (or mentioning the alert) would be injected ones: the build has none.
    const inlineScripts = await staff.evaluate(
      "[...document.scripts].filter((s) => !s.src || s.textContent.includes('alert')).length",
    );
    expect(inlineScripts).toBe(0);
    expect(dialogs).toEqual([]);
    await shot(staff, 'entries-vi');
    await switchLanguage(staff, 'English');
    await expect.poll(() => row.locator('.report-badge').textContent()).toBe('Awaiting review');
    await shot(staff, 'entries-en');
    await switchLanguage(staff, 'Tiếng Việt');
  });

  it('signs out: the header offers "Đăng nhập" again and the API forgets the session', async () => {
    await staff.locator('.user-menu-toggle').click();
    await staff.getByRole('button', { name: 'Đăng xuất' }).click();
    await staff.getByRole('link', { name: 'Đăng nhập', exact: true }).waitFor();
    expect(await staff.locator('.user-menu').count()).toBe(0);
    expect((await whoAmI(staff)).user).toBeNull();
  });

  it('demo.reviewer approves it, and the card shows the figure as reported, not demo', async () => {
    const reviewer = await newPage(browser);
    await reviewer.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(reviewer, 'demo.reviewer');
    await reviewer.locator('tr[data-submission="v63-14/2023"] .row-link').click();
    // The source is shown as text, never run.
    await expect.poll(() => reviewer.locator('.submission-source').textContent()).toContain(HOSTILE);
    await reviewer.locator('tr[data-row="households_fibre"]').getByLabel('Phê duyệt').check();
    await reviewer.getByRole('button', { name: 'Xác nhận' }).click();
    await reviewer.locator('.form-outcome').waitFor();
    await reviewer.goto(`${baseUrl}/tinh/v63-14?ky=2023`);
    const households = card(reviewer, 'households_fibre');
    await expect.poll(() => households.textContent()).toContain('140.000/170.000');
    // The figure's own badges: the plan beside it may still be a demo plan, and says so itself.
    expect(await households.locator('.card-badges .badge-demo').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
