/**
 * A large upload never freezes the server, on SQLite and PostgreSQL: `/api/health` asked while a
 * large XLSX or CSV is being previewed answers before the preview does (an ordering, not a timing);
 * a file over a limit (rows, a declared range, shared strings) is refused with a 413 saying which;
 * an error answer lists the first 50 problems and counts the rest instead of echoing the file back.
 * The ordering is asked over real HTTP: in-process requests interleave even with a busy server.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { clockStartingAt } from '../src/clock/clock.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { MAX_LISTED_ISSUES, MAX_ROWS, MAX_SHARED_STRINGS } from '../src/importing/import-limits.ts';
import { XLSX_TYPE } from '../src/importing/read-table.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { handMadeXlsx } from './helpers/hand-made-xlsx.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, send, WRITE_HEADERS } from './helpers/requests.ts';
import { type App, type Json, SEED_NOW, TEST_ADMIN, TEST_NOW } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

/** An XLSX of the template's header and `rows` rows of one province's figures (all for one cell, so duplicates). */
async function largeXlsx(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Báo cáo');
  sheet.addRow(['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Nguồn']);
  // Values under the indicator's plausible maximum: the only problem of each row is the duplicate.
  for (let i = 0; i < rows; i++) sheet.addRow(['v34-14', '2026-11', 'bts_4g_added', i % 100, 'Báo cáo thử']);
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

  /**
   * Previews `file` over real HTTP, as a browser asks, and asks /api/health once the whole file is
   * sent and the server has had a moment to start on it: which of the two answers first. A server
   * reading the file on its event loop reads no other request until it is done.
   */
  async function healthDuringPreview(file: Uint8Array, type: string) {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const order: string[] = [];
    let uploaded: () => void = () => {};
    const isUploaded = new Promise<void>((resolve) => {
      uploaded = resolve;
    });
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(file);
        controller.close();
        uploaded();
      },
    });
    const previewing = fetch(`${base}/api/imports/preview`, {
      method: 'POST',
      headers: { ...WRITE_HEADERS, 'Content-Type': type, Cookie: staff },
      body,
      duplex: 'half',
    } as RequestInit).then(async (answer) => {
      order.push('preview');
      return { status: answer.status, body: (await answer.json()) as Json };
    });
    await isUploaded;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const health = fetch(`${base}/api/health`).then((answer) => {
      order.push('health');
      return answer.status;
    });
    const [previewed, healthStatus] = await Promise.all([previewing, health]);
    await new Promise((resolve) => server.close(resolve));
    return { order, previewed, healthStatus };
  }

  it.skipIf(skip)(
    'answers /api/health before a large XLSX or CSV preview that was asked first',
    async () => {
      const rows = 60_000;
      const csv = `Mã tỉnh,Kỳ,Mã chỉ tiêu,Giá trị,Nguồn\n${'v34-14,2026-11,bts_4g_added,1,Báo cáo thử\n'.repeat(rows)}`;
      for (const [file, type] of [
        [await largeXlsx(rows), XLSX_TYPE],
        [new TextEncoder().encode(csv), 'text/csv'],
      ] as const) {
        const { order, previewed, healthStatus } = await healthDuringPreview(file, type);
        expect(healthStatus).toBe(200);
        expect(previewed.status).toBe(200);
        expect(order, type).toEqual(['health', 'preview']);
        // Every row after the first repeats its cell: counted, and only the first 50 listed.
        expect(previewed.body.issueCount).toBe(rows - 1);
        expect(previewed.body.issues).toHaveLength(MAX_LISTED_ISSUES);
      }
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

  it.skipIf(skip)(
    'refuses with a 413 a sheet declaring A1:XFD1048576 and a shared-strings bomb, saying which',
    async () => {
      const declared = handMadeXlsx(
        '<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
      );
      const refused = await preview(declared);
      expect(refused.status).toBe(413);
      expect(refused.body.error.message.en).toContain('A1:XFD1048576');
      // 600,000 one-letter texts: some 30 KB zipped.
      const bomb = handMadeXlsx(
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>',
        Array(MAX_SHARED_STRINGS + 100_000).fill('x'),
      );
      expect(bomb.length).toBeLessThan(100_000);
      const bombed = await preview(bomb);
      expect(bombed.status).toBe(413);
      expect(bombed.body.error.message.vi).toContain('chuỗi văn bản');
    },
    60_000,
  );
});
