/**
 * The meeting document, in the browser: from Sơn La's page, one click opens its period report;
 * Chromium prints it on exactly one A4 page; "Sao chép" puts the drafted sentences on the
 * clipboard as plain text and says so; each sentence points at the figures it states; the
 * report reads in English too; no serious accessibility issue.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from '../src/axe.ts';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot } from '../src/page-shots.ts';
import { signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
const SHOTS = new URL('../screenshots/', import.meta.url).pathname;
let browser: Browser;
let context: BrowserContext;
let page: Page;

interface Sentence {
  vi: string;
  en: string;
  facts: { indicatorKey: string }[];
}

/** The pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  page = await context.newPage();
  await page.goto(`${baseUrl}/dang-nhap`);
  await signInWithForm(page, 'demo.viewer');
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the period report of Sơn La', () => {
  it('opens from the province page in one click', async () => {
    await page.goto(`${baseUrl}/tinh/v34-14?ky=2026`);
    await page.getByRole('link', { name: 'Bản in cho cuộc họp' }).click();
    await expect.poll(() => page.url()).toMatch(/\/tinh\/v34-14\/ban-in\?ky=2026/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Báo cáo nhanh chuyển đổi số: Sơn La');
    // Demo months run to October; November once the period-report test has reported it.
    expect(await page.locator('.print-subtitle').textContent()).toMatch(
      /^Năm 2026 · Số liệu đến hết T1[01]\/2026$/,
    );
    await page.locator('.print-sheet .summary-strip').waitFor();
    expect(await page.locator('.key-figures tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('.print-chart svg').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.print-chart svg').count()).toBeLessThanOrEqual(3);
    await shot(page, 'print-report-screen-vi');
  });

  it('traces every sentence to its figures, and says demo figures are demo', async () => {
    const sentences = (await page.evaluate(
      "fetch('/api/briefing/v34-14?period=2026').then((r) => r.json()).then((b) => b.sentences)",
    )) as Sentence[];
    const items = page.locator('.sentences li');
    expect(await items.count()).toBe(sentences.length);
    expect(sentences.length).toBeGreaterThan(0);
    for (let i = 0; i < sentences.length; i++) {
      const item = items.nth(i);
      const sentence = sentences[i] as Sentence;
      expect(await item.locator('.sentence-text').textContent()).toBe(sentence.vi);
      // Footnotes name the rows of the table that hold the sentence's figures.
      const refs = await item
        .locator('.sentence-refs a')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        const row = page.locator(`.key-figures tr${ref}`);
        expect(sentence.facts.map((f) => f.indicatorKey)).toContain(await row.getAttribute('data-indicator'));
      }
      expect(await item.getAttribute('title')).toContain(sentence.facts.length > 0 ? ':' : '');
    }
    expect(await page.locator('.print-demo-note').textContent()).toContain('minh họa');
  });

  it('copies the sentences as plain text and says so', async () => {
    await page.getByRole('button', { name: 'Sao chép' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Đã sao chép');
    const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
    const expected = (await page.locator('.sentence-text').allTextContents()).join('\n');
    expect(copied).toBe(expected);
    expect(copied).toContain('Đến nay, đã có');
    expect(copied).not.toContain('[');
  });

  it('prints on exactly one A4 page, without the app’s frame', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}print-report-print-media.png`, fullPage: true });
    // Back to no emulation: page.pdf lays out for print unless told 'screen'.
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SHOTS}print-report.pdf`, pdf);
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('has no serious accessibility issue', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('reads in English, one page too', async () => {
    await page.goto(`${baseUrl}/tinh/v34-14/ban-in?ky=2026&lang=en`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Digital transformation brief: Son La');
    expect(await page.locator('.print-subtitle').textContent()).toMatch(
      /^Year 2026 · Figures to the end of (October|November) 2026$/,
    );
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Copied');
    expect((await page.evaluate('navigator.clipboard.readText()')) as string).toContain('So far,');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    await shot(page, 'print-report-screen-en');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
