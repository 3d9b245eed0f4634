/** Stored figures as entered, and targets with their sources. */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, namedParameters, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

const get = async (query: string): Promise<Json> => {
  const { status, body } = await getJson(s.app, query);
  expect(status, query).toBe(200);
  return body;
};

describe('GET /api/observations', () => {
  it('filters by indicator, unit list and period type', async () => {
    const { observations } = await get(
      '/api/observations?indicator=telecom_revenue&unit=v63-14,v63-44&periodType=month&limit=10000',
    );
    expect(observations.length).toBeGreaterThan(100);
    for (const o of observations) {
      expect(o.indicatorKey).toBe('telecom_revenue');
      expect(['v63-14', 'v63-44']).toContain(o.unitId);
      expect(o.periodType).toBe('month');
    }
    expect(new Set(observations.map((o: Json) => o.unitId)).size).toBe(2);
    const years = await get('/api/observations?indicator=telecom_revenue&unit=v63-14,v63-44&periodType=year');
    expect(years.observations.map((o: Json) => `${o.unitId} ${o.period}`)).toEqual(['v63-14 2023']);
  });

  it('keeps Sơn La’s reported 2023 revenue and no demo months for that year', async () => {
    const { observations } = await get(
      '/api/observations?indicator=telecom_revenue&unit=v63-14&from=2023&to=2023',
    );
    expect(observations.map((o: Json) => o.period)).toEqual(['2023']);
    expect(observations[0]).toMatchObject({
      value: 1463,
      isDemo: false,
      sourceRef:
        'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông — Cổng thông tin điện tử tỉnh Sơn La, 10/01/2024',
    });
    const months = await get(
      '/api/observations?indicator=telecom_revenue&unit=v63-14&from=2023-01&to=2023-12',
    );
    expect(months.observations).toEqual([]);
    const nextYear = await get(
      '/api/observations?indicator=telecom_revenue&unit=v63-14&from=2024-01&to=2024-12',
    );
    expect(nextYear.observations).toHaveLength(12);
  });

  it('refuses a range whose ends are of different period types', async () => {
    const res = await s.app.request('/api/observations?from=2023&to=2023-06');
    expect(res.status).toBe(400);
    expect(namedParameters(await res.json())).toEqual(['to']);
  });

  it('with demo=exclude gives only the figures quoted in reports and the published ranks and scores', async () => {
    const { observations, hasMore } = await get('/api/observations?demo=exclude&limit=10000');
    expect(hasMore).toBe(false);
    expect(observations.every((o: Json) => o.isDemo === false)).toBe(true);
    const quoted = observations.filter((o: Json) => o.sourceQuote !== null);
    expect(quoted).toHaveLength(14);
    // Each names its report (title — publisher, date), never the file it was read from.
    expect(quoted.every((o: Json) => / — .+, \d\d\/\d\d\/\d{4}$/.test(o.sourceRef))).toBe(true);
    const published = observations.filter((o: Json) => o.sourceQuote === null);
    expect(published.every((o: Json) => /^(dti|ict_index)_(rank|score)$/.test(o.indicatorKey))).toBe(true);
    const dti2022 = published.filter((o: Json) => o.indicatorKey === 'dti_rank' && o.period === '2022');
    expect(dti2022).toHaveLength(63);
    expect(observations.length).toBeLessThan(150);
  });

  it('with demo=only gives only demo figures', async () => {
    const { observations } = await get('/api/observations?demo=only&limit=500');
    expect(observations).toHaveLength(500);
    expect(observations.every((o: Json) => o.isDemo)).toBe(true);
  });

  it('pages with limit and offset', async () => {
    const first = await get('/api/observations?indicator=dti_rank&limit=5');
    const second = await get('/api/observations?indicator=dti_rank&limit=5&offset=5');
    expect(first.observations).toHaveLength(5);
    expect(first.hasMore).toBe(true);
    const ids = [...first.observations, ...second.observations].map((o: Json) => o.id);
    expect(new Set(ids).size).toBe(10);
  });

  it.each(['0', '-1', 'abc', '10001', '1.5', ''])('answers 400 naming limit for limit=%j', async (limit) => {
    const { status, body } = await getJson(s.app, `/api/observations?limit=${limit}`);
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['limit']);
  });

  it('answers 400 for a query field it does not know', async () => {
    const { status, body } = await getJson(s.app, '/api/observations?indicator=dti_rank&province=14');
    expect(status).toBe(400);
    expect(body.error.message.en).toContain('province');
  });

  it('answers 400 naming unit for a bare code in the list', async () => {
    const { status, body } = await getJson(s.app, '/api/observations?unit=v63-14,14');
    expect(status).toBe(400);
    expect(namedParameters(body)[0]).toMatch(/^unit/);
  });
});

describe('GET /api/targets', () => {
  it('gives Sơn La’s 2023 targets, derived from its report’s plan claims', async () => {
    const { targets } = await get('/api/targets?unit=v63-14&period=2023&indicator=telecom_revenue');
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      scope: 'unit',
      isDerived: true,
      isDemo: false,
      confidence: 'derived',
    });
    expect(targets[0].value).toBeCloseTo(1354.63, 2);
  });

  it('keeps a province’s stated aim as a target, not as an achieved figure', async () => {
    const { targets } = await get('/api/targets?unit=v63-14&period=2024&indicator=villages_mobile_broadband');
    expect(targets).toEqual([expect.objectContaining({ value: 100, isDerived: false, isDemo: false })]);
    const { observations } = await get(
      '/api/observations?unit=v63-14&indicator=villages_mobile_broadband&from=2024&to=2024&demo=exclude',
    );
    expect(observations).toEqual([]);
  });

  it('includes national targets beside a unit’s unless asked not to', async () => {
    const query = '/api/targets?unit=v34-44&period=2025&indicator=households_fibre';
    const withNational = (await get(query)).targets;
    expect(withNational.map((t: Json) => t.scope).sort()).toEqual(['national', 'unit']);
    expect(withNational.find((t: Json) => t.scope === 'national')).toMatchObject({
      value: 80,
      comparator: '>',
    });
    const unitOnly = (await get(`${query}&national=exclude`)).targets;
    expect(unitOnly.map((t: Json) => t.scope)).toEqual(['unit']);
  });

  it('answers 400 for a bad unit, period or unknown field', async () => {
    for (const query of ['unit=44', 'period=2025-Q5', 'national=maybe', 'year=2025']) {
      const { status } = await getJson(s.app, `/api/targets?${query}`);
      expect(status, query).toBe(400);
    }
  });
});
