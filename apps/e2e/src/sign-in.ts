/** Signing in through the dashboard's own form, as a person would, and small page helpers for it. */
import type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo-cds-2026';

/** A fresh context per user: separate cookies, so two users never share a session. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** Fills and sends the sign-in form (the page must show it) and waits until the form is gone. */
export async function signInWithForm(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, login, password);
  await page.locator('.login-page').waitFor({ state: 'detached' });
}

/** Fills and sends the sign-in form without waiting for the outcome. */
export async function submitSignIn(page: Page, login: string, password: string): Promise<void> {
  const form = page.locator('.login-card');
  await form.getByLabel('Tên đăng nhập', { exact: true }).fill(login);
  await form.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** What `/api/auth/me` says about this page's session. */
export async function whoAmI(page: Page): Promise<{ user: { login: string } | null }> {
  // A string, not a function: this package is compiled without the DOM's types.
  return (await page.evaluate("fetch('/api/auth/me').then((r) => r.json())")) as {
    user: { login: string } | null;
  };
}
