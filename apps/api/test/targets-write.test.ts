/** Setting plans: staff for their own province (replacing a demo plan), admins for the nation. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

let s: Seeded;
let sonla: Client;
let admin: Client;

const plan = {
  unitId: 'v34-14',
  indicatorKey: 'telecom_revenue',
  period: '2026',
  value: 1600,
  source: 'Kế hoạch 12/KH-UBND năm 2026',
};

beforeAll(async () => {
  s = await seededApp();
  sonla = await signIn(s.app, 'demo.sonla');
  admin = await signIn(s.app, 'demo.admin');
});

describe('plans', () => {
  it("replaces the demo plan of staff's own province and shows it in the summary", async () => {
    const res = await sonla.send('POST', '/api/targets', plan);
    expect(res.status).toBe(201);
    const summary = await sonla.get('/api/summary/v34-14?period=2026');
    const revenue = summary.body.items.find((i: { indicator: string }) => i.indicator === 'telecom_revenue');
    expect(revenue.target).toMatchObject({ value: 1600, isDemo: false, source: plan.source });
    expect((await sonla.send('POST', '/api/targets', plan)).status).toBe(409);
    const changed = await sonla.send('PUT', `/api/targets/${res.body.id}`, { ...plan, value: 1650 });
    expect(changed.status).toBe(200);
    const audit = await s.db
      .selectFrom('audit_event')
      .select(['action', 'login'])
      .where('entity', '=', 'target')
      .execute();
    expect(audit).toEqual([
      { action: 'target.create', login: 'demo.sonla' },
      { action: 'target.update', login: 'demo.sonla' },
    ]);
  });

  it('refuses moving a plan onto a cell that has a real plan already, and changes nothing', async () => {
    const first = await sonla.send('POST', '/api/targets', { ...plan, period: '2027' });
    const second = await sonla.send('POST', '/api/targets', { ...plan, period: '2028', value: 1700 });
    expect([first.status, second.status]).toEqual([201, 201]);
    const moved = await sonla.send('PUT', `/api/targets/${second.body.id}`, { ...plan, period: '2027' });
    expect(moved.status).toBe(409);
    expect(moved.body.error).toEqual({
      code: 'conflict',
      message: {
        vi: `Kỳ này đã có kế hoạch (#${first.body.id}); hãy sửa kế hoạch đó`,
        en: `A plan exists for this period (#${first.body.id}); change it instead`,
      },
    });
    const plans = await s.db
      .selectFrom('target')
      .select(['id', 'period'])
      .where('id', 'in', [first.body.id, second.body.id])
      .orderBy('id')
      .execute();
    expect(plans).toEqual([
      { id: first.body.id, period: '2027' },
      { id: second.body.id, period: '2028' },
    ]);
    // Its own cell is no clash: a plan may be changed where it is.
    expect(
      (await sonla.send('PUT', `/api/targets/${second.body.id}`, { ...plan, period: '2028' })).status,
    ).toBe(200);
  });

  it('replaces the demo plan of the cell a plan is moved to, as a new plan does', async () => {
    const demo = await s.db
      .selectFrom('target')
      .select(['id', 'period'])
      .where('unit_id', '=', 'v34-14')
      .where('indicator_key', '=', 'telecom_revenue')
      .where('is_demo', '=', 1)
      .orderBy('period', 'desc')
      .executeTakeFirstOrThrow();
    const created = await sonla.send('POST', '/api/targets', { ...plan, period: '2029' });
    const moved = await sonla.send('PUT', `/api/targets/${created.body.id}`, {
      ...plan,
      period: demo.period,
    });
    expect(moved.status).toBe(200);
    const cell = await s.db
      .selectFrom('target')
      .select(['id', 'is_demo'])
      .where('unit_id', '=', 'v34-14')
      .where('indicator_key', '=', 'telecom_revenue')
      .where('period', '=', demo.period)
      .execute();
    expect(cell).toEqual([{ id: created.body.id, is_demo: 0 }]);
  });

  it('refuses another province, national targets for staff, and impossible values', async () => {
    expect((await sonla.send('POST', '/api/targets', { ...plan, unitId: 'v34-44' })).status).toBe(403);
    expect((await sonla.send('POST', '/api/targets', { ...plan, unitId: null })).status).toBe(403);
    const percent = await sonla.send('POST', '/api/targets', {
      ...plan,
      indicatorKey: 'households_fibre',
      value: 150,
    });
    expect(percent.status).toBe(400);
  });

  it('lets an admin set a national target', async () => {
    const res = await admin.send('POST', '/api/targets', {
      ...plan,
      unitId: null,
      indicatorKey: 'adults_smartphone',
      value: 90,
    });
    expect(res.status).toBe(201);
  });

  // "212/216 bản, vượt 82% so với kế hoạch" once became a plan of 53,93%: no plan comes from a claim on a rate.
  it('refuses a plan derived from "vượt 82% so với kế hoạch" for a percentage, saying why', async () => {
    const res = await sonla.send('POST', '/api/targets', {
      ...plan,
      indicatorKey: 'villages_mobile_broadband',
      period: '2025',
      value: 53.93,
      derivedFrom: { actual: 98.15, claim: 'vượt 82% so với kế hoạch' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('derivedFrom.claim');
    expect(res.body.error.message.vi).toContain('Không suy ra được kế hoạch');
  });

  it('stores a plan derived from "vượt 8% so với kế hoạch" as derived, with the claim', async () => {
    const derived = {
      ...plan,
      period: '2025',
      value: 1354.63,
      derivedFrom: { actual: 1463, claim: 'vượt 8% so với kế hoạch' },
    };
    const wrong = await sonla.send('POST', '/api/targets', { ...derived, value: 1463 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('value');
    const unreadable = await sonla.send('POST', '/api/targets', {
      ...derived,
      derivedFrom: { actual: 1463, claim: 'tốt hơn năm ngoái' },
    });
    expect(unreadable.body.error.field).toBe('derivedFrom.claim');
    expect((await sonla.send('POST', '/api/targets', derived)).status).toBe(201);
    const targets = await sonla.get('/api/targets?unit=v34-14&indicator=telecom_revenue&period=2025');
    expect(targets.body.targets.find((t: { unitId: string }) => t.unitId === 'v34-14')).toMatchObject({
      value: 1354.63,
      isDerived: true,
      derivation: 'vượt 8% so với kế hoạch: 1463',
    });
  });
});
