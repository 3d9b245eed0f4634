/**
 * A large upload never freezes the server, on SQLite and PostgreSQL: `/api/health` asked while a
 * large XLSX is being previewed answers before the preview does (an ordering, not a timing); a file
 * over a limit is refused with a 413 saying which; an error answer lists the first 50 problems and
 * counts the rest instead of echoing the file back.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { clockStartingAt } from '../src/clock/clock.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { MAX_LISTED_ISSUES, MAX_ROWS } from '../src/importing/import-limits.ts';
import { XLSX_TYPE } from '../src/importing/read-table.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, send } from './helpers/requests.ts';
import { type App, SEED_NOW, TEST_ADMIN, TEST_NOW } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

/** An XLSX of the template's header and `rows` rows of one province's figures (all for one cell, so duplicates). */
async function largeXlsx(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Báo cáo');
  sheet.addRow(['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Nguồn']);
  for (let i = 0; i < rows; i++) sheet.addRow(['v34-14', '2026-11', 'bts_4g_added', i, 'Báo cáo thử']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('imports off the event loop on %s', (_engine, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let db: Db;
  let app: App;
  let staff = '';

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_import_off_loop');
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
    staff = await login(app, 'demo.sonla', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await db?.destroy();
    await pgDatabase?.drop();
  });

  const preview = (content: Uint8Array | string, type = XLSX_TYPE) =>
    send(app, 'POST', '/api/imports/preview', { cookie: staff, file: { type, content } });

  it.skipIf(skip)(
    'answers /api/health before a large XLSX preview that was asked first',
    async () => {
      const file = await largeXlsx(60_000);
      const order: string[] = [];
      const previewing = preview(file).then((answer) => {
        order.push('preview');
        return answer;
      });
      const health = Promise.resolve(app.request('/api/health')).then((answer) => {
        order.push('health');
        return answer;
      });
      const [previewed, healthy] = await Promise.all([previewing, health]);
      expect(healthy.status).toBe(200);
      expect(previewed.status).toBe(200);
      expect(order).toEqual(['health', 'preview']);
      // Every row after the first repeats its cell: counted, and only the first 50 listed.
      expect(previewed.body.issueCount).toBe(59_999);
      expect(previewed.body.issues).toHaveLength(MAX_LISTED_ISSUES);
    },
    60_000,
  );

  it.skipIf(skip)(
    'refuses with a 413 a CSV of more rows than the limit, in a short answer',
    async () => {
      const huge = `Mã tỉnh,Kỳ,Mã chỉ tiêu,Giá trị\n${'v34-14,2026-11,bts_4g_added,1\n'.repeat(MAX_ROWS + 1)}`;
      const refused = await preview(huge, 'text/csv');
      expect(refused.status).toBe(413);
      expect(refused.body.error.code).toBe('file_too_large');
      expect(refused.body.error.message.en).toContain('rows');
      expect(JSON.stringify(refused.body).length).toBeLessThan(2_000);
    },
    60_000,
  );
});
