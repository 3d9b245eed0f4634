/**
 * Provinces compared in one request: Sơn La, Điện Biên and Lai Châu (all kept their territory) on
 * villages with mobile broadband (a ratio) and telecom revenue (a sum), 2019–2024; every figure
 * checked against what the province's own series, summary and ranking say.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

const THREE = 'v34-14,v34-11,v34-12';
const TWO = 'villages_mobile_broadband,telecom_revenue';
const compare = async (query: string, status = 200): Promise<Json> => {
  const response = await getJson(s.app, `/api/compare?${query}`);
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(status);
  return response.body;
};
const ofIndicator = (body: Json, key: string) => body.indicators.find((i: Json) => i.indicator.key === key);

describe('three provinces, two indicators, 2019–2024', () => {
  let body: Json;
  beforeAll(async () => {
    body = await compare(`unit=${THREE}&indicator=${TWO}&periodType=year&from=2019&to=2024`);
  });

  it('answers every province × indicator × year in one request, the table for the last year', () => {
    expect(body.periods).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(body.at).toBe('2024');
    expect(body.units.map((u: Json) => u.nameVi)).toEqual(['Sơn La', 'Điện Biên', 'Lai Châu']);
    for (const key of TWO.split(',')) {
      const c = ofIndicator(body, key);
      expect(c.series.map((x: Json) => x.unitId)).toEqual(THREE.split(','));
      for (const line of c.series) expect(line.points).toHaveLength(6);
      expect(c.table).toHaveLength(3);
      expect(c.national).toHaveLength(6);
    }
  });

  it('gives each point as the province’s own series gives it', async () => {
    for (const key of TWO.split(',')) {
      for (const unitId of THREE.split(',')) {
        const { body: own } = await getJson(
          s.app,
          `/api/series?indicator=${key}&unit=${unitId}&periodType=year&from=2019&to=2024`,
        );
        const line = ofIndicator(body, key).series.find((x: Json) => x.unitId === unitId);
        expect(line.points.map((p: Json) => [p.period, p.value, p.isDemo, p.basis])).toEqual(
          own.points.map((p: Json) => [p.period, p.value, p.isDemo, p.basis]),
        );
      }
    }
  });

  it('gives the table as the province’s cards give it: value, plan, status, change and rank', async () => {
    // Sơn La kept its territory: its page for 2024 is the former unit's (v63-14), plans and rank
    // among the 63 included, and so is its row here.
    const { body: summary } = await getJson(s.app, '/api/summary/v63-14?period=2024');
    for (const key of TWO.split(',')) {
      const card = summary.items.find((i: Json) => i.indicator === key);
      const row = ofIndicator(body, key).table.find((r: Json) => r.unitId === 'v34-14');
      expect(card.target).not.toBeNull();
      expect(card.rank?.of).toBe(63);
      expect(row.figure.value).toBe(card.figure.value);
      expect(row.target?.value ?? null).toBe(card.target?.value ?? null);
      expect(row.progress).toEqual(card.progress);
      expect(row.change).toEqual(card.change);
      expect(row.rank).toEqual(card.rank);
      expect(row.previous.value).toBe(card.previous.value);
    }
  });

  it('gives the national ratio as Σcovered / Σvillages of every province, with how many reported', async () => {
    const { body: ranking } = await getJson(s.app, '/api/rankings/villages_mobile_broadband?period=2022');
    const rows = ranking.rows.filter((r: Json) => r.numerator !== null && r.denominator !== null);
    const num = rows.reduce((n: number, r: Json) => n + r.numerator, 0);
    const den = rows.reduce((n: number, r: Json) => n + r.denominator, 0);
    const national = ofIndicator(body, 'villages_mobile_broadband').national.find(
      (p: Json) => p.period === '2022',
    );
    expect(national.of).toBe(63);
    expect(national.reporting).toBe(rows.length);
    expect(national.value).toBeCloseTo((100 * num) / den, 9);
    expect(ranking.national.value).toBeCloseTo(national.value, 9);
  });

  it('gives the value of the provinces’ region, and names it', () => {
    expect(body.regions.map((r: Json) => r.code)).toEqual([body.units[0].regionCode]);
    const regional = ofIndicator(body, 'villages_mobile_broadband').regional;
    expect(regional).toHaveLength(1);
    const point = regional[0].points.find((p: Json) => p.period === '2022');
    expect(point.of).toBeGreaterThan(3);
    expect(point.of).toBeLessThan(63);
  });

  it('suggests provinces of the region and of similar rank, never the province itself', () => {
    const { sameRegion, similarRank } = body.suggestions;
    expect(body.suggestions.unitId).toBe('v34-14');
    expect(sameRegion).toEqual(expect.arrayContaining(['v34-11', 'v34-12']));
    expect([...sameRegion, ...similarRank]).not.toContain('v34-14');
    for (const id of [...sameRegion, ...similarRank]) expect(body.unitNames[id]).toBeDefined();
  });
});

describe('vintages, restatements and gaps', () => {
  it('compares a former province with its merger partners before July 2025, as reported', async () => {
    // Bắc Kạn merged into Thái Nguyên.
    const body = await compare(
      'unit=v63-06,v63-19&indicator=telecom_revenue&periodType=year&from=2021&to=2024',
    );
    const line = ofIndicator(body, 'telecom_revenue').series[0];
    expect(line.unitId).toBe('v63-06');
    // Its own figures (reported or rolled up from its months), never restated.
    expect(line.points.map((p: Json) => p.basis)).not.toContain('restated');
    expect(line.points.every((p: Json) => p.value !== null)).toBe(true);
    expect(body.suggestions.mergedPartners).toEqual(['v63-19']);
  });

  it('refuses a former province restated onto today’s 34, and says why', async () => {
    const body = await compare(
      'unit=v63-06&indicator=telecom_revenue&periodType=year&from=2021&to=2024&view=restated',
      400,
    );
    expect(body.error.message.en).toMatch(/former province/);
  });

  it('draws a kept province’s plans before July 2025 on its own line, never a merged one’s', async () => {
    const body = await compare(
      'unit=v34-14,v34-44&indicator=telecom_revenue&periodType=year&from=2022&to=2024',
    );
    const c = ofIndicator(body, 'telecom_revenue');
    const { body: own } = await getJson(
      s.app,
      '/api/series?indicator=telecom_revenue&unit=v34-14&periodType=year&from=2022&to=2024',
    );
    const plans = (targets: Json[]) =>
      targets
        .filter((t: Json) => t.unitId === 'v34-14')
        .map((t: Json) => [t.period, t.value])
        .sort();
    expect(plans(c.targets)).toEqual(plans(own.targets));
    expect(plans(c.targets).length).toBeGreaterThan(0);
    // Quảng Trị was formed from two provinces: their plans and ranks of 63 are not its own.
    expect(c.targets.filter((t: Json) => t.unitId === 'v34-44')).toEqual([]);
    const merged = c.table.find((r: Json) => r.unitId === 'v34-44');
    expect(merged.target).toBeNull();
    expect(merged.rank).toBeNull();
  });

  it('marks a merged province’s years before July 2025 as restated from its parts', async () => {
    const body = await compare(
      'unit=v34-44&indicator=telecom_revenue&periodType=year&from=2023&to=2024&view=restated',
    );
    for (const p of ofIndicator(body, 'telecom_revenue').series[0].points) {
      expect(p.basis).toBe('restated');
      expect(p.isDerived).toBe(true);
    }
  });

  it('leaves the months without figures as gaps, never filled', async () => {
    const body = await compare(
      'unit=v34-14&indicator=telecom_revenue&periodType=month&from=2026-09&to=2026-12',
    );
    const values = ofIndicator(body, 'telecom_revenue').series[0].points.map((p: Json) => p.value);
    expect(values[0]).not.toBeNull();
    expect(values.slice(2)).toEqual([null, null]);
  });
});

describe('bad requests get a clear error', () => {
  it.each([
    [
      'seven provinces',
      `unit=${THREE},v34-01,v34-04,v34-08,v34-15&indicator=telecom_revenue&periodType=year&from=2019&to=2024`,
      400,
    ],
    ['no indicator', `unit=${THREE}&indicator=&periodType=year&from=2019&to=2024`, 400],
    ['from after to', `unit=${THREE}&indicator=telecom_revenue&periodType=year&from=2024&to=2019`, 400],
    [
      'a quarter in a yearly range',
      `unit=${THREE}&indicator=telecom_revenue&periodType=year&from=2019-Q1&to=2024`,
      400,
    ],
    [
      'a table period outside the range',
      `unit=${THREE}&indicator=telecom_revenue&periodType=year&from=2019&to=2024&at=2025`,
      400,
    ],
    ['an unknown province', 'unit=v34-99&indicator=telecom_revenue&periodType=year&from=2019&to=2024', 404],
    ['an unknown indicator', `unit=${THREE}&indicator=no_such_thing&periodType=year&from=2019&to=2024`, 404],
    [
      'too many months',
      `unit=${THREE}&indicator=${TWO},dti_score,dti_rank,communes_4g,communes_fibre,bts_4g_added,portal_visits&periodType=month&from=2000-01&to=2026-12`,
      400,
    ],
  ])('%s', async (_what, query, status) => {
    const body = await compare(query, status);
    expect(body.error.message.vi).toBeTruthy();
    expect(body.error.message.en).toBeTruthy();
  });
});
