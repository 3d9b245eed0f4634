/**
 * Every screen on a phone (390 × 844, the width of a common phone held upright): the page is never
 * wider than the screen — a wide table or plot scrolls sideways in its own box — and no visible
 * text is smaller than 11 px, SVG text measured as drawn (its font size times the drawing's scale).
 * Signed in as the admin, who sees every screen; the period form as Sơn La's staff.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot } from '../src/page-shots.ts';
import { signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
const SMALLEST_TEXT_PX = 11;

let close: () => Promise<void>;
const pages: Record<'admin' | 'staff', Page | undefined> = { admin: undefined, staff: undefined };

beforeAll(async () => {
  const browser = await launchBrowser();
  close = () => browser.close();
  for (const [who, login] of [
    ['admin', 'demo.admin'],
    ['staff', 'demo.sonla'],
  ] as const) {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(page, login);
    pages[who] = page;
  }
});

afterAll(async () => {
  await close?.();
});

interface Measured {
  width: number;
  /** Elements sticking out of the screen, outside any box that scrolls them. */
  outside: string[];
  small: string[];
}

/** The page's width, what sticks out of it, and visible text under the smallest size. */
async function measure(page: Page): Promise<Measured> {
  // A string, not a function: this package is compiled without the DOM's types.
  return (await page.evaluate(`(() => {
    const screen = window.innerWidth;
    const label = (el) => el.tagName.toLowerCase() + [...el.classList].map((c) => '.' + c).join('');
    const scrolls = (el) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const outside = [];
    const small = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      // Not drawn: hidden, or inside a closed <details> (its content is skipped, not laid out).
      if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      if (box.right > screen + 1 && !scrolls(el)) outside.push(label(el) + ' ends at ' + Math.round(box.right));
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!text) continue;
      let size = parseFloat(style.fontSize);
      if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
      if (size > 0 && size < ${SMALLEST_TEXT_PX})
        small.push(label(el) + ' ' + size.toFixed(1) + ' px: ' + el.textContent.trim().slice(0, 30));
    }
    return { width: document.documentElement.scrollWidth, outside: outside.slice(0, 5), small: [...new Set(small)].slice(0, 5) };
  })()`)) as Measured;
}

const ROUTES: { path: string; who: 'admin' | 'staff'; ready: string; name: string }[] = [
  { path: '/tinh/v34-14?ky=2026', who: 'admin', ready: '.direction-list', name: 'province' },
  {
    path: '/tinh/v34-14?ky=2026&chi-tieu=households_fibre',
    who: 'admin',
    ready: '.trend h2',
    name: 'province-trend',
  },
  { path: '/tinh/v34-14/ban-in?ky=2026', who: 'admin', ready: '.sentences li', name: 'print' },
  {
    path: '/xep-hang/villages_mobile_broadband?ky=2024',
    who: 'admin',
    ready: '.ranking-table tbody tr',
    name: 'national',
  },
  { path: '/so-sanh?tinh=v34-14,v34-01', who: 'admin', ready: 'h1', name: 'compare' },
  { path: '/bao-cao', who: 'staff', ready: 'h1', name: 'inbox' },
  { path: '/bao-cao/v34-14/2026-11', who: 'staff', ready: '.report-grid', name: 'period-form' },
  { path: '/bao-cao/nhap-tep', who: 'staff', ready: 'h1', name: 'import' },
  { path: '/bao-cao/tu-bao-cao', who: 'staff', ready: 'h1', name: 'from-report' },
  { path: '/bao-cao/tien-do', who: 'admin', ready: '.completeness-table', name: 'completeness' },
  { path: '/bao-cao/ke-hoach', who: 'admin', ready: 'h1', name: 'plans' },
  { path: '/duyet', who: 'admin', ready: 'h1', name: 'review' },
  { path: '/nhap-lieu', who: 'admin', ready: 'h1', name: 'entries' },
  { path: '/quan-tri/nguoi-dung', who: 'admin', ready: '.users-table', name: 'users' },
];

describe('every screen at 390 × 844', () => {
  it.each(ROUTES)('$path fits the screen, its text 11 px or more', async ({ path, who, ready, name }) => {
    const page = pages[who] as Page;
    await page.goto(`${baseUrl}${path}`);
    await page.locator(ready).first().waitFor();
    // Charts and lists that load after the heading.
    await page.waitForLoadState('networkidle');
    const measured = await measure(page);
    await shot(page, `phone-${name}`, false);
    expect(measured.outside, path).toEqual([]);
    expect(measured.width, path).toBeLessThanOrEqual(PHONE.width);
    expect(measured.small, path).toEqual([]);
  });

  it('shows a leader the summary strip on the first screen, the legend folded to one line', async () => {
    const page = pages.admin as Page;
    await page.goto(`${baseUrl}/tinh/v34-14?ky=2026`);
    const strip = page.locator('.summary-strip');
    await strip.waitFor();
    await page.locator('.page-legend').waitFor();
    const top = (await strip.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    // The strip's heading and its first counts, not only a sliver of its border.
    expect(top).toBeLessThan(PHONE.height - 150);
    const legend = page.locator('.page-legend');
    expect(await legend.getAttribute('open')).toBeNull();
    expect(await legend.locator('.status-legend').isVisible()).toBe(false);
    await legend.locator('summary').click();
    expect(await legend.locator('.status-legend').isVisible()).toBe(true);
    expect(await legend.locator('.status-legend').textContent()).toContain('Gần đạt');
  });

  it('reads the sign-in page on a phone too', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: PHONE });
      await page.goto(`${baseUrl}/dang-nhap`);
      await page.locator('.login-card').waitFor();
      const measured = await measure(page);
      expect(measured).toMatchObject({ outside: [], small: [] });
      expect(measured.width).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await browser.close();
    }
  });
});
