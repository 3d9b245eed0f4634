/**
 * Import of 100,000 rows: a CSV of the template's columns (63 former provinces × 108 months of
 * 2016–2024 × 15 monthly indicators, the numbers written the Vietnamese way) sent to
 * `POST /api/imports/commit` through the app, on a fresh embedded database with the reference
 * data: read (papaparse), validated (core `readImportTable`, the form's number parser), committed
 * all or none as submissions for review. Beside it, the physical limit: a raw better-sqlite3
 * loop inserting the same 100,000 rows into the same revision table (its indexes included) in one
 * transaction with one prepared statement. Printed, never asserted.
 */

import { formatNumber, type ImportCell, readImportTable, vietnamDate } from '@cds/core';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import Papa from 'papaparse';
import { createApp } from '../src/app.ts';
import { readCatalog } from '../src/catalog/catalog.ts';
import { systemClock } from '../src/clock/clock.ts';
import { openSqliteCopy } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { printTable } from './bench-utils.ts';

const ROWS = 100_000;
const INDICATORS: readonly [string, (i: number) => string][] = [
  ['villages_mobile_broadband', (i) => `${formatNumber(200 + (i % 16), 'vi')}/216`],
  ['communes_fibre', (i) => `${formatNumber(180 + (i % 20), 'vi')}/200`],
  ['communes_4g', (i) => `${formatNumber(190 + (i % 10), 'vi')}/200`],
  ['households_fibre', (i) => formatNumber(60 + (i % 400) / 10, 'vi')],
  ['bts_4g_added', (i) => formatNumber(i % 90, 'vi')],
  ['fibre_km_added', (i) => formatNumber((i % 500) / 4, 'vi')],
  ['fibre_routes_added', (i) => formatNumber(i % 30, 'vi')],
  ['switching_points_added', (i) => formatNumber(i % 12, 'vi')],
  ['online_dossiers', (i) => `${formatNumber(4_000 + (i % 900), 'vi')}/${formatNumber(5_000, 'vi')}`],
  ['e_documents', (i) => formatNumber(70 + (i % 300) / 10, 'vi')],
  ['portal_visits', (i) => formatNumber(100_000 + i * 7, 'vi')],
  ['telecom_revenue', (i) => formatNumber(100 + (i % 700) / 7, 'vi')],
  ['policy_documents_issued', (i) => formatNumber(i % 9, 'vi')],
  ['inspections_conducted', (i) => formatNumber(i % 5, 'vi')],
  ['citizen_petitions_resolved', (i) => formatNumber(i % 40, 'vi')],
];

function months(): string[] {
  const out: string[] = [];
  for (let year = 2016; year <= 2024; year++)
    for (let m = 1; m <= 12; m++) out.push(`${year}-${String(m).padStart(2, '0')}`);
  return out;
}

export async function benchImport(): Promise<void> {
  // One database with the reference data, in two copies: the app's, and the raw driver's for the
  // physical limit (the same tables, indexes and foreign keys).
  const raw = new SQLite(':memory:');
  raw.pragma('foreign_keys = ON');
  const rawDb = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await migrateToLatest(rawDb);
  await seedIfEmpty(rawDb, { withDemo: false, now: systemClock().toISOString() });
  const db = openSqliteCopy(raw.serialize());
  await seedAccounts(db, {
    withDemo: true,
    now: systemClock().toISOString(),
    adminLogin: 'admin',
    adminPassword: 'bench-admin-password',
  });
  const catalog = await readCatalog(db);
  const units = catalog.units.filter((u) => u.vintage === 63).map((u) => u.id);
  const table: string[][] = [['Mã tỉnh', 'Kỳ', 'Mã chỉ tiêu', 'Giá trị', 'Nguồn']];
  let i = 0;
  outer: for (const unit of units)
    for (const month of months())
      for (const [key, value] of INDICATORS) {
        if (i >= ROWS) break outer;
        table.push([unit, month, key, value(i), 'Báo cáo tháng của Sở KH&CN (bench)']);
        i++;
      }
  const csv = Papa.unparse(table);
  console.log(
    `\n${ROWS.toLocaleString('en')} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MiB of CSV, ${units.length} provinces × ${months().length} months × ${INDICATORS.length} indicators.`,
  );

  // The parts apart (in this process, no HTTP): reading and validating.
  let started = performance.now();
  const parsed = Papa.parse<ImportCell[]>(csv, { skipEmptyLines: 'greedy' }).data;
  const readMs = performance.now() - started;
  started = performance.now();
  const checked = readImportTable(parsed, {
    indicators: new Map(catalog.indicators.map((x) => [x.key, x])),
    units: new Map(catalog.units.map((u) => [u.id, u])),
    locale: 'vi',
    today: vietnamDate(systemClock()),
  });
  const validateMs = performance.now() - started;
  if (checked.issues.length > 0)
    throw new Error(`the bench file has problems: ${JSON.stringify(checked.issues.slice(0, 3))}`);

  // End to end: the request as the dashboard sends it, as an admin (who reports for every province).
  const app = createApp(db);
  const signedIn = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cds' },
    body: JSON.stringify({ login: 'demo.admin', password: DEMO_PASSWORD }),
  });
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const post = async () => {
    const t = performance.now();
    const response = await app.request('/api/imports/commit', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', 'X-Requested-With': 'cds', Cookie: cookie },
      body: csv,
    });
    const body = (await response.json()) as { written?: number; unchanged?: number; error?: unknown };
    if (response.status !== 200)
      throw new Error(`import refused: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - t, body };
  };
  const first = await post();
  const again = await post();
  const stored = Number(
    (
      await db
        .selectFrom('revision')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

  // The physical limit: the same rows into the same table, one prepared INSERT each, in one
  // transaction, with the raw driver.
  raw
    .prepare(
      `insert into app_user (id, login, display_name, password_hash, is_active, is_demo, created_at, updated_at, password_changed_at)
       values (1, 'bench', 'Bench', 'x', 1, 0, '', '', '')`,
    )
    .run();
  const insert = raw.prepare(
    `insert into revision (unit_id, indicator_key, period, value, numerator, denominator, qualifier, source_ref,
      status, origin, created_by, created_at, updated_by, updated_at, submitted_at)
     values (?, ?, ?, ?, ?, ?, 'exact', ?, 'submitted', 'import', 1, ?, 1, ?, ?)`,
  );
  const now = systemClock().toISOString();
  started = performance.now();
  raw.transaction(() => {
    for (const r of checked.rows)
      insert.run(
        r.unitId,
        r.indicatorKey,
        r.period,
        r.value,
        r.numerator,
        r.denominator,
        r.sourceRef,
        now,
        now,
        now,
      );
  })();
  const rawMs = performance.now() - started;
  raw.close();
  await db.destroy();

  const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en');
  printTable(
    ['step', 'ms', 'rows/s', '÷ raw insert'],
    [
      ['read the CSV (papaparse)', readMs.toFixed(0), rate(readMs), ''],
      ['validate every row (core readImportTable)', validateMs.toFixed(0), rate(validateMs), ''],
      [
        `POST /api/imports/commit: read, validate, commit (${first.body.written} written)`,
        first.ms.toFixed(0),
        rate(first.ms),
        `${(first.ms / rawMs).toFixed(1)}×`,
      ],
      [
        `the same file again (${again.body.unchanged} unchanged, ${again.body.written} written)`,
        again.ms.toFixed(0),
        rate(again.ms),
        `${(again.ms / rawMs).toFixed(1)}×`,
      ],
      [
        'raw better-sqlite3 insert loop into the same table, one transaction',
        rawMs.toFixed(0),
        rate(rawMs),
        '1×',
      ],
    ],
    1,
  );
  console.log(
    `\nRevisions stored afterwards: ${stored.toLocaleString('en')} (target ≥ 50,000 rows/s end to end).`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
