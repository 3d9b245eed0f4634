/**
 * What the README promises of exports and import templates: every parameter validated, a bad one a
 * 400 naming it, an unknown id a 404 — where these three answered 200 with a file. On both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/connection.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, send } from './helpers/requests.ts';
import { namedParameters, type Seeded, seededApp } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const exportPath = (query: string) => `/api/exports/figures?format=csv&${query}`;

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('exports and templates on %s', (_, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let s: Seeded;
  let staff = '';
  const get = (path: string) => send(s.app, 'GET', path, { cookie: staff });

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_promises');
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

  it.skipIf(skip)('an export of a unit that does not exist is a 404 naming it', async () => {
    const sent = await get(exportPath('unit=v34-14,v63-99&from=2024&to=2025'));
    expect(sent.status).toBe(404);
    expect(JSON.stringify(sent.body.error.message)).toContain('v63-99');
  });

  it.skipIf(skip)('an export from a period after its `to` is a 400 naming from', async () => {
    const sent = await get(exportPath('unit=v34-14&from=2025&to=2024'));
    expect(sent.status).toBe(400);
    expect(namedParameters(sent.body)).toContain('from');
  });

  it.skipIf(skip)('an export of good parameters is still a file', async () => {
    const sent = await get(exportPath('unit=v34-14&from=2024&to=2025'));
    expect(sent.status).toBe(200);
    expect(sent.response.headers.get('content-type')).toContain('text/csv');
  });

  it.skipIf(skip)('a template for a period not yet over is a 400 naming the period', async () => {
    // Today is 3 December 2026: December, its quarter, half and year are not over.
    for (const period of ['2026-12', '2026-Q4', '2026-H2', '2026', '2027-01']) {
      const sent = await get(`/api/imports/template/v34-14/${period}?format=csv`);
      expect(sent.status, period).toBe(400);
      expect(namedParameters(sent.body), period).toContain('period');
    }
    const over = await get('/api/imports/template/v34-14/2026-11?format=csv');
    expect(over.status).toBe(200);
  });

  it.skipIf(skip)('logged no server error', () => {
    expect(s.errors).toEqual([]);
  });
});
