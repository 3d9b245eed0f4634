/**
 * A leader reads Sơn La's rank history on its page: DTI and ICT Index by year as the API gives them
 * (`/api/rank-history/v34-14`), old Sơn La of 63 to 2024 and Sơn La of 34 from 2025 on one line,
 * the merger said on each chart, and no move across rankings of different sizes.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from '../src/browser-page.ts';
import { shot } from '../src/page-shots.ts';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();

interface History {
  isOneLine: boolean;
  indicators: {
    indicatorKey: string;
    rows: { year: number; rank: number; of: number; move: number | null }[];
  }[];
}

describe('rank history', () => {
  it('shows Sơn La 2019–2025, 63 then 34, one line, as the API says', async () => {
    await page().goto(`${baseUrl}/tinh/v34-14`);
    const section = page().locator('.rank-history');
    await section.locator('.rank-history-item').first().waitFor();
    const api = (await page().evaluate("fetch('/api/rank-history/v34-14').then((r) => r.json())")) as History;
    expect(api.isOneLine).toBe(true);
    expect(await section.locator('.rank-history-note').textContent()).toContain('Một đường liền');
    for (const indicator of api.indicators.filter((i) => i.rows.length > 0)) {
      const item = section.locator(`.rank-history-item[data-indicator="${indicator.indicatorKey}"]`);
      const rows = await item
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-year'), tr.querySelector('td strong')?.textContent]),
        );
      expect(rows).toEqual(indicator.rows.map((r) => [String(r.year), `${r.rank}/${r.of}`]));
      // The chart's points are the same ranks; the merger is said on the chart.
      const points = await item
        .locator('circle.rank-point')
        .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-rank'))));
      expect(points).toEqual(indicator.rows.map((r) => r.rank));
      if (indicator.rows.some((r) => r.of === 63) && indicator.rows.some((r) => r.of === 34)) {
        expect(await item.locator('.rank-merger').textContent()).toBe('trong 63trong 34');
        const across = item.locator('tbody tr[data-year="2025"]');
        expect(await across.textContent()).toContain('không so được');
      }
    }
    const ict = api.indicators.find((i) => i.indicatorKey === 'ict_index_rank');
    expect(ict?.rows[0]?.year).toBe(2019);
    expect(ict?.rows.at(-1)?.year).toBe(2025);
    await section.scrollIntoViewIfNeeded();
    await shot(page(), 'rank-history-son-la', false);
  });
});
