/**
 * Numbers are read the way people type them: Sơn La's staff enter figures in the Vietnamese
 * form ("500.000" is five hundred thousand, "98,15" a decimal, "trên 90%" a lower bound, "12/63"
 * a rank of 63) and in the English one ("1,463"), see each number read back beside its field
 * before sending, and the API stores what was meant. A number the form cannot read for certain
 * ("1.46" in Vietnamese) is refused at its field and cannot be sent.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../src/browser-page.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

/** Sơn La as reported in 2023 (the 63 provinces): a period that has begun, with DTI ranks of 63. */
const UNIT = 'v63-14';
const PERIOD = '2023';
/** Each entry's source names it, so the revisions can be told apart from other tests' ones. */
const SOURCE = 'e2e-numbers';

interface Revision {
  indicatorKey: string;
  sourceRef: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier?: string;
  rankedOf?: number | null;
}

const LABELS = {
  vi: { edit: 'Nhập số liệu', source: 'Nguồn', save: 'Lưu nháp', saved: 'Đã lưu nháp', close: 'Đóng' },
  en: { edit: 'Enter figure', source: 'Source', save: 'Save draft', saved: 'Draft saved', close: 'Close' },
};
type Lang = keyof typeof LABELS;

/** Opens the entry form of an indicator: from its card, or from the list of indicators without data. */
async function openEntry(p: Page, key: string, lang: Lang = 'vi'): Promise<Locator> {
  await p.locator('article[data-indicator]').first().waitFor();
  const card = p.locator(`article[data-indicator="${key}"]`);
  if ((await card.count()) > 0) {
    await card.getByRole('button', { name: LABELS[lang].edit }).click();
  } else {
    const names = (await p.evaluate(
      "fetch('/api/indicators').then((r) => r.json()).then((b) => b.indicators)",
    )) as { key: string; nameVi: string; nameEn: string }[];
    const indicator = names.find((i) => i.key === key);
    const name = lang === 'vi' ? indicator?.nameVi : indicator?.nameEn;
    await p.locator('.no-data-list .link-button', { hasText: name ?? key }).click();
  }
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** The text beside a field: the number as read ("= 500.000") or why it could not be read. */
async function readBack(dialog: Locator, label: string): Promise<string> {
  const id = await dialog.getByLabel(label).getAttribute('aria-describedby');
  return (await dialog.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** Types into a field and waits until the form has read it. */
async function type(dialog: Locator, label: string, text: string, expected: string): Promise<void> {
  await dialog.getByLabel(label).fill(text);
  await expect.poll(() => readBack(dialog, label)).toBe(expected);
}

async function saveDraft(dialog: Locator, source: string, lang: Lang = 'vi'): Promise<void> {
  await dialog.getByLabel(LABELS[lang].source).fill(source);
  await dialog.getByRole('button', { name: LABELS[lang].save }).click();
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain(LABELS[lang].saved);
  await dialog.getByRole('button', { name: LABELS[lang].close }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Clears the numerator and denominator a percentage may have been filled with. */
async function clearParts(dialog: Locator): Promise<void> {
  await dialog.getByLabel('Tử số').fill('');
  await dialog.getByLabel('Mẫu số').fill('');
}

/** This page's drafts for Sơn La 2023 entered by this test, by source, through the API. */
async function storedDrafts(p: Page): Promise<Map<string, Revision>> {
  const body = (await p.evaluate(
    `fetch('/api/revisions?unit=${UNIT}&status=draft&limit=500').then((r) => r.json())`,
  )) as { revisions: (Revision & { period: string })[] };
  const mine = body.revisions.filter((r) => r.period === PERIOD && r.sourceRef.startsWith(SOURCE));
  return new Map(mine.map((r) => [r.sourceRef, r]));
}

describe('entering numbers as people type them', () => {
  beforeAll(async () => {
    await page().goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(page(), 'demo.sonla');
    await page().goto(`${baseUrl}/tinh/${UNIT}?ky=${PERIOD}`);
  });

  it('reads “500.000” for a count as five hundred thousand, and refuses a decimal', async () => {
    const dialog = await openEntry(page(), 'portal_visits');
    // The card shows demo data: the form starts blank rather than offer it to be sent as real.
    expect(
      await page().locator('article[data-indicator="portal_visits"] .card-badges .badge-demo').count(),
    ).toBe(1);
    expect(await dialog.getByLabel('Giá trị').inputValue()).toBe('');
    expect(await dialog.textContent()).toContain('dữ liệu minh họa nên không được điền sẵn');
    await type(
      dialog,
      'Giá trị',
      '500,5',
      'Số lượng phải là số nguyên; “500,5” có phần thập phân — dấu chấm (.) ngăn cách hàng nghìn, dấu phẩy (,) là dấu thập phân',
    );
    expect(await dialog.getByRole('button', { name: 'Lưu nháp' }).isDisabled()).toBe(true);
    await type(dialog, 'Giá trị', '500.000', '= 500.000');
    await shot(page(), 'entry-numbers-count-vi', false);
    await saveDraft(dialog, `${SOURCE} count`);
  });

  it('reads “1.463” tỷ đồng as one thousand four hundred and sixty-three, and refuses “1.46”', async () => {
    const dialog = await openEntry(page(), 'telecom_revenue');
    const label = 'Giá trị (tỷ đồng)';
    // The reported figure is filled in, written the Vietnamese way so that it reads back the same.
    expect(await dialog.getByLabel(label).inputValue()).toBe('1.463');
    expect(await readBack(dialog, label)).toBe('= 1.463 tỷ đồng');
    await dialog.getByLabel(label).fill('1.46');
    await expect.poll(() => readBack(dialog, label)).toContain('dấu chấm (.) ngăn cách hàng nghìn');
    expect(await readBack(dialog, label)).toContain('“1,46”');
    expect(await dialog.getByLabel(label).getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Nguồn').fill(`${SOURCE} refused`);
    expect(await dialog.getByRole('button', { name: 'Lưu nháp' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Gửi duyệt' }).isDisabled()).toBe(true);
    await shot(page(), 'entry-numbers-refused-vi', false);
    await type(dialog, label, '1.463', '= 1.463 tỷ đồng');
    await saveDraft(dialog, `${SOURCE} revenue vi`);
  });

  it('reads “98,15” as a percentage with decimals', async () => {
    const dialog = await openEntry(page(), 'online_dossiers');
    await clearParts(dialog);
    await type(dialog, 'Giá trị', '98,15', '= 98,15%');
    await saveDraft(dialog, `${SOURCE} percent`);
  });

  it('reads “trên 90%” as a lower bound of 90', async () => {
    const dialog = await openEntry(page(), 'full_online_services');
    await clearParts(dialog);
    await type(dialog, 'Giá trị', 'trên 90%', '= trên 90%');
    await saveDraft(dialog, `${SOURCE} above`);
  });

  it('reads “212/216” typed as a percentage into its numerator and denominator', async () => {
    const dialog = await openEntry(page(), 'villages_mobile_broadband');
    await clearParts(dialog);
    await type(dialog, 'Giá trị', '212/216', '= 212/216 (98,15%)');
    // Leaving the field spreads the fraction into its parts; the value is then computed.
    await dialog.getByLabel('Nguồn').click();
    await expect.poll(() => dialog.getByLabel('Tử số').inputValue()).toBe('212');
    expect(await dialog.getByLabel('Mẫu số').inputValue()).toBe('216');
    expect(await readBack(dialog, 'Giá trị')).toBe('= 98,15% (tính từ tử số và mẫu số)');
    await shot(page(), 'entry-numbers-fraction-vi', false);
    await saveDraft(dialog, `${SOURCE} fraction`);
  });

  it('reads “12/63” for the DTI rank as rank 12 of 63', async () => {
    const dialog = await openEntry(page(), 'dti_rank');
    await type(dialog, 'Thứ hạng', '12/63', '= hạng 12/63');
    await shot(page(), 'entry-numbers-rank-vi', false);
    await saveDraft(dialog, `${SOURCE} rank`);
  });

  it('reads “1,463” in the English form as one thousand four hundred and sixty-three', async () => {
    await switchLanguage(page(), 'English');
    const dialog = await openEntry(page(), 'telecom_revenue', 'en');
    expect(await dialog.getByLabel('Value (billion VND)').inputValue()).toBe('1,463');
    await dialog.getByLabel('Value (billion VND)').fill('');
    await type(dialog, 'Value (billion VND)', '1,463', '= 1,463 billion VND');
    await shot(page(), 'entry-numbers-en', false);
    await saveDraft(dialog, `${SOURCE} revenue en`, 'en');
    await switchLanguage(page(), 'Tiếng Việt');
  });

  it('the API stored the values as meant', async () => {
    const drafts = await storedDrafts(page());
    const value = (source: string) => drafts.get(`${SOURCE} ${source}`)?.value;
    expect(value('count')).toBe(500_000);
    expect(value('revenue vi')).toBe(1463);
    expect(value('revenue en')).toBe(1463);
    expect(value('percent')).toBe(98.15);
    expect(value('above')).toBe(90);
    expect(value('rank')).toBe(12);
    expect(drafts.get(`${SOURCE} fraction`)).toMatchObject({ numerator: 212, denominator: 216 });
    expect(value('fraction')).toBeCloseTo(98.148, 3);
    // The refused “1.46” was never sent.
    expect(drafts.has(`${SOURCE} refused`)).toBe(false);
  });

  it('the API stored the qualifier and the rank’s N', async () => {
    const drafts = await storedDrafts(page());
    expect(drafts.get(`${SOURCE} above`)?.qualifier).toBe('above');
    expect(drafts.get(`${SOURCE} percent`)?.qualifier).toBe('exact');
    expect(drafts.get(`${SOURCE} rank`)?.rankedOf).toBe(63);
  });
});
