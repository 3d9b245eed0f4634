/** One headless Chromium page for a test file: opened before its tests, closed after. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './launch-browser.ts';

/** Call at the top of a test file; the returned function gives the page inside tests. */
export function useBrowserPage(viewport = { width: 1280, height: 900 }): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!page) throw new Error('the browser page is not open yet');
    return page;
  };
}
