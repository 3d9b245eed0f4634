/**
 * Imports as spreadsheets really are, on SQLite and PostgreSQL: the template has a qualifier
 * column that is read back (in either language, blank being exact, old files without it still
 * read); a cell holding 1 with a percent format is 100%, and a percent-formatted count is refused
 * saying why; a row of another period than the page's is a problem in the preview and the commit
 * writes nothing; the template says which of its reference plans are demo data, in XLSX and CSV.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/connection.ts';
import { XLSX_TYPE } from '../src/importing/read-table.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, send } from './helpers/requests.ts';
import { type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const SOURCE = 'Báo cáo 210/BC-SKHCN ngày 05/12/2026';

type Cell = string | number | null | { percent: number };

/** An XLSX of the given header and rows; `{ percent: x }` is the number x with the format '0%'. */
async function xlsx(header: string[], rows: Cell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Báo cáo');
  sheet.addRow(header);
  for (const cells of rows) {
    const row = sheet.addRow(cells.map((c) => (c !== null && typeof c === 'object' ? c.percent : c)));
    cells.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = '0%';
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const csvTable = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('imports as spreadsheets really are on %s', (_, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let s: Seeded;
  let staff = '';
  const upload = (path: string, content: Uint8Array | string, type = XLSX_TYPE) =>
    send(s.app, 'POST', path, { cookie: staff, file: { type, content: content as string } });

  /** Every revision of Sơn La, as it stands: what an import may have written. */
  const revisions = () =>
    s.db
      .selectFrom('revision')
      .select(['id', 'period', 'indicator_key', 'value', 'qualifier', 'status', 'version'])
      .where('unit_id', '=', 'v34-14')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_import_sheets');
    s = await seededApp(
      isPostgres ? 'postgres' : 'sqlite',
      pgDatabase ? () => openPostgres((pgDatabase as PostgresDatabase).url) : undefined,
    );
    staff = await login(s.app, 'demo.sonla', DEMO_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    if (!pgDatabase) return;
    await s.db.destroy();
    await pgDatabase.drop();
  });

  it.skipIf(skip)('offers a qualifier column, and reads it back in either language', async () => {
    const csv = await send(s.app, 'GET', '/api/imports/template/v34-14/2026-11?format=csv', {
      cookie: staff,
    });
    const header = csvTable(String(csv.body))[0] ?? [];
    const qualifier = header.find((h) => h.startsWith('Độ chính xác'));
    expect(qualifier).toContain('Qualifier');
    expect(header.indexOf(qualifier ?? '')).toBe(header.indexOf('Giá trị') + 1);

    const file = await xlsx(
      ['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', qualifier ?? '', 'Nguồn'],
      [
        ['v34-14', '2026-11', 'villages_mobile_broadband', 90, 'trên', SOURCE],
        ['v34-14', '2026-11', 'bts_4g_added', 35, 'about', SOURCE],
        ['v34-14', '2026-11', 'telecom_revenue', 125.3, null, SOURCE],
      ],
    );
    const preview = await upload('/api/imports/preview?period=2026-11', file);
    expect(preview.body.issues).toEqual([]);
    expect(preview.body.rows.map((r: Json) => r.qualifier)).toEqual(['above', 'about', 'exact']);

    const commit = await upload('/api/imports/commit?period=2026-11', file);
    expect(commit.body).toMatchObject({ written: 3 });
    // The template now gives the figures back with their qualifier: sent again, it changes nothing.
    const again = await s.app.request('/api/imports/template/v34-14/2026-11?format=xlsx', {
      headers: { Cookie: staff },
    });
    const filled = new Uint8Array(await again.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(filled.buffer);
    const sheet = workbook.worksheets[0];
    const rowOf = (key: string) => sheet?.getRows(2, sheet.rowCount)?.find((r) => r.getCell(3).value === key);
    expect(rowOf('villages_mobile_broadband')?.getCell(header.indexOf(qualifier ?? '') + 1).value).toBe(
      'trên',
    );
    const before = await revisions();
    const resent = await upload('/api/imports/commit?period=2026-11', filled);
    expect(resent.body).toMatchObject({ written: 0 });
    expect(await revisions()).toEqual(before);
  });

  it.skipIf(skip)('refuses a word that is not a qualifier, naming it in both languages', async () => {
    const file = await xlsx(
      ['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Độ chính xác', 'Nguồn'],
      [['v34-14', '2026-10', 'bts_4g_added', 35, 'hình như', SOURCE]],
    );
    const preview = await upload('/api/imports/preview', file);
    expect(preview.body.issues.map((i: Json) => [i.line, i.column, i.code])).toEqual([
      [2, 'Độ chính xác', 'bad_qualifier'],
    ]);
    expect(preview.body.issues[0].message.en).toContain('exact, over, about, under');
  });

  it.skipIf(skip)('reads a cell holding 1 formatted as a percentage as 100%', async () => {
    const file = await xlsx(
      ['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Nguồn'],
      [
        ['v34-14', '2026-10', 'villages_mobile_broadband', { percent: 1 }, SOURCE],
        ['v34-14', '2026-10', 'communes_4g', { percent: 0.905 }, SOURCE],
      ],
    );
    const preview = await upload('/api/imports/preview', file);
    expect(preview.body.issues).toEqual([]);
    expect(preview.body.rows.map((r: Json) => r.value)).toEqual([100, 90.5]);
  });

  it.skipIf(skip)('refuses a percent-formatted cell for an indicator not in percent', async () => {
    const file = await xlsx(
      ['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Nguồn'],
      [['v34-14', '2026-10', 'bts_4g_added', { percent: 0.35 }, SOURCE]],
    );
    const preview = await upload('/api/imports/preview', file);
    expect(preview.body.rowCount).toBe(0);
    expect(preview.body.issues.map((i: Json) => [i.line, i.column, i.code])).toEqual([
      [2, 'Giá trị', 'percent_format'],
    ]);
    expect(preview.body.issues[0].message.vi).toContain('định dạng phần trăm');
    expect(preview.body.issues[0].message.en).toContain('formatted as a percentage');
  });

  it.skipIf(skip)('flags rows of another period than the page’s, and the commit writes none', async () => {
    const template = await send(s.app, 'GET', '/api/imports/template/v34-14/2026-09?format=csv', {
      cookie: staff,
    });
    const table = csvTable(String(template.body));
    const value = (table[0] ?? []).indexOf('Giá trị');
    const source = (table[0] ?? []).indexOf('Nguồn');
    const filled = table.map((r, i) =>
      i === 0 || r[2] !== 'bts_4g_added'
        ? r
        : r.map((c, j) => (j === value ? '35' : j === source ? SOURCE : c)),
    );
    const csv = Papa.unparse(filled);
    const preview = await upload('/api/imports/preview?period=2026-10', csv, 'text/csv');
    expect(preview.body.rowCount).toBe(0);
    expect(preview.body.issues.map((i: Json) => [i.column, i.code])).toEqual([['Kỳ', 'other_period']]);
    expect(preview.body.issues[0].message.vi).toContain('không phải kỳ đang nhập');
    const before = await revisions();
    const commit = await upload('/api/imports/commit?period=2026-10', csv, 'text/csv');
    expect(commit.status).toBe(400);
    expect(commit.body.issues.map((i: Json) => i.code)).toEqual(['other_period']);
    expect(await revisions()).toEqual(before);
    // The same file for its own period is taken.
    const own = await upload('/api/imports/preview?period=2026-09', csv, 'text/csv');
    expect(own.body).toMatchObject({ issueCount: 0, rowCount: 1 });
  });

  it.skipIf(skip)('marks demo plans in the template as demo, in XLSX and CSV', async () => {
    // Plans are yearly and quarterly: the demo data plans every quarter it has figures for.
    const form = await send(s.app, 'GET', '/api/period-forms/v34-14/2026-Q3', { cookie: staff });
    const demoPlans = new Set<string>(
      form.body.rows.filter((r: Json) => r.plan?.isDemo).map((r: Json) => r.indicator),
    );
    expect(demoPlans.size).toBeGreaterThan(0);
    const csv = csvTable(
      String(
        (await send(s.app, 'GET', '/api/imports/template/v34-14/2026-Q3?format=csv', { cookie: staff })).body,
      ),
    );
    const response = await s.app.request('/api/imports/template/v34-14/2026-Q3?format=xlsx', {
      headers: { Cookie: staff },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const xlsxRows = (sheet?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1).map((c) => (c === undefined || c === null ? '' : String(c))));
    for (const table of [csv, xlsxRows]) {
      const note = (table[0] ?? []).indexOf('Ghi chú tham khảo / Reference note');
      expect(note).toBeGreaterThan(0);
      for (const row of table.slice(1)) {
        const key = row[2] ?? '';
        if (demoPlans.has(key)) expect(row[note], key).toContain('Kế hoạch: dữ liệu minh hoạ (demo)');
        else expect(row[note] ?? '', key).not.toContain('Kế hoạch:');
      }
    }
  });
});
