/** Screenshots into screenshots/ (gitignored) and the language switch, shared by the browser tests. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const SHOTS = new URL('../screenshots/', import.meta.url).pathname;

/** Dialogs are shot as the viewport shows them; pages whole. */
export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage });
}

/** Clicks the header's language link and waits until the page has switched. */
export async function switchLanguage(page: Page, to: 'English' | 'Tiếng Việt'): Promise<void> {
  await page.getByRole('link', { name: to, exact: true }).click();
  const lang = to === 'English' ? 'en' : 'vi';
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
}
