/**
 * The file of the black-box probe (issue 19): an XLSX of 1,048,576 one-cell rows (a sheet as full
 * as Excel allows) sent to `POST /api/imports/preview` and `/commit` over HTTP. The server is the
 * real one, a child process (server-child.ts) on a fresh embedded database, so that what is
 * measured is the server's alone: its peak memory (VmHWM of the process, the import worker thread
 * included) and the latency of `/api/health` polled every 10 ms while the file is
 * read, from a prober process of its own (health-prober.mjs: this process is busy sending the file, and
 * its own event loop would add its delays to the server's). Targets: health max ≤ 50 ms, memory ≤ 500 MB. Printed, never asserted.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKER_HEAP_MB } from '../src/importing/import-limits.ts';
import { XLSX_TYPE } from '../src/importing/read-table.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { handMadeXlsx } from '../test/helpers/hand-made-xlsx.ts';
import { ms, p50, p99, printTable, signIn } from './bench-utils.ts';
import { type ChildServer, memoryOf, mibOf, resetPeakMemory, startServer } from './server-child.ts';

const ROWS = 1_048_576;
const PROBER = new URL('./health-prober.mjs', import.meta.url);
const MONITOR = new URL('./event-loop-monitor.cjs', import.meta.url);

/** The server's largest event-loop delay since it was last asked (event-loop-monitor.cjs). */
async function serverLoopDelay(server: ChildServer): Promise<number> {
  const seen = server.stderr.join('').split('event-loop-delay-max-ms=').length;
  process.kill(server.pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    const parts = server.stderr.join('').split('event-loop-delay-max-ms=');
    if (parts.length > seen) return Number.parseFloat(parts.at(-1) ?? '');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Number.NaN;
}

function millionRowXlsx(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return handMadeXlsx(`<dimension ref="A1:A${ROWS}"/><sheetData>${rows.join('')}</sheetData>`);
}

/** `run` timed, with the server's peak RSS and /api/health polled every 10 ms by a prober process. */
async function watched<T>(base: string, run: () => Promise<T>) {
  const prober = fork(PROBER, [base], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const answered = new Promise<{ latencies: number[]; ownDelayMaxMs: number }>((resolve, reject) => {
    prober.on('message', (message) => {
      if (typeof message === 'object') resolve(message as { latencies: number[]; ownDelayMaxMs: number });
    });
    prober.once('exit', (code) => reject(new Error(`the health prober exited (${code})`)));
  });
  await new Promise<void>((resolve) => prober.once('message', () => resolve()));
  const started = performance.now();
  const result = await run();
  const elapsed = performance.now() - started;
  prober.send('stop');
  const { latencies, ownDelayMaxMs } = await answered;
  return { result, elapsed, health: latencies, ownDelayMaxMs };
}

export async function benchBigXlsx(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cds-big-xlsx-'));
  const server = await startServer(
    { engine: 'SQLite', dialect: 'sqlite', path: join(dir, 'big-xlsx.sqlite') },
    60_000,
    [fileURLToPath(MONITOR)],
  );
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
      const peakReset = resetPeakMemory(server.pid);
      await serverLoopDelay(server);
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
      const loopDelay = await serverLoopDelay(server);
      lines.push([
        `POST /api/imports/${step}: ${m.result.status} ${m.result.code ?? ''} (${m.result.bytes} bytes)`,
        ms(m.elapsed),
        `${mibOf(memory?.peak)}${peakReset ? '' : ' (since start)'}`,
        String(m.health.length),
        ms(p50(m.health)),
        ms(p99(m.health)),
        ms(Math.max(...m.health)),
        ms(loopDelay),
        ms(m.ownDelayMaxMs),
      ]);
    }
    printTable(
      [
        'step',
        'ms',
        'server peak RSS',
        'health asks',
        'p50 ms',
        'p99 ms',
        'max ms',
        'server loop max ms',
        'prober lag ms',
      ],
      lines,
    );
    console.log(
      `\nTargets: /api/health max ≤ 50 ms, server memory ≤ 500 MB (the worker's heap is capped at ${WORKER_HEAP_MB} MB). "Server loop max": the largest delay of the server's own event loop during the step; "prober lag": the prober's. What the max adds to both is the machine's (threads waiting for one of its cores).`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBigXlsx();
