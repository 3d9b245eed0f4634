/**
 * The province pickers by keyboard: typed without diacritics, Enter picks the best match — the
 * whole name before a name that merely holds the words ("son la" is Sơn La, not Lạng Sơn), today's
 * province before a former one ("dien bien" is today's Điện Biên) — and the list closes after a
 * pick; Escape closes it. The compare page's picker adds by Enter the same way and stays open for
 * the next province.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../src/browser-page.ts';
import { shot } from '../src/page-shots.ts';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

describe('the province picker, by keyboard', () => {
  it('picks Sơn La for "son la" + Enter, and closes', async () => {
    await page().goto(`${baseUrl}/tinh/v34-01`);
    const input = page().getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await input.focus();
    await input.pressSequentially('son la');
    const first = page().getByRole('listbox', { name: 'Tỉnh, thành phố' }).getByRole('option').first();
    expect(await first.textContent()).toContain('Sơn La');
    await shot(page(), 'picker-son-la-open', false);
    await input.press('Enter');
    await expect.poll(() => page().locator('h1').textContent()).toContain('Sơn La');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page().getByRole('listbox', { name: 'Tỉnh, thành phố' }).getByRole('option').count()).toBe(
      0,
    );
    expect(page().url()).toMatch(/\/tinh\/v34-14/);
  });

  it('picks today’s Điện Biên for "dien bien", before the former province', async () => {
    const input = page().getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await input.focus();
    await input.pressSequentially('dien bien');
    const options = page().getByRole('listbox', { name: 'Tỉnh, thành phố' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThanOrEqual(1);
    expect(await options.first().getAttribute('data-unit')).toMatch(/^v34-/);
    await input.press('Enter');
    await expect.poll(() => page().locator('h1').textContent()).toContain('Điện Biên');
    expect(page().url()).toMatch(/\/tinh\/v34-/);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves with the arrow keys and closes with Escape, picking nothing', async () => {
    const before = page().url();
    const input = page().getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await input.focus();
    await input.pressSequentially('lang');
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(page().url()).toBe(before);
  });

  it('adds provinces to a comparison by Enter, the list staying open for the next', async () => {
    await page().goto(`${baseUrl}/so-sanh`);
    const search = page().getByRole('combobox', { name: 'Tỉnh, thành phố so sánh' });
    await search.focus();
    await search.pressSequentially('son la');
    await search.press('Enter');
    await expect.poll(() => page().locator('.chips li').allTextContents()).toEqual(['Sơn La×']);
    await search.pressSequentially('dien bien');
    await search.press('Enter');
    await expect.poll(() => page().locator('.chips li').count()).toBe(2);
    expect(await page().locator('.chips li').nth(1).textContent()).toBe('Điện Biên×');
    expect(page().url()).toMatch(/v34-14/);
  });
});
