/**
 * Bulk import and export, as staff and reviewers use them: the template of a province and period;
 * an XLSX with two bad rows refused with both listed and nothing written, then accepted once
 * fixed, as a submission for review; the same file again changes nothing; the figures it publishes
 * are the ones the period form gives; random files never get a server error nor change anything;
 * an export carries sources, status and the demo flag.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { XLSX_TYPE } from '../src/importing/read-table.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { fingerprint } from './helpers/db-fingerprint.ts';
import { login, send } from './helpers/requests.ts';
import { type App, type Json, SEED_NOW, TEST_ADMIN } from './helpers/seeded-app.ts';

const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
const NOW = () => new Date('2026-12-03T09:00:00.000Z');
const SOURCE = 'Báo cáo 210/BC-SKHCN ngày 05/12/2026';

async function world() {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
  const { login: adminLogin, password: adminPassword } = TEST_ADMIN;
  await seedAccounts(db, { withDemo: true, now: SEED_NOW, adminLogin, adminPassword, scrypt: CHEAP_SCRYPT });
  const app = createApp(db, { now: NOW });
  return {
    db,
    app,
    staff: await login(app, 'demo.sonla', DEMO_PASSWORD),
    reviewer: await login(app, 'demo.reviewer', DEMO_PASSWORD),
    viewer: await login(app, 'demo.viewer', DEMO_PASSWORD),
  };
}

/** Six figures of Sơn La's November 2026 as a spreadsheet would hold them (numbers and text). */
const SIX: (string | number)[][] = [
  ['v34-14', '2026-11', 'villages_mobile_broadband', '2.100/2.180'],
  ['v34-14', '2026-11', 'communes_4g', '72/75'],
  ['v34-14', '2026-11', 'bts_4g_added', 35],
  ['v34-14', '2026-11', 'fibre_km_added', '120,5'],
  ['v34-14', '2026-11', 'telecom_revenue', 125.3],
  ['v34-14', '2026-11', 'online_dossiers', '41.230/45.000'],
];

async function xlsx(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Báo cáo');
  sheet.addRow(['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Nguồn']);
  for (const row of rows) sheet.addRow([...row, SOURCE]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const upload = (app: App, cookie: string, path: string, content: Uint8Array | string, type = XLSX_TYPE) =>
  send(app, 'POST', path, { cookie, file: { type, content: content as string } });

describe('importing a period from a file', () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world();
  });

  it('offers a template with Vietnamese headers and a row per indicator due', async () => {
    const csv = await send(w.app, 'GET', '/api/imports/template/v34-14/2026-11?format=csv', {
      cookie: w.staff,
    });
    expect(csv.status).toBe(200);
    expect(csv.response.headers.get('content-disposition')).toContain('bieu-mau-v34-14-2026-11.csv');
    const table = Papa.parse<string[]>(String(csv.body).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(table[0]?.slice(0, 6)).toEqual([
      'Mã tỉnh',
      'Kỳ',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Giá trị',
    ]);
    expect(table.slice(1).map((r) => r[2])).toContain('telecom_revenue');
    expect(table.slice(1).map((r) => r[2])).not.toContain('dti_rank');
    const file = await w.app.request('/api/imports/template/v34-14/2026-11?format=xlsx', {
      headers: { Cookie: w.staff },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('Mã tỉnh');
    expect(workbook.worksheets[0]?.rowCount).toBe(table.length);
  });

  it('refuses an XLSX with two bad rows, listing both, and writes nothing', async () => {
    const bad = SIX.map((r) =>
      r[2] === 'communes_4g'
        ? [...r.slice(0, 3), '80/75']
        : r[2] === 'bts_4g_added'
          ? [...r.slice(0, 3), '35,5']
          : r,
    );
    const before = await fingerprint(w.db);
    const preview = await upload(w.app, w.staff, '/api/imports/preview', await xlsx(bad));
    expect(preview.status).toBe(200);
    expect(preview.body.rowCount).toBe(4);
    expect(preview.body.issues.map((i: Json) => [i.line, i.column, i.code])).toEqual([
      [3, 'Giá trị', 'numerator_exceeds_denominator'],
      [4, 'Giá trị', 'not_a_number'],
    ]);
    const commit = await upload(w.app, w.staff, '/api/imports/commit', await xlsx(bad));
    expect(commit.status).toBe(400);
    expect(commit.body.error.code).toBe('invalid_import');
    expect(commit.body.issues).toHaveLength(2);
    expect(await fingerprint(w.db)).toEqual(before);
  });

  it('accepts it fixed, as a submission for review; the same file again changes nothing', async () => {
    const file = await xlsx(SIX);
    const commit = await upload(w.app, w.staff, '/api/imports/commit?name=bao-cao-11.xlsx', file);
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({
      rowCount: 6,
      written: 6,
      unchanged: 0,
      submissions: [{ unitId: 'v34-14', period: '2026-11', rows: 6 }],
    });
    const submission = await send(w.app, 'GET', '/api/submissions/v34-14/2026-11', { cookie: w.reviewer });
    const sent = submission.body.rows.filter((r: Json) => r.revision?.status === 'submitted');
    expect(sent).toHaveLength(6);
    expect(sent.every((r: Json) => r.revision.origin === 'import')).toBe(true);

    const before = await fingerprint(w.db);
    const again = await upload(w.app, w.staff, '/api/imports/commit', file);
    expect(again.body).toMatchObject({ written: 0, unchanged: 6 });
    expect(await fingerprint(w.db)).toEqual(before);
  });

  it('publishes the same figures as the period form does', async () => {
    const decisions = (
      await send(w.app, 'GET', '/api/submissions/v34-14/2026-11', { cookie: w.reviewer })
    ).body.rows
      .filter((r: Json) => r.revision?.status === 'submitted')
      .map((r: Json) => ({ revisionId: r.revision.id, decision: 'approve', version: r.revision.version }));
    expect(
      (
        await send(w.app, 'POST', '/api/submissions/v34-14/2026-11/review', {
          cookie: w.reviewer,
          body: { decisions },
        })
      ).status,
    ).toBe(200);

    const byForm = await world();
    const rows = [
      { indicatorKey: 'villages_mobile_broadband', numerator: 2_100, denominator: 2_180 },
      { indicatorKey: 'communes_4g', numerator: 72, denominator: 75 },
      { indicatorKey: 'bts_4g_added', value: 35 },
      { indicatorKey: 'fibre_km_added', value: 120.5 },
      { indicatorKey: 'telecom_revenue', value: 125.3 },
      { indicatorKey: 'online_dossiers', numerator: 41_230, denominator: 45_000 },
    ];
    const form = await send(byForm.app, 'PUT', '/api/period-forms/v34-14/2026-11', {
      cookie: byForm.staff,
      body: { sourceRef: SOURCE, rows, submit: true },
    });
    const formDecisions = form.body.form.rows
      .filter((r: Json) => r.revision?.status === 'submitted')
      .map((r: Json) => ({ revisionId: r.revision.id, decision: 'approve', version: r.revision.version }));
    await send(byForm.app, 'POST', '/api/submissions/v34-14/2026-11/review', {
      cookie: byForm.reviewer,
      body: { decisions: formDecisions },
    });
    const figures = async (app: App, cookie: string) =>
      (await send(app, 'GET', '/api/summary/v34-14?period=2026-11', { cookie })).body.items.map((i: Json) => [
        i.indicator,
        i.figure,
      ]);
    const imported = await figures(w.app, w.viewer);
    expect(imported.filter(([, f]: Json) => f.value !== null)).toHaveLength(6);
    expect(imported).toEqual(await figures(byForm.app, byForm.viewer));
  });

  it('never answers a random file with a server error, and a preview writes nothing', async () => {
    const before = await fingerprint(w.db);
    const cell = fc.oneof(
      fc.constantFrom('v34-14', '2026-11', 'bts_4g_added', '1.000', '12/63', '', 'trên 90%', '=1+1', '"'),
      fc.string({ maxLength: 20 }),
      fc.integer().map(String),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
        fc.boolean(),
        async (rows, withHeader) => {
          const table = withHeader ? [['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Nguồn'], ...rows] : rows;
          const csv = Papa.unparse(table);
          const answer = await upload(w.app, w.staff, '/api/imports/preview', csv, 'text/csv');
          expect([200, 400]).toContain(answer.status);
        },
      ),
      { numRuns: 150, seed: 20261203 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const answer = await upload(w.app, w.staff, '/api/imports/commit', bytes);
        expect(answer.status).toBe(400);
      }),
      { numRuns: 60, seed: 20261203 },
    );
    expect((await upload(w.app, w.staff, '/api/imports/commit', '{}', 'application/json')).status).toBe(415);
    expect(await fingerprint(w.db)).toEqual(before);
  });

  it('exports figures and plans with their source, status and demo flag', async () => {
    const answer = await send(
      w.app,
      'GET',
      '/api/exports/figures?format=csv&unit=v34-14&periodType=month&from=2026-11&to=2026-11',
      {
        cookie: w.viewer,
      },
    );
    expect(answer.status).toBe(200);
    const table = Papa.parse<string[]>(String(answer.body).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(table[0]).toEqual([
      'Mã tỉnh',
      'Tên tỉnh',
      'Kỳ',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Loại',
      'Giá trị',
      'Tử số',
      'Mẫu số',
      'Mức',
      'Nguồn',
      'Trạng thái',
      'Số liệu minh họa',
    ]);
    const revenue = table.find((r) => r[3] === 'telecom_revenue');
    expect(revenue).toEqual([
      'v34-14',
      'Sơn La',
      '2026-11',
      'telecom_revenue',
      expect.any(String),
      'Số liệu',
      '125.3',
      '',
      '',
      'chính xác',
      SOURCE,
      'đã duyệt',
      'không',
    ]);
  });
});
