/**
 * Views are kept between reads (`answer-cache/`) only while the data is what they were built from:
 * two servers on one database, one reading and one writing, on SQLite and on PostgreSQL. What the
 * writer approves or plans shows on the reader's next request, its summary, ranking and series.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { getJson, type Json, SEED_NOW, TEST_ADMIN } from './helpers/seeded-app.ts';
import { signIn } from './helpers/sign-in.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

const SUMMARY = '/api/summary/v63-14?period=2021';
const RANKING = '/api/rankings/villages_mobile_broadband?period=2021';
const SERIES =
  '/api/series?indicator=villages_mobile_broadband&unit=v63-14&periodType=year&from=2019&to=2022';

/** Reference data and accounts only: the scenario writes its own figures. */
async function seed(db: Db): Promise<void> {
  await migrateToLatest(db);
  await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
  const { login: adminLogin, password: adminPassword } = TEST_ADMIN;
  await seedAccounts(db, { withDemo: true, now: SEED_NOW, adminLogin, adminPassword, scrypt: CHEAP_SCRYPT });
}

const villages = (summary: Json) =>
  summary.items.find((i: Json) => i.indicator === 'villages_mobile_broadband');

async function readerSeesEveryWrite(db: Db, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const reader = createApp(db, { dialect, publicRead: true });
  const writer = createApp(db, { dialect, publicRead: true });
  const staff = await signIn(writer, 'demo.sonla');
  const reviewer = await signIn(writer, 'demo.reviewer');

  const publish = async (numerator: number) => {
    const created = await staff.send('POST', '/api/revisions', {
      unitId: 'v63-14',
      indicatorKey: 'villages_mobile_broadband',
      period: '2021',
      value: null,
      numerator,
      denominator: 216,
      sourceRef: 'Báo cáo 15/BC-STTTT',
      submit: true,
    });
    expect(created.status).toBe(201);
    expect((await reviewer.send('POST', `/api/revisions/${created.body.revision.id}/approve`)).status).toBe(
      200,
    );
  };

  await publish(150);
  for (let read = 0; read < 2; read++) {
    expect(villages((await getJson(reader, SUMMARY)).body).figure).toMatchObject({ numerator: 150 });
  }
  const rankingBefore = (await getJson(reader, RANKING)).body;
  const seriesBefore = (await getJson(reader, SERIES)).body;

  await publish(200);
  expect(villages((await getJson(reader, SUMMARY)).body).figure).toMatchObject({ numerator: 200 });
  const ranking = (await getJson(reader, RANKING)).body;
  expect(ranking).not.toEqual(rankingBefore);
  expect(JSON.stringify(ranking)).toContain('"numerator":200');
  const series = (await getJson(reader, SERIES)).body;
  expect(series).not.toEqual(seriesBefore);
  expect(JSON.stringify(series)).toContain('"numerator":200');

  const plan = {
    unitId: 'v63-14',
    indicatorKey: 'villages_mobile_broadband',
    period: '2021',
    value: 95,
    source: 'Kế hoạch số 12/KH-UBND',
  };
  const created = await staff.send('POST', '/api/targets', plan);
  expect(created.status).toBe(201);
  expect(villages((await getJson(reader, SUMMARY)).body).target).toMatchObject({ value: 95 });
  expect((await staff.send('PUT', `/api/targets/${created.body.id}`, { ...plan, value: 97 })).status).toBe(
    200,
  );
  expect(villages((await getJson(reader, SUMMARY)).body).target).toMatchObject({ value: 97 });
  expect((await staff.send('DELETE', `/api/targets/${created.body.id}`)).status).toBe(200);
  expect(villages((await getJson(reader, SUMMARY)).body).target?.value ?? null).not.toBe(97);
}

describe('a view kept between reads follows every write', () => {
  it('on SQLite', async () => {
    const db = openSqlite(':memory:');
    await seed(db);
    await readerSeesEveryWrite(db, 'sqlite');
  }, 60_000);

  describe.skipIf(!PG_TEST_URL)('on PostgreSQL', () => {
    let database: PostgresDatabase | undefined;
    let db: Db | undefined;
    beforeAll(async () => {
      database = await createPostgresDatabase(PG_TEST_URL as string, 'cds_cache');
      db = openPostgres(database.url);
      await seed(db);
    }, 90_000);
    afterAll(async () => {
      await db?.destroy();
      await database?.drop();
    });
    it('two servers on one database', async () => {
      await readerSeesEveryWrite(db as Db, 'postgres');
    }, 60_000);
  });
});
