/** A province's overview for one period: Sơn La 2023 is the province with real reported figures. */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, namedParameters, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
let sonLa: Json;
beforeAll(async () => {
  s = await seededApp();
  const { status, body } = await getJson(s.app, '/api/summary/v63-14?period=2023');
  expect(status).toBe(200);
  sonLa = body;
});

const item = (summary: Json, key: string) => summary.items.find((i: Json) => i.indicator === key);

describe('GET /api/summary/v63-14?period=2023 (Sơn La)', () => {
  it('shows the reported villages figure, 212 of 216, with its quote', () => {
    const villages = item(sonLa, 'villages_mobile_broadband');
    expect(villages.figure).toMatchObject({
      value: 98.15,
      numerator: 212,
      denominator: 216,
      basis: 'reported',
      isDemo: false,
      isDerived: false,
    });
    expect(villages.sourceQuote).toContain('212/216');
    expect(villages.figure.sourceRefs).toEqual([
      'Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 ngành Thông tin và Truyền thông — Cổng thông tin điện tử tỉnh Sơn La, 10/01/2024',
    ]);
  });

  it('shows telecom revenue of 1,463 billion VND against a target derived from "8% above plan"', () => {
    const revenue = item(sonLa, 'telecom_revenue');
    expect(revenue.figure).toMatchObject({ value: 1463, isDemo: false, basis: 'reported' });
    expect(revenue.target.value).toBeCloseTo(1354.63, 2);
    expect(revenue.target).toMatchObject({ isDerived: true, isDemo: false, scope: 'unit' });
    expect(revenue.target.derivation).toContain('8%');
    expect(revenue.progress.vsPlan).toBeCloseTo(0.08, 10);
    expect(revenue.progress.status).toBe('achieved');
  });

  it('keeps "gần 100%" as about 100, with the report’s words', () => {
    const documents = item(sonLa, 'e_documents');
    expect(documents.figure).toMatchObject({ value: 100, qualifier: 'about', isDemo: false });
    expect(documents.sourceQuote).toContain('gần 100%');
    // Rule 4 of qualifier.ts: the rank of an approximate figure is approximate.
    expect(documents.rank).toMatchObject({ rank: expect.any(Number), isApproximate: true });
  });

  it('says demo data is on the page', () => {
    expect(sonLa.hasDemo).toBe(true);
    expect(sonLa.items.some((i: Json) => i.figure.isDemo)).toBe(true);
  });

  it('names the unit with its vintage', () => {
    expect(sonLa.unit).toMatchObject({ id: 'v63-14', vintage: 63, nameVi: 'Sơn La' });
    expect(sonLa.period).toBe('2023');
  });

  it('ranks a figure among the 63 provinces and compares with 2022', () => {
    const revenue = item(sonLa, 'telecom_revenue');
    expect(revenue.rank.of).toBe(63);
    expect(revenue.previous.period).toBe('2022');
    expect(revenue.change.delta).toBeCloseTo(1463 - revenue.previous.value, 6);
  });
});

describe('other provinces and periods', () => {
  it('ranks Bắc Kạn among the 63 units in 2022', async () => {
    const { status, body } = await getJson(s.app, '/api/summary/v63-06?period=2022');
    expect(status).toBe(200);
    expect(body.unit.nameVi).toBe('Bắc Kạn');
    const ranked = body.items.filter((i: Json) => i.rank !== null);
    expect(ranked.length).toBeGreaterThan(0);
    for (const i of ranked) expect(i.rank.of, i.indicator).toBe(63);
    // Last of 63 in the published DTI 2022 ranking.
    expect(item(body, 'dti_rank').figure.value).toBe(63);
  });

  it('has nothing to show for Bắc Kạn after it merged', async () => {
    const { body } = await getJson(s.app, '/api/summary/v63-06?period=2026');
    expect(body.items.every((i: Json) => i.figure.value === null)).toBe(true);
  });

  it('answers for the first period the calendar knows, with no previous period', async () => {
    const { status, body } = await getJson(s.app, '/api/summary/v63-14?period=1990');
    expect(status).toBe(200);
    expect(body.items.every((i: Json) => i.previous.period === null)).toBe(true);
    expect(s.errors).toEqual([]);
  });
});

describe('bad requests', () => {
  it('answers 404 for a unit that does not exist', async () => {
    const { status, body } = await getJson(s.app, '/api/summary/v63-99?period=2023');
    expect(status).toBe(404);
    expect(body.error.message.vi).toContain('v63-99');
  });

  it('answers 400 naming period for month 13', async () => {
    const { status, body } = await getJson(s.app, '/api/summary/v63-14?period=2023-13');
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['period']);
  });

  it('answers 400 naming unitId for a code without its vintage', async () => {
    const { status, body } = await getJson(s.app, '/api/summary/14?period=2023');
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['unitId']);
  });

  it('answers 400 naming period when it is missing', async () => {
    const { status, body } = await getJson(s.app, '/api/summary/v63-14');
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['period']);
  });
});
