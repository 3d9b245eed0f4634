/**
 * What an import writes is what the file says, on SQLite and PostgreSQL: a CSV whose lines end
 * in CRLF, LF, CR or a mix of them gives every row (none swallowed into the line before), and a
 * figure someone else has sent for review is refused with a 409, as the period form refuses it,
 * never overwritten.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { clockStartingAt } from '../src/clock/clock.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, send } from './helpers/requests.ts';
import { type App, SEED_NOW, TEST_ADMIN, TEST_NOW } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
const HEADER = 'Mã tỉnh,Kỳ,Mã chỉ tiêu,Giá trị,Nguồn';
const SOURCE = 'Báo cáo 210/BC-SKHCN ngày 05/12/2026';

/** Four rows of Sơn La's November 2026 (the period of the template's example). */
const FOUR = [
  `v34-14,2026-11,bts_4g_added,35,${SOURCE}`,
  `v34-14,2026-11,fibre_km_added,"120,5",${SOURCE}`,
  `v34-14,2026-11,telecom_revenue,"125,3",${SOURCE}`,
  `v34-14,2026-11,portal_visits,15000,${SOURCE}`,
];

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('import integrity on %s', (_engine, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let db: Db;
  let app: App;
  const cookies = { staff: '', admin: '' };

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_import_integrity');
    db = pgDatabase ? openPostgres(pgDatabase.url) : openSqlite(':memory:');
    await migrateToLatest(db);
    await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
    const { login: adminLogin, password: adminPassword } = TEST_ADMIN;
    await seedAccounts(db, {
      withDemo: true,
      now: SEED_NOW,
      adminLogin,
      adminPassword,
      scrypt: CHEAP_SCRYPT,
    });
    app = createApp(db, {
      dialect: isPostgres ? 'postgres' : 'sqlite',
      now: clockStartingAt(new Date(TEST_NOW)),
    });
    cookies.staff = await login(app, 'demo.sonla', DEMO_PASSWORD);
    cookies.admin = await login(app, 'demo.admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await db?.destroy();
    await pgDatabase?.drop();
  });

  const csv = (who: keyof typeof cookies, path: string, content: string) =>
    send(app, 'POST', `/api/imports/${path}`, { cookie: cookies[who], file: { type: 'text/csv', content } });

  const submitted = (indicatorKey: string) =>
    db
      .selectFrom('revision')
      .select(['value', 'status'])
      .where('unit_id', '=', 'v34-14')
      .where('period', '=', '2026-11')
      .where('indicator_key', '=', indicatorKey)
      .where('status', '=', 'submitted')
      .execute();

  it.skipIf(skip)('reads every row whatever ends its lines: CRLF, LF, CR and a mix', async () => {
    // The template's header ends in CRLF; a spreadsheet or an editor may end the rows otherwise.
    const mixed = `${HEADER}\r\n${FOUR[0]}\n${FOUR[1]}\r${FOUR[2]}\r\n${FOUR[3]}\n`;
    for (const content of [mixed, `${[HEADER, ...FOUR].join('\r')}\r`, `${[HEADER, ...FOUR].join('\n')}`]) {
      const preview = await csv('staff', 'preview', content);
      expect(preview.status).toBe(200);
      expect(preview.body.issueCount).toBe(0);
      expect(preview.body.rows.map((r: { indicatorKey: string }) => r.indicatorKey)).toEqual([
        'bts_4g_added',
        'fibre_km_added',
        'telecom_revenue',
        'portal_visits',
      ]);
      expect(preview.body.rows.map((r: { sourceRef: string }) => r.sourceRef)).toEqual(Array(4).fill(SOURCE));
    }
    const commit = await csv('staff', 'commit', mixed);
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    expect(commit.body.written).toBe(4);
    expect(await submitted('portal_visits')).toEqual([{ value: 15000, status: 'submitted' }]);
  });

  it.skipIf(skip)('refuses a row swallowed by a stray quote rather than losing it', async () => {
    // An unclosed quote would take every following line into one cell: an error, not 1 row of 3.
    const content = `${HEADER}\n${FOUR[0]}\nv34-14,2026-11,communes_4g,"72/75,${SOURCE}\n${FOUR[3]}\n`;
    const preview = await csv('staff', 'preview', content);
    expect(preview.status).toBe(400);
    expect(preview.body.error.code).toBe('unreadable_file');
  });

  it.skipIf(skip)(
    'refuses, with a 409 naming the line, to overwrite a figure someone else sent for review',
    async () => {
      // Sơn La's staff sent four figures above; an admin's file with another portal_visits comes later.
      const other = `${HEADER}\n${FOUR[0]}\nv34-14,2026-11,portal_visits,99999,Báo cáo khác của quản trị\n`;
      const commit = await csv('admin', 'commit', other);
      expect(commit.status, JSON.stringify(commit.body)).toBe(409);
      expect(commit.body.error.code).toBe('conflict');
      expect(commit.body.issues).toEqual([expect.objectContaining({ line: 3, code: 'submitted' })]);
      expect(await submitted('portal_visits')).toEqual([{ value: 15000, status: 'submitted' }]);
      // The same figures as sent change nothing and are accepted.
      const same = await csv('admin', 'commit', `${HEADER}\n${FOUR[0]}\n${FOUR[3]}\n`);
      expect(same.status).toBe(200);
      expect(same.body).toMatchObject({ written: 0, unchanged: 2 });
    },
  );
});
