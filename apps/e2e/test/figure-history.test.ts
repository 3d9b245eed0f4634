/** A card's history dialog, opened and closed with the keyboard, focus returning to its button. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(page, 'demo.reviewer');
});

afterAll(async () => {
  await browser?.close();
});

describe('a figure’s history', () => {
  it('opens from a card with Enter and closes with Escape, back on the button', async () => {
    await page.goto(`${baseUrl}/tinh/v34-14?ky=2025`);
    const button = page
      .locator('article[data-indicator]')
      .first()
      .getByRole('button', { name: /^Lịch sử số liệu/ });
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Lịch sử số liệu' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.state-loading').count()).toBe(0);
    expect(await dialog.getByRole('heading', { name: 'Các lần công bố' }).count()).toBe(1);
    expect(await dialog.getByRole('heading', { name: 'Các lần nhập' }).count()).toBe(1);
    await shot(page, 'history-vi', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")'))
      .toMatch(/^Lịch sử số liệu/);

    // The close button works from the keyboard too.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  });

  it('is in English with ?lang=en', async () => {
    await page.goto(`${baseUrl}/tinh/v34-14?ky=2025&lang=en`);
    const button = page
      .locator('article[data-indicator]')
      .first()
      .getByRole('button', { name: /^Figure history/ });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Figure history' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.state-loading').count()).toBe(0);
    await shot(page, 'history-en', false);
    await page.keyboard.press('Escape');
  });
});
