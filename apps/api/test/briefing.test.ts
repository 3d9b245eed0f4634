/**
 * A leader's briefing: Sơn La (v34-14 today, v63-14 before the merger). Every count and figure is
 * checked against what the province's cards (`/api/summary`) and series say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

const get = async (path: string, status = 200): Promise<Json> => {
  const response = await getJson(s.app, path);
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(status);
  return response.body;
};

describe('Sơn La, 2026 (the demo data ends in October)', () => {
  let briefing: Json;
  let summary: Json;
  beforeAll(async () => {
    [briefing, summary] = await Promise.all([
      get('/api/briefing/v34-14'),
      get('/api/summary/v34-14?period=2026'),
    ]);
  });

  it('opens on the latest year with figures, as of the last month they reach', () => {
    expect(briefing.period).toBe('2026');
    expect(briefing.asOf.period).toBe('2026-10');
    expect(briefing.hasDemo).toBe(true);
  });

  it('counts the verdicts the cards give', () => {
    const cards = summary.items.filter((i: Json) => i.progress && !i.indicator.endsWith('_rank'));
    const count = (status: string) => cards.filter((i: Json) => i.progress.status === status).length;
    expect(briefing.strip.counts).toMatchObject({
      achieved: count('achieved'),
      close: count('close'),
      behind: count('behind'),
      of: cards.length,
    });
  });

  // Sơn La 2026, households on fibre: below the line from 2025's year-end to the 95,17% plan. The
  // strip once said "0 chậm" and its cards "Chưa hết kỳ"; stocks are judged in-year now.
  it('judges stocks of a year not over on their trajectory, and counts them in the strip', () => {
    const fibre = summary.items.find((c: Json) => c.indicator === 'households_fibre');
    expect(fibre.progress).toMatchObject({ basis: 'trajectory', isProvisional: true });
    expect(['close', 'behind']).toContain(fibre.progress.status);
    expect(briefing.strip.counts.close + briefing.strip.counts.behind).toBeGreaterThan(0);
    expect(briefing.strip.mostBehind.map((m: Json) => m.indicatorKey)).toContain('households_fibre');
  });

  it('names at most three most behind, worst first, each behind or close on its card', () => {
    const behind = briefing.strip.mostBehind;
    expect(behind.length).toBeGreaterThan(0);
    expect(behind.length).toBeLessThanOrEqual(3);
    for (const [i, m] of behind.entries()) {
      const card = summary.items.find((c: Json) => c.indicator === m.indicatorKey);
      expect(['behind', 'close']).toContain(card.progress.status);
      expect(m.ratio).toBeCloseTo(card.progress.ratio, 9);
      if (i > 0) expect(m.ratio).toBeGreaterThanOrEqual(behind[i - 1].ratio);
    }
  });

  it('carries the latest DTI rank forward into 2026, labelled with its year', () => {
    const dti = briefing.strip.ranks.find((r: Json) => r.indicatorKey === 'dti_rank');
    expect(dti.year).toBeLessThan(2026);
    expect(dti.isCarriedForward).toBe(true);
    expect(dti.rank).toBeGreaterThan(0);
  });

  it('gives every indicator a yearly sparkline equal to its series', async () => {
    const item = briefing.items.find((i: Json) => i.indicatorKey === 'telecom_revenue');
    const series = await get(
      '/api/series?indicator=telecom_revenue&unit=v34-14&periodType=year&from=2019&to=2026',
    );
    expect(item.sparkline.map((p: Json) => [p.period, p.value])).toEqual(
      series.points.map((p: Json) => [p.period, p.value]),
    );
  });

  it('gives a pace to the national 2030 target where there is one, with its trajectory', () => {
    const paced = briefing.items.filter((i: Json) => i.pace);
    expect(paced.length).toBeGreaterThan(0);
    for (const { pace } of paced) {
      expect(pace.targetYear).toBeGreaterThan(pace.currentYear);
      expect(pace.trajectory[0]).toEqual({ year: pace.baseYear, value: pace.baseValue });
      expect(pace.trajectory.at(-1)).toEqual({ year: pace.targetYear, value: pace.targetValue });
      expect(['achieved', 'on_track', 'behind', 'off_track']).toContain(pace.status);
    }
  });

  it('measures every pace from 2020 (Decision 749), not from the first year the sparkline shows', () => {
    for (const { sparkline, pace } of briefing.items.filter((i: Json) => i.pace)) {
      // The sparkline of 2026 starts in 2019; the baseline is 2020's value, or the next year's.
      expect(sparkline[0].period).toBe('2019');
      const from2020 = sparkline.find(
        (p: Json) => Number(p.period) >= 2020 && p.value !== null && p.isComplete,
      );
      expect([pace.baseYear, pace.baseValue]).toEqual([Number(from2020.period), from2020.value]);
    }
  });

  it('names what needs direction, each reason the verdict its card, pace or national target gives', async () => {
    const direction: Json[] = briefing.direction;
    expect(direction.length).toBeGreaterThan(0);
    const cards = new Map<string, Json>(summary.items.map((i: Json) => [i.indicator, i]));
    const paces = new Map<string, Json>(briefing.items.map((i: Json) => [i.indicatorKey, i.pace]));
    const targets = (await get('/api/targets?unit=v34-14')).targets as Json[];
    for (const item of direction) {
      expect(item.indicatorKey.endsWith('_rank')).toBe(false);
      for (const reason of item.reasons) {
        if (reason.kind === 'plan') {
          expect(cards.get(item.indicatorKey).progress.status).toBe(reason.status);
          expect(['behind', 'close']).toContain(reason.status);
        } else if (reason.kind === 'pace') {
          expect(paces.get(item.indicatorKey)).toMatchObject({
            status: reason.status,
            targetYear: reason.targetYear,
          });
        } else {
          const target = targets.find(
            (t) =>
              t.scope === 'national' &&
              t.indicatorKey === item.indicatorKey &&
              t.period === String(reason.targetYear),
          );
          expect(target?.value).toBe(reason.targetValue);
          // 2025 is over: judged on 2025's figure (or the latest before it).
          expect(reason.status).toBe(reason.targetYear <= 2025 ? 'missed' : 'ahead');
          expect(reason.valueYear).toBeLessThanOrEqual(2025);
        }
      }
    }
    // Every card the strip counts as behind its plan is named.
    const behind = summary.items
      .filter((i: Json) => i.progress?.status === 'behind')
      .map((i: Json) => i.indicator);
    for (const key of behind) expect(direction.map((d) => d.indicatorKey)).toContain(key);
  });

  it('orders the sentences with what needs direction first, and says the year is not over', () => {
    const named = new Set(briefing.direction.map((d: Json) => d.indicatorKey));
    const firsts = briefing.sentences
      .slice(0, named.size)
      .map((x: Json) => x.facts[0].indicatorKey)
      .filter((k: string) => named.has(k));
    // The sentences that open the brief are of indicators needing direction (those with a figure).
    expect(firsts.length).toBeGreaterThan(0);
    expect(named.has(briefing.sentences[0].facts[0].indicatorKey)).toBe(true);
    expect(briefing.lead.vi).toMatch(/^Năm 2026 chưa kết thúc .*số liệu đến hết tháng \d{2}\/2026/);
  });

  it('drafts a sentence for figures that exist only, each listing the figures it states', () => {
    expect(briefing.sentences.length).toBeGreaterThan(0);
    for (const sentence of briefing.sentences) {
      expect(sentence.vi).toMatch(/\.$/);
      expect(sentence.facts.length).toBeGreaterThan(0);
      const figure = sentence.facts.find((f: Json) => f.role === 'figure' || f.role === 'rank');
      expect(figure.value).not.toBeNull();
      // Demo figures are said so in the sentence.
      if (figure.isDemo) expect(sentence.vi).toContain('minh họa');
    }
  });
});

describe('Sơn La, 2023 (real figures from its year-end report)', () => {
  it('drafts the report’s sentence on telecom revenue from the figures', async () => {
    const briefing = await get('/api/briefing/v63-14?period=2023');
    const texts = briefing.sentences.map((x: Json) => x.vi);
    const revenue = texts.find((t: string) => t.startsWith('Doanh thu lĩnh vực viễn thông'));
    expect(revenue).toMatch(
      /^Doanh thu lĩnh vực viễn thông đạt 1\.463 tỷ đồng, vượt 8% so với kế hoạch đề ra \(kế hoạch suy ra từ báo cáo\)\. Nguồn: .+, \d{2}\/\d{2}\/20\d{2}\.$/,
    );
    // Every real figure's sentence names its report; a year that is over has no lead.
    for (const sentence of briefing.sentences)
      if (sentence.facts.some((f: Json) => f.role === 'figure' && !f.isDemo))
        expect(sentence.vi).toContain('Nguồn: ');
    expect(briefing.lead).toBeNull();
    expect(briefing.asOf.period).toBe('2023-12');
  });
});

describe('bad requests', () => {
  it('answers 404 for an unknown province and 400 for a bad period', async () => {
    await get('/api/briefing/v34-99', 404);
    await get('/api/briefing/v34-14?period=2026-13', 400);
  });
});
