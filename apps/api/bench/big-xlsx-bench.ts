/**
 * The file of the black-box probe (issue 19): an XLSX of 1,048,576 one-cell rows (a sheet as full
 * as Excel allows) sent to `POST /api/imports/preview` and `/commit` over HTTP. The server is the
 * real one, a child process (server-child.ts) on a fresh embedded database, so that what is
 * measured is the server's alone: its peak memory (VmHWM of the process, the import worker thread
 * included) and the latency of `/api/health` polled every 10 ms from this process while the file is
 * read. Targets: health max ≤ 50 ms, memory ≤ 500 MB. Printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKER_HEAP_MB } from '../src/importing/import-limits.ts';
import { XLSX_TYPE } from '../src/importing/read-table.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { handMadeXlsx } from '../test/helpers/hand-made-xlsx.ts';
import { ms, p50, p99, printTable, signIn } from './bench-utils.ts';
import { memoryOf, mibOf, startServer } from './server-child.ts';

const ROWS = 1_048_576;

function millionRowXlsx(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return handMadeXlsx(`<dimension ref="A1:A${ROWS}"/><sheetData>${rows.join('')}</sheetData>`);
}

/** `run` timed, with the server's peak RSS and /api/health polled every 10 ms while it runs. */
async function watched<T>(base: string, run: () => Promise<T>) {
  const health: number[] = [];
  let running = true;
  const started = performance.now();
  const polling = (async () => {
    while (running) {
      const t = performance.now();
      const answer = await fetch(`${base}/api/health`);
      await answer.arrayBuffer();
      health.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const result = await run();
  const elapsed = performance.now() - started;
  running = false;
  await polling;
  return { result, elapsed, health };
}

export async function benchBigXlsx(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cds-big-xlsx-'));
  const server = await startServer({
    engine: 'SQLite',
    dialect: 'sqlite',
    path: join(dir, 'big-xlsx.sqlite'),
  });
  try {
    const cookie = await signIn(server.base, 'demo.admin', DEMO_PASSWORD);
    let started = performance.now();
    const file = millionRowXlsx();
    const before = memoryOf(server.pid);
    console.log(
      `\n${ROWS.toLocaleString('en')} one-cell rows: ${(file.length / 2 ** 20).toFixed(1)} MiB of XLSX, built in ${ms(performance.now() - started)} ms; the server at ${mibOf(before?.rss)} before (peak so far ${mibOf(before?.peak)}).`,
    );
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
      const memory = memoryOf(server.pid);
      lines.push([
        `POST /api/imports/${step}: ${m.result.status} ${m.result.code ?? ''} (${m.result.bytes} bytes)`,
        ms(m.elapsed),
        mibOf(memory?.peak),
        String(m.health.length),
        ms(p50(m.health)),
        ms(p99(m.health)),
        ms(Math.max(...m.health)),
      ]);
    }
    printTable(['step', 'ms', 'server peak RSS', 'health asks', 'p50 ms', 'p99 ms', 'max ms'], lines);
    console.log(
      `\nTargets: /api/health max ≤ 50 ms, server memory ≤ 500 MB (the worker's heap is capped at ${WORKER_HEAP_MB} MB).`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBigXlsx();
