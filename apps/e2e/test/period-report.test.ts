/**
 * Reporting a whole period, as the people who do it: Sơn La's staff open their reports, open
 * November 2026 (a month with only demo figures), type the form's source once, paste a column of
 * six figures copied from a spreadsheet (one with a numerator above its denominator), see the
 * refusal at that field, correct it and send the lot for review. The reviewer approves five and
 * returns one with a comment; the staff see the comment in their inbox, correct the figure and
 * send it again; the reviewer approves it; a viewer finds the six figures on Sơn La's page.
 *
 * The staff's part counts its actions (clicks, key presses, pastes, typed fields): the number a
 * report of six figures costs, printed with the test's output.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../src/launch-browser.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';
import { newPage, signInWithForm } from '../src/sign-in.ts';

const baseUrl = inject('baseUrl');
const UNIT = 'v34-14';
const PERIOD = '2026-11';
const SOURCE = 'Báo cáo số 15/BC-STTTT ngày 05/12/2026';
/** The first six indicators of the form, in its order, and the column pasted into them. */
const KEYS = [
  'villages_mobile_broadband',
  'communes_fibre',
  'communes_4g',
  'households_fibre',
  'adults_smartphone',
  'bts_4g_added',
] as const;
/** As copied from a spreadsheet: "250/216" has its numerator above its denominator; 60 stations is ten times last month. */
const COLUMN = '99,4\n250/216\n100\n86,5\n94,2\n60\n';
const RETURN_COMMENT = '60 trạm trong một tháng? Kỳ trước là 6: kiểm tra lại.';

let browser: Browser;
let staff: Page;
let reviewer: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The staff's actions, counted as they are taken. */
const actions: { kind: 'click' | 'key' | 'paste' | 'type'; what: string }[] = [];
const act = (kind: (typeof actions)[number]['kind'], what: string) => actions.push({ kind, what });

const cell = (page: Page, key: string, field: string) =>
  page.locator(`input[data-row="${key}"][data-field="${field}"]`);
const focused = (page: Page) =>
  page.evaluate(
    "(() => { const a = document.activeElement; return (a?.dataset?.row ?? '') + ' ' + (a?.dataset?.field ?? ''); })()",
  );

describe('staff report a month in one form', () => {
  beforeAll(async () => {
    staff = await newPage(browser);
    await staff.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await staff.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(staff, 'demo.sonla');
  });

  it('land on their reports: each period due, with its deadline and where it stands', async () => {
    await staff.waitForURL(`${baseUrl}/bao-cao`);
    const row = staff.locator(`table[data-unit="${UNIT}"] tr[data-period="${PERIOD}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Tháng 11/2026');
    expect(await row.textContent()).toContain('10/12/2026');
    expect(await row.textContent()).toContain('còn 7 ngày');
    expect(await row.locator('.report-badge').textContent()).toBe('Chưa nhập');
    // October's deadline has passed.
    expect(await staff.locator('tr[data-period="2026-10"]').textContent()).toContain('quá hạn 23 ngày');
    await shot(staff, 'report-inbox-vi');
    await switchLanguage(staff, 'English');
    await expect.poll(() => row.textContent()).toContain('November 2026');
    expect(await row.textContent()).toContain('7 days left');
    await shot(staff, 'report-inbox-en');
    await switchLanguage(staff, 'Tiếng Việt');
  });

  it('type the source once and paste six figures; the one that cannot be is refused at its field', async () => {
    await staff.locator(`tr[data-period="${PERIOD}"] .row-link`).click();
    act('click', 'open November 2026 in the inbox');
    await staff.locator('.report-grid').waitFor();
    expect(await staff.locator('h1').textContent()).toContain('Tháng 11/2026');

    await staff.getByLabel('Nguồn số liệu của cả biểu').click();
    act('click', 'the form’s source');
    await staff.keyboard.type(SOURCE);
    act('type', 'the form’s source');

    // What the spreadsheet put on the clipboard; the person clicks the first value and pastes.
    await staff.evaluate(`navigator.clipboard.writeText(${JSON.stringify(COLUMN)})`);
    await cell(staff, KEYS[0], 'value').click();
    act('click', 'the first value');
    await staff.keyboard.press('Control+V');
    act('paste', 'six figures');
    await expect.poll(() => staff.locator('.paste-status').textContent()).toBe('Đã dán 6 ô vào 6 dòng.');
    // "250/216" pasted into a percentage went into its numerator and denominator.
    expect(await cell(staff, 'communes_fibre', 'numerator').inputValue()).toBe('250');
    expect(await cell(staff, 'communes_fibre', 'denominator').inputValue()).toBe('216');
    expect(await staff.locator('#read-villages_mobile_broadband').textContent()).toBe('= 99,4%');
    // Sixty stations after six last month: flagged, asking for a note, never blocking.
    const flag = staff.locator('[data-notes-for="bts_4g_added"] .flag-callout');
    expect(await flag.textContent()).toContain('kiểm tra');

    // Enter moves down the column, as in a spreadsheet (not counted: the report does not need it).
    await cell(staff, KEYS[0], 'value').focus();
    await staff.keyboard.press('Enter');
    expect(await focused(staff)).toBe(`${KEYS[1]} value`);
    await staff.keyboard.press('Enter');
    expect(await focused(staff)).toBe(`${KEYS[2]} value`);

    // Nothing is lost to a reload: the edits come back from the browser's storage.
    await staff.reload();
    await staff.locator('.restored-notice').waitFor();
    expect(await cell(staff, 'bts_4g_added', 'value').inputValue()).toBe('60');
    expect(await staff.getByLabel('Nguồn số liệu của cả biểu').inputValue()).toBe(SOURCE);

    await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
    act('click', 'Gửi duyệt');
    const numerator = cell(staff, 'communes_fibre', 'numerator');
    await expect.poll(() => numerator.getAttribute('aria-invalid')).toBe('true');
    expect(await staff.locator('#err-communes_fibre-numerator').textContent()).toBe(
      'Tử số (250) không được lớn hơn mẫu số (216)',
    );
    expect(await staff.locator('.form-notice').textContent()).toContain('Chưa lưu được');
    // The focus went to the field the API refused, its text selected for the correction.
    expect(await focused(staff)).toBe('communes_fibre numerator');
    // Nothing was written: the form refuses all or nothing.
    expect(await staff.locator('tr[data-row="villages_mobile_broadband"] .report-badge').textContent()).toBe(
      'Chưa nhập',
    );
    // The refused field and the flagged figure in one view.
    const showBoth = `document.querySelector('tr[data-row="households_fibre"]').scrollIntoView({ block: 'center' })`;
    await staff.evaluate(showBoth);
    await shot(staff, 'report-form-error-vi', false);
    await switchLanguage(staff, 'English');
    await expect
      .poll(() => staff.locator('#err-communes_fibre-numerator').textContent())
      .toBe('The numerator (250) cannot exceed the denominator (216)');
    // Typed numbers keep their meaning in the other language.
    expect(await cell(staff, 'villages_mobile_broadband', 'value').inputValue()).toBe('99.4');
    await staff.evaluate(showBoth);
    await shot(staff, 'report-form-error-en', false);
    await switchLanguage(staff, 'Tiếng Việt');
  });

  it('correct the figure and send the six for review at once', async () => {
    const numerator = cell(staff, 'communes_fibre', 'numerator');
    // The app put the focus there, text selected; the screenshots' language switches took it away.
    await numerator.focus();
    await numerator.selectText();
    await staff.keyboard.type('212');
    act('type', 'the corrected numerator (the focus was already there)');
    expect(await staff.locator('#read-communes_fibre').textContent()).toContain('98,15%');
    await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
    act('click', 'Gửi duyệt');
    const outcome = staff.locator('.form-outcome');
    await expect.poll(() => outcome.textContent()).toContain('Đã gửi duyệt 6 chỉ tiêu.');
    await shot(staff, 'report-form-sent-vi', false);
    for (const key of KEYS) {
      expect(await staff.locator(`tr[data-row="${key}"] .report-badge`).textContent()).toBe('Chờ duyệt');
      // Waiting for review: read-only until the reviewer decides.
      expect(await cell(staff, key, 'value').isDisabled()).toBe(true);
    }
    expect(await staff.locator('.restored-notice').count()).toBe(0);
  });
});

describe('the reviewer decides on the submission in one go', () => {
  beforeAll(async () => {
    reviewer = await newPage(browser);
    await reviewer.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(reviewer, 'demo.reviewer');
  });

  it('lands on the reports waiting, and opens Sơn La’s November', async () => {
    await reviewer.waitForURL(`${baseUrl}/duyet`);
    const row = reviewer.locator(`tr[data-submission="${UNIT}/${PERIOD}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Sơn La');
    expect(await row.locator('td').nth(1).textContent()).toBe('6');
    await shot(reviewer, 'report-review-list-vi');
    await row.locator('.row-link').click();
    await reviewer.locator('.decision-table').waitFor();
  });

  it('sees each new figure beside the published one, the change and the flag', async () => {
    const bts = reviewer.locator('tr[data-row="bts_4g_added"]');
    expect(await bts.locator('.cell-new').textContent()).toBe('60');
    // Nothing is published for November yet; the change is against October's demo figure, and says so.
    expect(await bts.locator('td').nth(1).textContent()).toBe('—');
    expect(await bts.textContent()).toContain('+900% so với Tháng 10/2026');
    expect(await bts.textContent()).toContain('minh họa');
    expect(await bts.locator('.flag-text').count()).toBeGreaterThan(0);
    const fibre = reviewer.locator('tr[data-row="communes_fibre"]');
    expect(await fibre.locator('.cell-new').textContent()).toBe('98,15% (212/216)');
    // The source all six name is said once, above them.
    expect(await reviewer.locator('.submission-source').textContent()).toContain(SOURCE);
    expect(await reviewer.locator('.decision-table tbody tr').count()).toBe(6);
  });

  it('returns one with a comment and approves the other five with one confirmation', async () => {
    const bts = reviewer.locator('tr[data-row="bts_4g_added"]');
    await bts.getByLabel('Trả lại').check();
    await bts.getByLabel(/^Lý do trả lại/).fill(RETURN_COMMENT);
    await reviewer.getByRole('button', { name: 'Duyệt tất cả' }).click();
    expect(await reviewer.locator('.form-actions .form-tally').textContent()).toContain(
      '5 duyệt · 1 trả lại · 0 chưa quyết định',
    );
    await shot(reviewer, 'report-review-vi');
    await switchLanguage(reviewer, 'English');
    await expect
      .poll(() => reviewer.locator('.form-actions .form-tally').textContent())
      .toContain('5 to approve · 1 to return');
    await shot(reviewer, 'report-review-en');
    await switchLanguage(reviewer, 'Tiếng Việt');
    await reviewer.getByRole('button', { name: 'Xác nhận' }).click();
    await expect
      .poll(() => reviewer.locator('.form-outcome').textContent())
      .toContain('Đã duyệt 5, trả lại 1 số liệu.');
    await reviewer.locator('.state-empty').waitFor();
  });
});

describe('the staff correct the returned figure', () => {
  it('see it in their inbox with the reviewer’s comment', async () => {
    await staff.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    act('click', 'Báo cáo in the menu');
    const row = staff.locator(`tr[data-period="${PERIOD}"]`);
    await expect.poll(() => row.locator('.report-badge').textContent()).toBe('Bị trả lại');
    expect(await row.locator('.returned-list').textContent()).toContain(RETURN_COMMENT);
    expect(await row.textContent()).toContain('5 đã duyệt');
    // Returned reports come first.
    expect(
      await staff.locator(`table[data-unit="${UNIT}"] tbody tr`).first().getAttribute('data-period'),
    ).toBe(PERIOD);
    await shot(staff, 'report-inbox-returned-vi');
  });

  it('correct it under the comment and send it again', async () => {
    await staff.locator(`tr[data-period="${PERIOD}"] .row-link`).click();
    act('click', 'open November 2026 in the inbox');
    const notes = staff.locator('[data-notes-for="bts_4g_added"] .returned-callout');
    await expect.poll(() => notes.textContent()).toContain(RETURN_COMMENT);
    // The approved figures are published and stay editable (a correction), but nothing else is open.
    expect(await staff.locator('tr[data-row="villages_mobile_broadband"] .report-badge').textContent()).toBe(
      'Đã duyệt',
    );
    await cell(staff, 'bts_4g_added', 'value').dblclick();
    act('click', 'select the returned figure (double-click)');
    await staff.keyboard.type('6');
    act('type', 'the corrected figure');
    await expect.poll(() => staff.locator('[data-notes-for="bts_4g_added"] .flag-callout').count()).toBe(0);
    await staff.getByRole('button', { name: 'Gửi duyệt' }).click();
    act('click', 'Gửi duyệt');
    await expect
      .poll(() => staff.locator('.form-outcome').textContent())
      .toContain('Đã gửi duyệt 1 chỉ tiêu.');
  });
});

describe('the reviewer approves the correction, and everyone sees the figures', () => {
  it('approves the one figure left', async () => {
    await reviewer.getByRole('link', { name: 'Duyệt', exact: true }).click();
    await reviewer.locator(`tr[data-submission="${UNIT}/${PERIOD}"] .row-link`).click();
    await reviewer.locator('.decision-table').waitFor();
    expect(await reviewer.locator('.decision-table tbody tr').count()).toBe(1);
    expect(await reviewer.locator('tr[data-row="bts_4g_added"] .cell-new').textContent()).toBe('6');
    await reviewer.getByRole('button', { name: 'Duyệt tất cả' }).click();
    await reviewer.getByRole('button', { name: 'Xác nhận' }).click();
    await expect
      .poll(() => reviewer.locator('.form-outcome').textContent())
      .toContain('Đã duyệt 1, trả lại 0 số liệu.');
  });

  it('a viewer finds the six reported figures on Sơn La’s page for November', async () => {
    const viewer = await newPage(browser);
    await viewer.goto(`${baseUrl}/dang-nhap`);
    await signInWithForm(viewer, 'demo.viewer');
    await viewer.goto(`${baseUrl}/tinh/${UNIT}?ky=${PERIOD}`);
    const card = (key: string) => viewer.locator(`article[data-indicator="${key}"]`);
    await card('villages_mobile_broadband').waitFor();
    const expected: Record<(typeof KEYS)[number], string> = {
      villages_mobile_broadband: '99,4%',
      communes_fibre: '98,15%',
      communes_4g: '100%',
      households_fibre: '86,5%',
      adults_smartphone: '94,2%',
      bts_4g_added: '6',
    };
    for (const key of KEYS) {
      await expect.poll(() => card(key).locator('.card-value').textContent()).toContain(expected[key]);
      // Reported figures, no longer the demo ones.
      expect(await card(key).locator('.card-badges .badge-demo').count()).toBe(0);
    }
    expect(await card('communes_fibre').locator('.card-fraction').textContent()).toBe('212/216');
  });

  it('counted the staff’s actions', () => {
    const kinds = ['click', 'key', 'paste', 'type'] as const;
    const byKind = kinds
      .map((kind) => [kind, actions.filter((a) => a.kind === kind).length] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    const steps = actions.map((a, i) => `  ${i + 1}. ${a.kind}: ${a.what}`).join('\n');
    console.log(
      `Staff actions to report six figures, correct one refused and one returned: ${actions.length} ` +
        `(${byKind}; signing in not counted)\n${steps}`,
    );
    expect(actions.length).toBeLessThanOrEqual(15);
  });
});
