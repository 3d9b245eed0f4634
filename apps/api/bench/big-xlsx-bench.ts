/**
 * The file of the black-box probe (issue 19): an XLSX of 1,048,576 one-cell rows (a sheet as full
 * as Excel allows) sent to `POST /api/imports/preview` and `/commit` over HTTP, on an embedded
 * database with the reference data. Printed for each: the answer and its time, the process's peak
 * memory (the import worker is a thread of it; its heap is capped at WORKER_HEAP_MB), and the
 * latency of `/api/health` polled every 10 ms meanwhile. The RSS includes this bench's own copy of the
 * file and of the XML it was built from, hence also the growth over the RSS before the requests. Targets: health max ≤ 50 ms, memory
 * ≤ 500 MB. Printed, never asserted.
 */
import { systemClock } from '../src/clock/clock.ts';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { WORKER_HEAP_MB } from '../src/importing/import-limits.ts';
import { XLSX_TYPE } from '../src/importing/read-table.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { handMadeXlsx } from '../test/helpers/hand-made-xlsx.ts';
import { mib, ms, p50, p99, printTable, serveInProcess, signIn } from './bench-utils.ts';

const ROWS = 1_048_576;

function millionRowXlsx(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return handMadeXlsx(`<dimension ref="A1:A${ROWS}"/><sheetData>${rows.join('')}</sheetData>`);
}

/** `run` timed, with the peak RSS and /api/health polled every 10 ms while it runs. */
async function watched<T>(base: string, run: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const health: number[] = [];
  let running = true;
  const polling = (async () => {
    while (running) {
      const t = performance.now();
      const answer = await fetch(`${base}/api/health`);
      await answer.arrayBuffer();
      health.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const started = performance.now();
  const result = await run();
  const elapsed = performance.now() - started;
  running = false;
  await polling;
  clearInterval(sampler);
  return { result, elapsed, peak: Math.max(peak, process.memoryUsage().rss), health };
}

export async function benchBigXlsx(): Promise<void> {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  const now = systemClock().toISOString();
  await seedIfEmpty(db, { withDemo: false, now });
  await seedAccounts(db, { withDemo: true, now, adminLogin: 'admin', adminPassword: 'bench-admin-password' });
  const server = await serveInProcess(db, 'sqlite');
  const cookie = await signIn(server.base, 'demo.admin', DEMO_PASSWORD);
  let started = performance.now();
  const file = millionRowXlsx();
  console.log(
    `\n${ROWS.toLocaleString('en')} one-cell rows: ${(file.length / 2 ** 20).toFixed(1)} MiB of XLSX, built in ${ms(performance.now() - started)} ms; process at ${mib(process.memoryUsage().rss)} before.`,
  );
  const before = process.memoryUsage().rss;
  const lines: string[][] = [];
  for (const step of ['preview', 'commit'] as const) {
    started = performance.now();
    const m = await watched(server.base, async () => {
      const answer = await fetch(`${server.base}/api/imports/${step}`, {
        method: 'POST',
        headers: { 'content-type': XLSX_TYPE, 'x-requested-with': 'cds', cookie },
        body: file,
      });
      const text = await answer.text();
      return {
        status: answer.status,
        bytes: text.length,
        code: (JSON.parse(text) as { error?: { code?: string } }).error?.code,
      };
    });
    lines.push([
      `POST /api/imports/${step}: ${m.result.status} ${m.result.code ?? ''} (${m.result.bytes} bytes)`,
      ms(m.elapsed),
      mib(m.peak),
      mib(m.peak - before),
      String(m.health.length),
      ms(p50(m.health)),
      ms(p99(m.health)),
      ms(Math.max(...m.health)),
    ]);
  }
  printTable(['step', 'ms', 'peak RSS', 'growth', 'health asks', 'p50 ms', 'p99 ms', 'max ms'], lines);
  console.log(
    `\nTargets: /api/health max ≤ 50 ms, memory ≤ 500 MB (the worker's heap is capped at ${WORKER_HEAP_MB} MB).`,
  );
  await server.close();
  await db.destroy();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBigXlsx();
