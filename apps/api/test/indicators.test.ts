/** The indicator catalogue. */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, namedParameters, type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

describe('GET /api/indicators', () => {
  it('lists the 30 indicators of the catalogue, each with a direction', async () => {
    const { status, body } = await getJson(s.app, '/api/indicators');
    expect(status).toBe(200);
    expect(body.indicators).toHaveLength(30);
    for (const i of body.indicators) expect(['higher', 'lower'], i.key).toContain(i.direction);
    expect(new Set(body.indicators.map((i: { key: string }) => i.key)).size).toBe(30);
  });

  it('says lower is better for ranks and higher for coverage', async () => {
    const { body } = await getJson(s.app, '/api/indicators');
    const byKey = new Map(body.indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey.get('dti_rank')).toMatchObject({ direction: 'lower', unit: 'rank', acrossUnits: 'none' });
    expect(byKey.get('ict_index_rank')).toMatchObject({ direction: 'lower' });
    expect(byKey.get('villages_mobile_broadband')).toMatchObject({
      direction: 'higher',
      overTime: 'last',
      acrossUnits: 'ratio',
    });
  });
});

describe('GET /api/indicators/:key', () => {
  it('gives one indicator', async () => {
    const { status, body } = await getJson(s.app, '/api/indicators/telecom_revenue');
    expect(status).toBe(200);
    expect(body.indicator).toMatchObject({ key: 'telecom_revenue', unit: 'billion_vnd', overTime: 'sum' });
  });

  it('answers 404 for a well-formed key that is not in the catalogue', async () => {
    const { status, body } = await getJson(s.app, '/api/indicators/no_such_indicator');
    expect(status).toBe(404);
    expect(body.error.message.en).toContain('no_such_indicator');
  });

  it('answers 400 naming key for a malformed key', async () => {
    const { status, body } = await getJson(s.app, '/api/indicators/Bad-Key!');
    expect(status).toBe(400);
    expect(namedParameters(body)).toEqual(['key']);
  });
});
