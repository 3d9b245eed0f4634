/** The completeness page: every province of the period's vintage, sortable, in both languages. */
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
  page = await newPage(browser);
  await page.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(page, 'demo.viewer');
});

afterAll(async () => {
  await browser?.close();
});

describe('reporting completeness', () => {
  it('lists the 34 provinces of 2026-11 and sorts them by a column', async () => {
    await page.goto(`${baseUrl}/bao-cao/tien-do?ky=2026-11`);
    const rows = page.locator('.completeness-table tbody tr');
    await expect.poll(() => rows.count()).toBe(34);
    expect(await page.locator('h1').textContent()).toBe('Tiến độ báo cáo Tháng 11/2026');
    expect(await page.locator('.completeness-summary').getAttribute('data-units')).toBe('34');
    expect(await rows.first().getAttribute('data-unit')).toMatch(/^v34-/);

    const firstSent = page.getByRole('columnheader', { name: /Gửi lần đầu/ });
    await firstSent.getByRole('button').click();
    expect(await firstSent.getAttribute('aria-sort')).toBe('ascending');
    await firstSent.getByRole('button').press('Enter');
    expect(await firstSent.getAttribute('aria-sort')).toBe('descending');
    await shot(page, 'completeness-vi');
    await switchLanguage(page, 'English');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Reporting progress, November 2026');
    expect(await rows.count()).toBe(34);
    await shot(page, 'completeness-en');
  });
});
