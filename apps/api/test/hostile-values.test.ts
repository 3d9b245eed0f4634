/**
 * Values a well-formed request may still carry that a database or the calendar cannot take: a NUL
 * character in any text (PostgreSQL refuses it in text columns), an id past PostgreSQL's integer
 * (2³¹−1), a period whose previous period falls before the calendar. Each is a 400 naming the field,
 * on both engines, never a server error. (The write fuzz sends such values too, on SQLite.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/connection.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, send } from './helpers/requests.ts';
import { namedParameters, type Seeded, seededApp, TEST_ADMIN } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const NUL = 'Báo cáo 15\u0000/BC';
const TOO_BIG = 2 ** 31;
const REVISION = {
  unitId: 'v63-14',
  indicatorKey: 'villages_mobile_broadband',
  period: '2022',
  value: null,
  numerator: 200,
  denominator: 216,
  sourceRef: 'Báo cáo 15/BC-STTTT ngày 10/01/2023',
};
const PLAN = {
  unitId: 'v34-14',
  indicatorKey: 'households_fibre',
  period: '2027',
  value: 80,
  source: 'Kế hoạch 12/KH-UBND',
};

type Caller = 'sonla' | 'reviewer' | 'admin';
interface Case {
  what: string;
  caller: Caller;
  method: string;
  path: (ids: { submitted: number; user: number }) => string;
  body?: unknown;
  field: string;
}

const CASES: Case[] = [
  {
    what: 'NUL in a source',
    caller: 'sonla',
    method: 'POST',
    path: () => '/api/revisions',
    body: { ...REVISION, sourceRef: NUL },
    field: 'sourceRef',
  },
  {
    what: 'NUL in a note',
    caller: 'sonla',
    method: 'POST',
    path: () => '/api/revisions',
    body: { ...REVISION, note: `a${NUL}` },
    field: 'note',
  },
  {
    what: 'NUL in a quote of the period form',
    caller: 'sonla',
    method: 'PUT',
    path: () => '/api/period-forms/v34-14/2026-11',
    body: { sourceRef: 'Báo cáo 210/BC-SKHCN', sourceQuote: NUL, rows: [] },
    field: 'sourceQuote',
  },
  {
    what: 'NUL in a reviewer’s comment',
    caller: 'reviewer',
    method: 'POST',
    path: (ids) => `/api/revisions/${ids.submitted}/return`,
    body: { comment: NUL },
    field: 'comment',
  },
  {
    what: 'NUL in a display name',
    caller: 'admin',
    method: 'PATCH',
    path: (ids) => `/api/users/${ids.user}`,
    body: { displayName: NUL },
    field: 'displayName',
  },
  {
    what: 'NUL in a plan’s source',
    caller: 'sonla',
    method: 'POST',
    path: () => '/api/targets',
    body: { ...PLAN, source: NUL },
    field: 'source',
  },
  {
    what: 'id 2³¹ of a revision',
    caller: 'sonla',
    method: 'PATCH',
    path: () => `/api/revisions/${TOO_BIG}`,
    body: { note: 'x' },
    field: 'id',
  },
  {
    what: 'id 2³¹ of a revision sent',
    caller: 'sonla',
    method: 'POST',
    path: () => `/api/revisions/${TOO_BIG}/submit`,
    field: 'id',
  },
  {
    what: 'id 9999999999 of a revision approved',
    caller: 'reviewer',
    method: 'POST',
    path: () => '/api/revisions/9999999999/approve',
    field: 'id',
  },
  {
    what: 'id 2³¹ of a plan changed',
    caller: 'sonla',
    method: 'PUT',
    path: () => `/api/targets/${TOO_BIG}`,
    body: PLAN,
    field: 'id',
  },
  {
    what: 'id 2³¹ of a plan deleted',
    caller: 'sonla',
    method: 'DELETE',
    path: () => `/api/targets/${TOO_BIG}`,
    field: 'id',
  },
  {
    what: 'the period form of January 1990',
    caller: 'sonla',
    method: 'GET',
    path: () => '/api/period-forms/v34-14/1990-01',
    field: 'period',
  },
  {
    what: 'the period form of 1990',
    caller: 'sonla',
    method: 'GET',
    path: () => '/api/period-forms/v34-14/1990',
    field: 'period',
  },
  {
    what: 'saving the period form of 1990-Q1',
    caller: 'sonla',
    method: 'PUT',
    path: () => '/api/period-forms/v34-14/1990-Q1',
    body: { sourceRef: 'Báo cáo 1/BC', rows: [] },
    field: 'period',
  },
  {
    what: 'the submission of 1990-H1',
    caller: 'reviewer',
    method: 'GET',
    path: () => '/api/submissions/v34-14/1990-H1',
    field: 'period',
  },
  {
    what: 'the import template of January 1990',
    caller: 'sonla',
    method: 'GET',
    path: () => '/api/imports/template/v34-14/1990-01?format=csv',
    field: 'period',
  },
];

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('hostile values on %s', (_, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let s: Seeded;
  const cookies = {} as Record<Caller, string>;
  const ids = { submitted: 0, user: 0 };

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_hostile');
    s = await seededApp(
      isPostgres ? 'postgres' : 'sqlite',
      pgDatabase ? () => openPostgres((pgDatabase as PostgresDatabase).url) : undefined,
      { publicRead: false },
    );
    cookies.sonla = await login(s.app, 'demo.sonla', DEMO_PASSWORD);
    cookies.reviewer = await login(s.app, 'demo.reviewer', DEMO_PASSWORD);
    cookies.admin = await login(s.app, TEST_ADMIN.login, TEST_ADMIN.password);
    const created = await send(s.app, 'POST', '/api/revisions', {
      cookie: cookies.sonla,
      body: { ...REVISION, submit: true },
    });
    ids.submitted = created.body.revision.id;
    const me = await send(s.app, 'GET', '/api/auth/me', { cookie: cookies.sonla });
    ids.user = me.body.user.id;
  }, 120_000);

  afterAll(async () => {
    if (!pgDatabase) return;
    await s.db.destroy();
    await pgDatabase.drop();
  });

  it.skipIf(skip).each(CASES.map((c) => [c.what, c] as const))(
    '%s is a 400 naming the field',
    async (_, c) => {
      const sent = await send(s.app, c.method, c.path(ids), { cookie: cookies[c.caller], body: c.body });
      expect(sent.status, JSON.stringify(sent.body)).toBe(400);
      expect(namedParameters(sent.body).some((f) => f === c.field || f.endsWith(`.${c.field}`))).toBe(true);
    },
  );

  it.skipIf(skip)('an id of 2³¹−1 is well formed: not found', async () => {
    const sent = await send(s.app, 'PATCH', `/api/revisions/${2 ** 31 - 1}`, {
      cookie: cookies.sonla,
      body: { note: 'x' },
    });
    expect(sent.status).toBe(404);
  });

  it.skipIf(skip)('logged no server error', () => {
    expect(s.errors).toEqual([]);
  });
});
