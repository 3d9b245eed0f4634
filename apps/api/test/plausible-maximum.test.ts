/**
 * Numbers no one meant: each indicator states a plausible maximum (the catalogue shows it) and a
 * figure above it is refused with its reason, on every path that writes one (the one-figure entry,
 * the period form, a plan), on both engines. So nothing stored can overflow a total into null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/connection.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, send } from './helpers/requests.ts';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const SOURCE = 'Báo cáo 210/BC-SKHCN ngày 05/12/2026';
const figure = (indicatorKey: string, value: number) => ({
  unitId: 'v34-14',
  indicatorKey,
  period: '2026-11',
  value,
  sourceRef: SOURCE,
});

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('plausible maxima on %s', (_, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let s: Seeded;
  let staff = '';

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_maximum');
    s = await seededApp(
      isPostgres ? 'postgres' : 'sqlite',
      pgDatabase ? () => openPostgres((pgDatabase as PostgresDatabase).url) : undefined,
    );
    staff = await login(s.app, 'demo.sonla', DEMO_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    if (!pgDatabase) return;
    await s.db.destroy();
    await pgDatabase.drop();
  });

  it.skipIf(skip)('the catalogue states each indicator’s maximum', async () => {
    const sent = await send(s.app, 'GET', '/api/indicators', { cookie: staff });
    const maxima = Object.fromEntries(
      sent.body.indicators.map((i: { key: string; max: number }) => [i.key, i.max]),
    );
    expect(maxima.telecom_revenue).toBeGreaterThan(1000);
    expect(maxima.villages_mobile_broadband).toBe(100);
    for (const [key, max] of Object.entries(maxima)) expect(Number.isFinite(max), key).toBe(true);
  });

  it.skipIf(skip)('1e308 tỷ đồng of revenue is refused, saying why in both languages', async () => {
    const sent = await send(s.app, 'POST', '/api/revisions', {
      cookie: staff,
      body: figure('telecom_revenue', 1e308),
    });
    expect(sent.status).toBe(400);
    const issue = sent.body.error.issues.find((i: { field: string }) => i.field === 'value');
    expect(issue.code).toBe('above_maximum');
    expect(issue.message.vi).toMatch(/tối đa/);
    expect(issue.message.en).toMatch(/at most/);
  });

  it.skipIf(skip)('a 254-digit count is refused, in the one-figure entry and the period form', async () => {
    const huge = Number(`9${'0'.repeat(253)}`);
    const one = await send(s.app, 'POST', '/api/revisions', {
      cookie: staff,
      body: figure('bts_4g_added', huge),
    });
    expect(one.status).toBe(400);
    const form = await send(s.app, 'PUT', '/api/period-forms/v34-14/2026-11', {
      cookie: staff,
      body: { sourceRef: SOURCE, rows: [{ indicatorKey: 'bts_4g_added', value: huge }] },
    });
    expect(form.status).toBe(400);
    expect(JSON.stringify(form.body.error.issues)).toContain('above_maximum');
  });

  it.skipIf(skip)('a plausible figure is still taken', async () => {
    const sent = await send(s.app, 'POST', '/api/revisions', {
      cookie: staff,
      body: figure('bts_4g_added', 40),
    });
    expect(sent.status).toBe(201);
  });

  it.skipIf(skip)('logged no server error', () => {
    expect(s.errors).toEqual([]);
  });
});
