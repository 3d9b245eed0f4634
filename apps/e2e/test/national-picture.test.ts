/**
 * The national picture (issue 10): the 63-province map of 2022 shows Bắc Kạn and opens it on a
 * click or with the keyboard; without a period the page shows the latest period with figures, as
 * the API names it; for a rank (DTI) rank 1 is drawn at the top and longest; English; no serious
 * accessibility issue. Screenshots of both vintages and of English go to `screenshots/`.
 *
 * The e2e server's database is shared: periods and values are read from the API at test time.
 */
import { describe, expect, inject, it } from 'vitest';
import { seriousAxeViolations } from '../src/axe.ts';
import { useBrowserPage } from '../src/browser-page.ts';
import { shot, switchLanguage } from '../src/page-shots.ts';

const baseUrl = inject('baseUrl');
const page = useBrowserPage();
const BAC_KAN = 'v63-06';

interface RankingReply {
  period: string;
  vintage: number;
  rankedCount: number;
  national: { value: number | null } | null;
}

async function ranking(indicator: string, period?: string): Promise<RankingReply> {
  const query = period ? `?period=${period}` : '';
  const response = await fetch(`${baseUrl}/api/rankings/${indicator}${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as RankingReply;
}

describe('national picture', () => {
  it('maps the 63 provinces of 2022 with Bắc Kạn, which opens on click', async () => {
    await page().goto(`${baseUrl}/xep-hang/villages_mobile_broadband?ky=2022`);
    const bacKan = page().locator(`.np-map path[data-unit="${BAC_KAN}"]`);
    await bacKan.waitFor();
    expect(await page().locator('.np-map path.np-province').count()).toBe(63);
    expect(await bacKan.getAttribute('aria-label')).toContain('Bắc Kạn');
    expect(await page().locator('.np-credit').textContent()).toContain('Thang Le Quoc');
    await bacKan.hover();
    await expect.poll(() => page().locator('.np-map-tip').textContent()).toContain('Bắc Kạn');
    await shot(page(), 'national-picture-63-2022');
    await bacKan.click();
    await expect.poll(() => page().url()).toContain(`/tinh/${BAC_KAN}?ky=2022`);
    await expect.poll(() => page().locator('h1').textContent()).toContain('Bắc Kạn');
  });

  it('opens a province of the map with the keyboard', async () => {
    await page().goto(`${baseUrl}/xep-hang/villages_mobile_broadband?ky=2022`);
    const bacKan = page().locator(`.np-map path[data-unit="${BAC_KAN}"]`);
    await bacKan.waitFor();
    expect(await bacKan.getAttribute('tabindex')).toBe('0');
    await bacKan.focus();
    await page().keyboard.press('Enter');
    await expect.poll(() => page().url()).toContain(`/tinh/${BAC_KAN}?ky=2022`);
  });

  it('opens on the latest period with figures when none is named, with the 34 mapped', async () => {
    const latest = await ranking('villages_mobile_broadband');
    await page().goto(`${baseUrl}/xep-hang/villages_mobile_broadband`);
    await page().locator('.np-dot-plot circle').first().waitFor();
    const heading = await page().locator('h1').textContent();
    expect(heading).toContain(latest.period.slice(0, 4));
    expect(heading).not.toContain('2023');
    expect(await page().locator('.page-heading').textContent()).toContain('Kỳ mới nhất có số liệu');
    expect(page().url()).not.toContain('ky=');
    await page().locator('.np-map path.np-province').first().waitFor();
    expect(await page().locator('.np-map path.np-province').count()).toBe(latest.vintage);
    expect(await page().locator('.demo-banner').count()).toBeLessThanOrEqual(1);
    await shot(page(), `national-picture-${latest.vintage}-latest`);
  });

  it('draws DTI rank 1 at the top and longest, the tie shared', async () => {
    const reply = await ranking('dti_rank', '2022');
    await page().goto(`${baseUrl}/xep-hang/dti_rank?ky=2022`);
    const rows = page().locator('.np-dot-row');
    await expect.poll(() => rows.count()).toBe(reply.rankedCount);
    const dots = await rows.evaluateAll((gs) =>
      gs.map((g) => {
        const c = g.querySelector('circle');
        return {
          rank: Number(g.getAttribute('data-rank')),
          cx: Number(c?.getAttribute('cx')),
          cy: Number(c?.getAttribute('cy')),
        };
      }),
    );
    const best = dots.filter((d) => d.rank === 1);
    expect(best).toHaveLength(1);
    expect(best[0]?.cy).toBe(Math.min(...dots.map((d) => d.cy)));
    expect(best[0]?.cx).toBe(Math.max(...dots.map((d) => d.cx)));
    const worst = Math.max(...dots.map((d) => d.rank));
    expect(dots.find((d) => d.rank === worst)?.cx).toBe(Math.min(...dots.map((d) => d.cx)));
    const tied = dots.filter((d) => d.rank === 15);
    expect(tied).toHaveLength(2);
    expect(tied[0]?.cx).toBe(tied[1]?.cx);
    expect(await page().locator('.np-dot-plot figcaption').textContent()).toContain('Hạng 1 ở bên phải');
    await shot(page(), 'national-picture-dti-2022');
  });

  it('states where a percentage axis starts, shows the plan count, and reads in English', async () => {
    await page().goto(`${baseUrl}/xep-hang/villages_mobile_broadband?ky=2025`);
    await page().locator('.np-dot-plot circle').first().waitFor();
    expect(await page().locator('[data-testid="plan-reached"]').textContent()).toMatch(/\d/);
    await switchLanguage(page(), 'English');
    await page().locator('.np-map path.np-province').first().waitFor();
    expect(await page().locator('.np-map h2').textContent()).toContain('34 provinces');
    await shot(page(), 'national-picture-en');
  });

  it('has no serious or critical accessibility issue, in either language', async () => {
    for (const lang of ['', '&lang=en']) {
      await page().goto(`${baseUrl}/xep-hang/villages_mobile_broadband?ky=2022${lang}`);
      await page().locator('.np-map path.np-province').first().waitFor();
      expect(await seriousAxeViolations(page())).toEqual([]);
    }
  });
});
