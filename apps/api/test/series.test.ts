/** A chart's series: Quảng Trị (v34-44), formed from Quảng Bình (v63-44) and old Quảng Trị (v63-45). */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, namedParameters, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

const base = 'indicator=villages_mobile_broadband&periodType=year&from=2019&to=2026';
const series = async (query: string): Promise<Json> => {
  const { status, body } = await getJson(s.app, `/api/series?${query}`);
  expect(status, query).toBe(200);
  return body;
};
const point = (body: Json, unitId: string, period: string) =>
  body.points.find((p: Json) => p.unitId === unitId && p.period === period);

describe('restated view', () => {
  let restated: Json;
  beforeAll(async () => {
    restated = await series(`${base}&unit=v34-44&view=restated`);
  });

  it('gives one point a year from 2019 to 2026', () => {
    expect(restated.points.map((p: Json) => p.period)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
    expect(restated.units).toEqual([expect.objectContaining({ id: 'v34-44', nameVi: 'Quảng Trị' })]);
  });

  it('restates the years before 2025 from the predecessors, and says the values are derived', () => {
    for (const p of restated.points.filter((x: Json) => x.period < '2025')) {
      expect(p.basis, p.period).toBe('restated');
      expect(p.isDerived, p.period).toBe(true);
      expect(p.value, p.period).not.toBeNull();
      expect(p.parts, p.period).toEqual([`v63-45@${p.period}`, `v63-44@${p.period}`]);
    }
  });

  it('derives 2025 from the predecessors’ first half and the new unit’s second half', () => {
    const y2025 = point(restated, 'v34-44', '2025');
    expect(y2025.isDerived).toBe(true);
    expect(y2025.value).not.toBeNull();
  });

  it('marks 2026 incomplete: the demo data ends in October', () => {
    const y2026 = point(restated, 'v34-44', '2026');
    expect(y2026.isComplete).toBe(false);
    expect(y2026.missing).toEqual(['2026-11', '2026-12']);
  });

  it('gives 2023 as Σcovered / Σvillages of Quảng Bình and old Quảng Trị, as their own series give them', async () => {
    const old = await series(`${base}&unit=v63-44,v63-45`);
    const parts = ['v63-44', 'v63-45'].map((id) => point(old, id, '2023'));
    for (const p of parts) expect(p.basis).toBe('rolled_up');
    const numerator = parts.reduce((sum, p) => sum + p.numerator, 0);
    const denominator = parts.reduce((sum, p) => sum + p.denominator, 0);
    const y2023 = point(restated, 'v34-44', '2023');
    expect(y2023.numerator).toBe(numerator);
    expect(y2023.denominator).toBe(denominator);
    expect(y2023.value).toBeCloseTo((100 * numerator) / denominator, 10);
    // Not the mean of the two percentages (they differ in size, so the two differ).
    const mean = (parts[0].value + parts[1].value) / 2;
    expect(y2023.value).not.toBeCloseTo(mean, 3);
  });
});

describe('reported view', () => {
  it('has no values for the new unit before 2025, and values from 2025', async () => {
    const reported = await series(`${base}&unit=v34-44&view=reported`);
    expect(reported.points).toHaveLength(8);
    for (const p of reported.points) {
      if (p.period < '2025') expect(p.value, p.period).toBeNull();
      else expect(p.value, p.period).not.toBeNull();
    }
  });

  it('gives several units in one request', async () => {
    const both = await series(
      'indicator=telecom_revenue&periodType=quarter&from=2024-Q3&to=2025-Q3&unit=v63-44,v34-44',
    );
    expect(both.points).toHaveLength(10);
    expect(point(both, 'v63-44', '2025-Q2').value).not.toBeNull();
    expect(point(both, 'v63-44', '2025-Q3').value).toBeNull();
    expect(point(both, 'v34-44', '2025-Q3').value).not.toBeNull();
  });
});

describe('bad requests', () => {
  it('answers 400 naming from when it is not of the period type', async () => {
    const { status, body } = await getJson(
      s.app,
      '/api/series?indicator=villages_mobile_broadband&unit=v34-44&periodType=year&from=2019-Q1&to=2026',
    );
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['from']);
  });

  it('answers 400 naming to when it is not of the period type', async () => {
    const { status, body } = await getJson(
      s.app,
      '/api/series?indicator=villages_mobile_broadband&unit=v34-44&periodType=month&from=2024-01&to=2026',
    );
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['to']);
  });

  it('answers 400 when from is after to', async () => {
    const { status, body } = await getJson(
      s.app,
      '/api/series?indicator=villages_mobile_broadband&unit=v34-44&periodType=year&from=2026&to=2019',
    );
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['from']);
  });

  it('answers 404 for an unknown unit and 400 naming unit for a bare code', async () => {
    expect((await getJson(s.app, `/api/series?${base}&unit=v34-99`)).status).toBe(404);
    const bare = await getJson(s.app, `/api/series?${base}&unit=44`);
    expect(bare.status).toBe(400);
    expect(namedParameters(bare.body)[0]).toMatch(/^unit/);
  });
});
