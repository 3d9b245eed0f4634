/**
 * Reading a ~20-page report for figures (issue 20): the four seed reports and the test reports
 * repeated to some 60,000 characters, read by core's `extractFigures` with the API's context (100
 * runs after 10 to warm up), and the same text sent to `POST /api/extractions` over HTTP, one
 * request at a time. Target: under 100 ms. Printed, never asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extractFigures } from '@cds/core';
import { readCatalog } from '../src/catalog/catalog.ts';
import { systemClock } from '../src/clock/clock.ts';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { extractionContext } from '../src/extraction/extraction-context.ts';
import { DATA_DIR } from '../src/seed/csv.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { ms, p50, p95, printTable, serveInProcess, signIn } from './bench-utils.ts';

const TEST_REPORTS = new URL('../../../packages/core/test-reports/', import.meta.url).pathname;

function longReport(): string {
  const texts = [
    ...readdirSync(`${DATA_DIR}seeds`).map((f) => readFileSync(`${DATA_DIR}seeds/${f}`, 'utf8')),
    ...readdirSync(TEST_REPORTS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${TEST_REPORTS}${f}`, 'utf8')),
  ];
  let text = '';
  for (let i = 0; text.length < 60_000; i++) text += `${texts[i % texts.length]}\n\n`;
  return text;
}

export async function benchExtraction(): Promise<void> {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  const now = systemClock().toISOString();
  await seedIfEmpty(db, { withDemo: false, now });
  await seedAccounts(db, { withDemo: true, now, adminLogin: 'admin', adminPassword: 'bench-admin-password' });
  const context = extractionContext(await readCatalog(db));
  const text = longReport();
  const direct: number[] = [];
  let proposals = 0;
  for (let i = 0; i < 110; i++) {
    const started = performance.now();
    proposals = extractFigures(text, context).proposals.length;
    if (i >= 10) direct.push(performance.now() - started);
  }
  const server = await serveInProcess(db, 'sqlite');
  const cookie = await signIn(server.base, 'demo.sonla', DEMO_PASSWORD);
  const http: number[] = [];
  const body = JSON.stringify({ text, unitId: 'v34-14' });
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    const answer = await fetch(`${server.base}/api/extractions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'cds', cookie },
      body,
    });
    await answer.arrayBuffer();
    if (i >= 10) http.push(performance.now() - started);
  }
  await server.close();
  await db.destroy();
  console.log(
    `\nA report of ${text.length.toLocaleString('en')} characters (~20 pages): ${proposals} proposals.`,
  );
  printTable(
    ['read', 'p50 ms', 'p95 ms', 'max ms'],
    [
      ['extractFigures (core)', ms(p50(direct)), ms(p95(direct)), ms(Math.max(...direct))],
      ['POST /api/extractions (HTTP)', ms(p50(http)), ms(p95(http)), ms(Math.max(...http))],
    ],
  );
  console.log('\nTarget: under 100 ms.');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExtraction();
