/**
 * Issue 18, items 6 and 7, as a user sees them: demo ranks that make room for a real one, a rank
 * indicator listed at its published places, nothing national resting on one province, and a
 * restated figure shown from the predecessors that have one. On the demo dataset and on a server
 * with only real figures (DEMO_DATA=off).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/connection.ts';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemoData } from '../src/seed/demo/generate-demo.ts';
import { loadReference, observationRow } from '../src/seed/load-reference.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { login, send } from './helpers/requests.ts';
import { type App, getJson, type Json, SEED_NOW, seededApp, TEST_ADMIN } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

const PASSWORD = 'an-giang-test-password';

/** A staff member and a reviewer of An Giang (v34-91, which covers old Kiên Giang, v63-91). */
async function anGiangTeam(app: App): Promise<{ staff: Client; reviewer: Client }> {
  const admin = await login(app, TEST_ADMIN.login, TEST_ADMIN.password);
  for (const role of ['staff', 'reviewer']) {
    const created = await send(app, 'POST', '/api/users', {
      cookie: admin,
      body: {
        login: `angiang.${role}`,
        displayName: `An Giang ${role}`,
        password: PASSWORD,
        assignments: [{ role, unitId: 'v34-91' }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  return {
    staff: await signIn(app, 'angiang.staff', PASSWORD),
    reviewer: await signIn(app, 'angiang.reviewer', PASSWORD),
  };
}

/** Enters a figure of old Kiên Giang and has it approved: published. */
async function publish(team: { staff: Client; reviewer: Client }, figure: Record<string, unknown>) {
  const created = await team.staff.send('POST', '/api/revisions', {
    unitId: 'v63-91',
    value: null,
    numerator: null,
    denominator: null,
    sourceRef: 'Báo cáo của Sở TT&TT Kiên Giang',
    submit: true,
    ...figure,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const approved = await team.reviewer.send('POST', `/api/revisions/${created.body.revision.id}/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
}

const itemOf = (summary: Json, key: string) => summary.items.find((i: Json) => i.indicator === key);

describe('on the demo dataset', () => {
  let app: App;
  let team: { staff: Client; reviewer: Client };
  beforeAll(async () => {
    app = (await seededApp()).app;
    team = await anGiangTeam(app);
  });

  it('seats the 2019 ICT Index demo ranks around Kiên Giang’s real 32/63: every place once', async () => {
    await publish(team, { indicatorKey: 'ict_index_rank', period: '2019', value: 32, rankedOf: 63 });
    const { body } = await getJson(app, '/api/rankings/ict_index_rank?period=2019');
    const ranks = body.rows.map((r: Json) => r.rank);
    expect(ranks).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
    expect(body.rows.filter((r: Json) => r.isTied)).toEqual([]);
    const kienGiang = body.rows.find((r: Json) => r.unit.id === 'v63-91');
    expect(kienGiang).toMatchObject({ rank: 32, value: 32, isDemo: false, rankedOf: 63 });
    // The demo ranks stay the ranks the demo figures show, on every row.
    expect(body.rows.every((r: Json) => r.rank === r.value)).toBe(true);
  });

  it('lists DTI 2023 at the published places: Quảng Ngãi at 21, not 12', async () => {
    const { body } = await getJson(app, '/api/rankings/dti_rank?period=2023');
    const quangNgai = body.rows.find((r: Json) => r.unit.id === 'v63-51');
    expect(quangNgai).toMatchObject({ rank: 21, value: 21 });
    expect(body.rows.every((r: Json) => r.value === null || r.rank === r.value)).toBe(true);
  });

  it('restates An Giang 2019 from old Kiên Giang’s 100% and old An Giang’s demo figure', async () => {
    await publish(team, { indicatorKey: 'online_procedures', period: '2019', value: 100 });
    const { body } = await getJson(app, '/api/summary/v34-91?period=2019&view=restated');
    const figure = itemOf(body, 'online_procedures').figure;
    expect(figure.value).not.toBeNull();
    expect(figure.parts).toEqual(expect.arrayContaining(['v63-91@2019', 'v63-89@2019']));
    expect(figure.missing).toEqual([]);
    // 100% without its counts cannot be weighted against old An Giang's: approximate, partly demo.
    expect(figure).toMatchObject({ qualifier: 'about', isPartlyDemo: true, basis: 'restated' });
  });
});

describe('on a server with only real figures (DEMO_DATA=off)', () => {
  let db: Db;
  let app: App;
  beforeAll(async () => {
    db = openSqlite(':memory:');
    await migrateToLatest(db);
    await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
    const { login: adminLogin, password: adminPassword } = TEST_ADMIN;
    await seedAccounts(db, {
      withDemo: false,
      now: SEED_NOW,
      adminLogin,
      adminPassword,
      scrypt: { N: 2 ** 12, r: 8, p: 1 },
    });
    app = (await seededApp('sqlite', () => db)).app;
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('ranks nobody and gives no national value on Sơn La’s villages alone in 2023', async () => {
    const { body } = await getJson(app, '/api/rankings/villages_mobile_broadband?period=2023');
    expect(body.rankedCount).toBe(1);
    expect(body.isWithheld).toBe(true);
    expect(body.rows.every((r: Json) => r.rank === null)).toBe(true);
    expect(body.rows.find((r: Json) => r.unit.id === 'v63-14').value).toBeCloseTo(98.15, 2);
    expect(body.national).toMatchObject({ value: null, reporting: 1, of: 63, isWithheld: true });
  });

  it('gives compare no national line resting on Sơn La', async () => {
    const { status, body } = await getJson(
      app,
      '/api/compare?unit=v34-14,v34-11&indicator=villages_mobile_broadband&periodType=year&from=2022&to=2023',
    );
    expect(status).toBe(200);
    const national = body.indicators[0].national.find((p: Json) => p.period === '2023');
    expect(national.value).toBeNull();
  });

  it('restates An Giang 2019 from old Kiên Giang’s 100%, naming old An Giang as missing', async () => {
    const team = await anGiangTeam(app);
    await publish(team, { indicatorKey: 'online_procedures', period: '2019', value: 100 });
    const { body } = await getJson(app, '/api/summary/v34-91?period=2019&view=restated');
    const figure = itemOf(body, 'online_procedures').figure;
    expect(figure).toMatchObject({ value: 100, isComplete: false, basis: 'restated' });
    expect(figure.missing).toEqual(['v63-89@2019']);
    expect(body.noData ?? []).not.toContain('online_procedures');
  });
});

describe('at seeding, with a real rank already in a demo year', () => {
  it('gives the 2019 ICT Index demo ranks the 62 places Kiên Giang’s real 32/63 leaves', async () => {
    const db = openSqlite(':memory:');
    await migrateToLatest(db);
    await loadReference(db, SEED_NOW);
    await db
      .insertInto('observation')
      .values(
        observationRow(
          { unit_id: 'v63-91', indicator_key: 'ict_index_rank', period: '2019', value: 32, ranked_of: 63 },
          SEED_NOW,
        ),
      )
      .execute();
    await loadDemoData(db, { firstYear: 2019, lastMonth: '2020-06', now: SEED_NOW });
    const ranks = await db
      .selectFrom('observation')
      .select(['unit_id', 'value', 'is_demo'])
      .where('indicator_key', '=', 'ict_index_rank')
      .where('period', '=', '2019')
      .execute();
    expect(ranks.map((r) => r.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 63 }, (_, i) => i + 1),
    );
    expect(ranks.find((r) => r.unit_id === 'v63-91')).toMatchObject({ value: 32, is_demo: 0 });
    await db.destroy();
  });
});
