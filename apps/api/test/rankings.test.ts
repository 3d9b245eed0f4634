/** Provinces ranked on one indicator: the published DTI ranks, ties, and the restated view. */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Json, namedParameters, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

const ranking = async (path: string): Promise<Json> => {
  const { status, body } = await getJson(s.app, `/api/rankings/${path}`);
  expect(status, path).toBe(200);
  return body;
};

describe('DTI 2022 as published', () => {
  let dti: Json;
  beforeAll(async () => {
    dti = await ranking('dti_rank?period=2022');
  });

  it('lists the 63 provinces, Đà Nẵng first', () => {
    expect(dti.rows).toHaveLength(63);
    expect(dti.vintage).toBe(63);
    expect(dti.rows[0]).toMatchObject({ rank: 1, unit: { id: 'v63-48', nameVi: 'Đà Nẵng' } });
    expect(dti.rows.every((r: Json) => !r.isDemo)).toBe(true);
  });

  it('keeps the tie at 15: Thanh Hóa and Yên Bái share it, there is no 16, next is 17', () => {
    const at = (id: string) => dti.rows.find((r: Json) => r.unit.id === id);
    expect(at('v63-38')).toMatchObject({ rank: 15, isTied: true });
    expect(at('v63-15')).toMatchObject({ rank: 15, isTied: true });
    const ranks = dti.rows.map((r: Json) => r.rank);
    expect(ranks).not.toContain(16);
    expect(ranks.filter((r: number) => r === 15)).toHaveLength(2);
    expect(ranks[ranks.indexOf(15) + 2]).toBe(17);
    expect(dti.rows.filter((r: Json) => r.isTied)).toHaveLength(2);
  });
});

describe('DTI 2024, published for the 34 new units', () => {
  it('lists the 34 units with Hà Nội first', async () => {
    const dti = await ranking('dti_score?period=2024');
    expect(dti.vintage).toBe(34);
    expect(dti.periodVintage).toBe(63);
    expect(dti.rows).toHaveLength(34);
    expect(dti.rows.every((r: Json) => r.unit.vintage === 34)).toBe(true);
    expect(dti.rows[0]).toMatchObject({ value: 0.8241, basis: 'reported', unit: { id: 'v34-01' } });
    // Four published scores of 34 are too few to rank on (rank-shown rule 3): listed best first, unranked.
    expect(dti.isWithheld).toBe(true);
    expect(dti.rows.every((r: Json) => r.rank === null)).toBe(true);
    expect(dti.rows.slice(0, 4).map((r: Json) => r.unit.nameVi)).toEqual([
      'Hà Nội',
      'Huế',
      'Hải Phòng',
      'Hồ Chí Minh',
    ]);
    expect(dti.isDerived).toBe(false);
  });
});

describe('the restated view of a period before the merger', () => {
  it('ranks the 34 new units on figures derived from their predecessors', async () => {
    const restated = await ranking('villages_mobile_broadband?period=2023&view=restated');
    expect(restated.vintage).toBe(34);
    expect(restated.rows).toHaveLength(34);
    expect(restated.isDerived).toBe(true);
    expect(restated.rows.every((r: Json) => r.value !== null)).toBe(true);
    // Merged provinces are restated; the 11 that kept their territory have one history of their own.
    const merged = restated.rows.filter((r: Json) => r.unit.id !== 'v34-14' && r.basis === 'restated');
    expect(merged.length).toBeGreaterThan(20);
    expect(merged.every((r: Json) => r.isDerived)).toBe(true);
    const sonLa = restated.rows.find((r: Json) => r.unit.id === 'v34-14');
    expect(sonLa).toMatchObject({ basis: 'reported', isDerived: false });
    const reported = await ranking('villages_mobile_broadband?period=2023');
    expect(reported.vintage).toBe(63);
    expect(reported.rows).toHaveLength(63);
  });

  it('never restates a rank: DTI 2022 ranks are all empty for the 34', async () => {
    const restated = await ranking('dti_rank?period=2022&view=restated');
    expect(restated.rows).toHaveLength(34);
    expect(restated.rows.every((r: Json) => r.value === null && r.rank === null)).toBe(true);
    expect(restated.rankedCount).toBe(0);
  });
});

describe('bad requests', () => {
  it('answers 404 for an unknown indicator', async () => {
    expect((await getJson(s.app, '/api/rankings/no_such_thing?period=2022')).status).toBe(404);
  });

  it('answers the latest year with a ranked province when no period is named', async () => {
    const latest = await getJson(s.app, '/api/rankings/dti_rank');
    expect(latest.status).toBe(200);
    expect(latest.body.rankedCount).toBeGreaterThan(0);
    const next = await getJson(s.app, `/api/rankings/dti_rank?period=${Number(latest.body.period) + 1}`);
    expect(next.body.rankedCount).toBe(0);
  });

  it('answers 400 naming view for an unknown view', async () => {
    const { status, body } = await getJson(s.app, '/api/rankings/dti_rank?period=2022&view=merged');
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['view']);
  });
});
