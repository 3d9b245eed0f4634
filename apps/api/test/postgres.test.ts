/**
 * The same API on PostgreSQL. Runs only when PG_TEST_URL names a server's maintenance database
 * (e.g. postgres://postgres@127.0.0.1:5432/postgres): it creates a fresh database of its own,
 * migrates and seeds it through openPostgres, compares answers with SQLite, and drops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/connection.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { getJson, type Json, type Seeded, seededApp, TEST_ADMIN } from './helpers/seeded-app.ts';
import { signIn } from './helpers/sign-in.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;

describe.skipIf(!PG_TEST_URL)('on PostgreSQL', () => {
  let database: PostgresDatabase | undefined;
  let onPg: Seeded;
  let onSqlite: Seeded;

  beforeAll(async () => {
    const created = await createPostgresDatabase(PG_TEST_URL as string, 'cds_test');
    database = created;
    [onPg, onSqlite] = await Promise.all([
      seededApp('postgres', () => openPostgres(created.url)),
      seededApp('sqlite'),
    ]);
  }, 90_000);

  afterAll(async () => {
    await onPg?.db.destroy();
    await onSqlite?.db.destroy();
    await database?.drop();
  });

  /** The body from PostgreSQL, after checking SQLite gives exactly the same. */
  async function same(path: string): Promise<Json> {
    const [a, b] = await Promise.all([getJson(onPg.app, path), getJson(onSqlite.app, path)]);
    expect(a.status, path).toBe(200);
    expect(a.body, path).toEqual(b.body);
    return a.body;
  }

  it('reports PostgreSQL as its database', async () => {
    const { status, body } = await getJson(onPg.app, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', database: 'postgres' });
  });

  it('summarises Sơn La 2023 as SQLite does', async () => {
    const body = await same('/api/summary/v63-14?period=2023');
    const item = (key: string) => body.items.find((i: Json) => i.indicator === key);
    expect(item('villages_mobile_broadband').figure).toMatchObject({
      value: 98.15,
      numerator: 212,
      denominator: 216,
    });
    expect(item('telecom_revenue').target.value).toBeCloseTo(1354.63, 2);
    expect(item('telecom_revenue').progress.status).toBe('achieved');
  });

  it('keeps the DTI 2022 tie at 15 as SQLite does', async () => {
    const body = await same('/api/rankings/dti_rank?period=2022');
    expect(body.rows).toHaveLength(63);
    const ranks = Object.fromEntries(body.rows.map((r: Json) => [r.unit.id, r.rank]));
    expect([ranks['v63-38'], ranks['v63-15']]).toEqual([15, 15]);
    expect(Object.values(ranks)).not.toContain(16);
  });

  it('restates a merged province’s series as SQLite does', async () => {
    const body = await same(
      '/api/series?indicator=villages_mobile_broadband&unit=v34-44&periodType=year&from=2019&to=2026&view=restated',
    );
    expect(body.points).toHaveLength(8);
    expect(
      body.points.filter((p: Json) => p.period < '2025').every((p: Json) => p.basis === 'restated'),
    ).toBe(true);
  });

  it.each([
    '/api/meta',
    '/api/units',
    '/api/units?vintage=34&q=Bac%20Kan',
    '/api/indicators',
    '/api/rankings/dti_score?period=2024',
    '/api/rankings/online_dossiers?period=2023&view=restated',
    '/api/summary/v34-44?period=2025',
    '/api/series?indicator=telecom_revenue&unit=v34-44,v63-14&periodType=quarter&from=2024-Q1&to=2026-Q4',
    '/api/observations?demo=exclude',
    '/api/observations?unit=v34-44,v63-45&from=2025-Q2&to=2025-Q3&limit=500',
    '/api/observations?limit=2000&offset=40000',
    '/api/targets?period=2025',
    '/api/rankings/villages_mobile_broadband',
    '/api/briefing/v34-14',
    '/api/briefing/v63-14?period=2023',
    '/api/compare?unit=v34-14,v34-11,v34-12&indicator=villages_mobile_broadband,telecom_revenue&periodType=year&from=2019&to=2024',
    '/api/compare?unit=v34-44,v34-01&indicator=telecom_revenue,dti_rank&periodType=quarter&from=2024-Q1&to=2026-Q4&view=restated',
  ])('answers %s as SQLite does', async (path) => {
    await same(path);
  });

  it('signs in, lists accounts as SQLite does, and audits a change with the acting user', async () => {
    const [pgAdmin, sqliteAdmin] = await Promise.all([
      signIn(onPg.app, TEST_ADMIN.login, TEST_ADMIN.password),
      signIn(onSqlite.app, TEST_ADMIN.login, TEST_ADMIN.password),
    ]);
    const [a, b] = await Promise.all([pgAdmin.get('/api/users'), sqliteAdmin.get('/api/users')]);
    expect(a.status).toBe(200);
    expect(a.body).toEqual(b.body);
    const body = {
      login: 'pg.staff',
      displayName: 'PG',
      password: 'a-long-enough-password',
      assignments: [],
      withoutRoles: true,
    };
    expect((await pgAdmin.send('POST', '/api/users', body)).status).toBe(201);
    const audit = await pgAdmin.get('/api/audit?action=user.create&limit=1');
    expect(audit.body.events[0]).toMatchObject({ login: 'admin', details: { after: { login: 'pg.staff' } } });
    const staff = await signIn(onPg.app, 'pg.staff', body.password);
    expect((await staff.get('/api/auth/me')).body.user.login).toBe('pg.staff');
    expect((await staff.get('/api/users')).status).toBe(403);
  });

  it('answers bad input with 400 as SQLite does, and logs no server error', async () => {
    for (const path of [
      '/api/observations?limit=0',
      '/api/summary/14?period=2023',
      "/api/units?q=' OR 1=1 --",
    ]) {
      const [a, b] = await Promise.all([getJson(onPg.app, path), getJson(onSqlite.app, path)]);
      expect(a.status, path).toBe(b.status);
    }
    expect(onPg.errors).toEqual([]);
  });
});
