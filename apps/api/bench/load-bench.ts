/**
 * Load with autocannon (programmatic API) against the real server run as a child process,
 * `node --import tsx src/server.ts` (what `tsx src/server.ts` runs) with DATABASE_PATH or
 * DATABASE_URL naming a throw-away copy of the bench database (bench-writes-db.ts),
 * PUBLIC_READ=on, on 127.0.0.1, so the load generator does not share the server's event loop.
 * Per engine, LOAD_SECONDS each (bounded by a timeout):
 *   (a) the landing summary (`/api/meta`'s `featured`) with 10 connections, anonymous, gzip
 *       accepted as a browser does: req/s, latency p50/p99, errors and non-2xx; meanwhile this
 *       process sends `GET /api/health` every 100 ms (fixed schedule, not waiting for answers) and
 *       prints its p50/p99/max, i.e. how long the server keeps a trivial request waiting;
 *   (b) a mix of ~90% reads (summaries, rankings, series, meta, the review list) and ~10% writes
 *       (staff creating and submitting revisions, `POST /api/revisions`), every request signed in
 *       as one of the demo accounts, 10 connections; then, with the server stopped, every
 *       acknowledged write (201) is looked up in the database and the count printed.
 * The server's RSS is read from /proc (VmRSS idle and after, VmHWM = peak). Printed, never asserted.
 */
import autocannon from 'autocannon';
import { systemClock } from '../src/clock/clock.ts';
import { ms, p50, p99, printTable, seconds, signIn, writeHeaders } from './bench-utils.ts';
import {
  type Cell,
  type DbTarget,
  DEMO_PASSWORD,
  openTarget,
  READERS,
  revisionBody,
  STAFF,
  writableCells,
} from './bench-writes-db.ts';
import { type ChildServer, memoryOf, mibOf, startServer } from './server-child.ts';

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CONNECTIONS = 10;
const WRITE_SHARE = 0.1;
const HEALTH_EVERY_MS = 100;
/** As a browser sends it: the API compresses JSON above 1 KB when asked to. */
const BROWSER_ENCODING = 'gzip, deflate, br';

// ---------------------------------------------------------------- load helpers

/** Runs autocannon, stopped by a timeout LOAD_SECONDS + 30 s after it began whatever happens. */
function runAutocannon(
  options: autocannon.Options,
  onInstance?: (instance: autocannon.Instance) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const instance = autocannon(options, (error, result) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(result);
    });
    timer = setTimeout(() => instance.stop(), (LOAD_SECONDS + 30) * 1000);
    onInstance?.(instance);
  });
}

/**
 * GET /api/health every HEALTH_EVERY_MS on a fixed schedule, whether or not the previous poll has
 * been answered (at most 100 outstanding), until stopped: what a trivial request waits meanwhile.
 */
async function pollHealth(
  base: string,
  stopped: () => boolean,
): Promise<{ samples: number[]; failed: number }> {
  const samples: number[] = [];
  let failed = 0;
  const pending = new Set<Promise<void>>();
  const poll = async () => {
    const started = performance.now();
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status === 200) samples.push(performance.now() - started);
      else failed++;
    } catch {
      failed++;
    }
  };
  while (!stopped()) {
    if (pending.size < 100) {
      const p: Promise<void> = poll().finally(() => pending.delete(p));
      pending.add(p);
    }
    await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
  }
  await Promise.all(pending);
  return { samples, failed };
}

/** Waits until the server answers /api/health again (requests cut at the end of a run have drained), then 1 s. */
async function drain(base: string): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // try again
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

const statusList = (result: autocannon.Result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${s.count ?? 0}`)
    .join(' ');

// ---------------------------------------------------------------- (a) landing summary

interface LandingResult {
  label: string;
  path: string;
  result: autocannon.Result;
  health: { samples: number[]; failed: number };
}

/** Load on `pathOf()`'s paths, with /api/health polled meanwhile. */
async function summaryLoad(
  base: string,
  label: string,
  path: string,
  pathOf?: () => string,
): Promise<LandingResult> {
  let done = false;
  const healthRun = pollHealth(base, () => done);
  const headers = { 'accept-encoding': BROWSER_ENCODING };
  const result = await runAutocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers,
    ...(pathOf
      ? { requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: pathOf(), headers }) }] }
      : {}),
  }).finally(() => {
    done = true;
  });
  return { label, path, result, health: await healthRun };
}

/**
 * (a) The landing summary, which the server keeps between reads until the data changes
 * (`answer-cache/`); then summaries of every province of 2010–2024 in every period type picked at
 * random, ~16,000 different answers against 500 kept: nearly every one computed from the store.
 */
async function landing(base: string): Promise<LandingResult[]> {
  const meta = (await (await fetch(`${base}/api/meta`)).json()) as {
    featured: { unitId: string; period: string } | null;
  };
  const featured = meta.featured ?? { unitId: 'v63-01', period: '2023' };
  const path = `/api/summary/${featured.unitId}?period=${featured.period}`;
  for (let i = 0; i < 3; i++) await (await fetch(`${base}${path}`)).arrayBuffer();
  const kept = await summaryLoad(base, 'landing summary (kept between reads)', path);
  await drain(base);
  const units = (
    (await (await fetch(`${base}/api/units`)).json()) as { units: { id: string; vintage: number }[] }
  ).units
    .filter((u) => u.vintage === 63)
    .map((u) => u.id);
  const periods = Array.from({ length: 15 }, (_, i) => 2010 + i).flatMap((year) => [
    String(year),
    ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    ...Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`),
  ]);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
  const computed = await summaryLoad(
    base,
    `random summaries, ${units.length * periods.length} different (computed)`,
    path,
    () => `/api/summary/${pick(units)}?period=${pick(periods)}`,
  );
  return [kept, computed];
}

// ---------------------------------------------------------------- (b) reads and writes

interface MixResult {
  result: autocannon.Result;
  reads: { latency: number[]; statuses: Map<number, number> };
  writes: { latency: number[]; statuses: Map<number, number> };
  acknowledged: Map<number, string>;
  users: number;
  tag: string;
}

async function mix(base: string, target: DbTarget): Promise<MixResult> {
  const db = openTarget(target);
  let staff: { login: string; unitId: string; cookie: string; cells: Cell[] }[];
  try {
    staff = await Promise.all(
      STAFF.map(async (s) => ({
        ...s,
        cookie: await signIn(base, s.login, DEMO_PASSWORD),
        cells: await writableCells(db, s.unitId),
      })),
    );
  } finally {
    await db.destroy();
  }
  const readers = [
    ...staff.map((s) => s.cookie),
    ...(await Promise.all(READERS.map((login) => signIn(base, login, DEMO_PASSWORD)))),
  ];
  // What a signed-in visitor reads, weighted towards the cheap and frequent.
  const readPaths = [
    '/api/meta',
    '/api/summary/v34-14?period=2026-Q3',
    '/api/summary/v34-44?period=2026-10',
    '/api/summary/v63-01?period=2024',
    '/api/rankings/households_fibre?period=2025',
    '/api/rankings/online_dossiers?period=2026-Q2',
    '/api/rankings/bts_4g_added?period=2026-10',
    '/api/series?indicator=households_fibre&unit=v34-14&periodType=year&from=2019&to=2026&view=restated',
    '/api/series?indicator=online_dossiers&unit=v34-44&periodType=month&from=2025-07&to=2026-10',
    '/api/revisions?status=submitted&limit=50',
  ];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
  const tag = `load ${target.engine} ${systemClock().getTime()}`;
  let sequence = 0;
  let lastKind: 'read' | 'write' = 'read';
  const out: MixResult = {
    result: undefined as unknown as autocannon.Result,
    reads: { latency: [], statuses: new Map() },
    writes: { latency: [], statuses: new Map() },
    acknowledged: new Map(),
    users: readers.length,
    tag,
  };
  const request: autocannon.Request = {
    setupRequest: (req, context) => {
      const ctx = context as { kind?: 'read' | 'write' };
      if (Math.random() < WRITE_SHARE) {
        ctx.kind = 'write';
        const who = pick(staff);
        const body = JSON.stringify(revisionBody(pick(who.cells), `${tag} #${sequence++}`));
        return { ...req, method: 'POST', path: '/api/revisions', headers: writeHeaders(who.cookie), body };
      }
      ctx.kind = 'read';
      const headers = { cookie: pick(readers), 'accept-encoding': BROWSER_ENCODING };
      return { ...req, method: 'GET', path: pick(readPaths), headers, body: undefined };
    },
    onResponse: (status, body, context) => {
      const kind = (context as { kind?: 'read' | 'write' }).kind ?? 'read';
      lastKind = kind;
      const statuses = out[kind === 'write' ? 'writes' : 'reads'].statuses;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (kind === 'write' && status === 201) {
        try {
          const revision = (JSON.parse(body) as { revision: { id: number; note: string } }).revision;
          out.acknowledged.set(revision.id, revision.note);
        } catch {
          out.acknowledged.set(-1 - out.acknowledged.size, '(unreadable answer)');
        }
      }
    },
  };
  out.result = await runAutocannon(
    { url: base, connections: CONNECTIONS, duration: LOAD_SECONDS, requests: [request] },
    // Fired synchronously right after onResponse for the same response: its latency, by kind.
    (instance) =>
      instance.on('response', (_client, _status, _bytes, responseTime) =>
        out[lastKind === 'write' ? 'writes' : 'reads'].latency.push(responseTime),
      ),
  );
  return out;
}

/** With the server stopped: which acknowledged writes are in the database, and what else of this run is. */
async function verifyWrites(target: DbTarget, run: MixResult) {
  const db = openTarget(target);
  try {
    const rows = await db
      .selectFrom('revision')
      .select(['id', 'note', 'status'])
      .where('note', 'like', `${run.tag} #%`)
      .execute();
    const stored = new Map(rows.map((r) => [r.id, r]));
    let present = 0;
    for (const [id, note] of run.acknowledged) {
      const row = stored.get(id);
      if (row && row.note === note && row.status === 'submitted') present++;
    }
    const unacknowledged = rows.filter((r) => !run.acknowledged.has(r.id)).length;
    return { present, unacknowledged };
  } finally {
    await db.destroy();
  }
}

// ---------------------------------------------------------------- main

const counts = (m: Map<number, number>) =>
  [...m]
    .sort((a, b) => a[0] - b[0])
    .map(([k, v]) => `${k}×${v}`)
    .join(' ') || '–';

/** Runs (a) and (b) on each target in turn and prints two tables. */
export async function benchLoad(targets: readonly DbTarget[]): Promise<void> {
  const landingRows: string[][] = [];
  const mixRows: string[][] = [];
  const notes: string[] = [];
  for (const target of targets) {
    const started = performance.now();
    let server: ChildServer | null = null;
    try {
      server = await startServer(target, 120_000);
      const { base, pid } = server;
      const idle = memoryOf(pid);
      for (const a of await landing(base)) {
        const afterA = memoryOf(pid);
        const r = a.result;
        landingRows.push([
          target.engine,
          a.label,
          r.requests.average.toFixed(1),
          String(r.latency.p50),
          String(r.latency.p99),
          String(r.latency.max),
          String(r.requests.total),
          `${r.errors} (${r.timeouts} timeouts)`,
          String(r.non2xx),
          String(a.health.samples.length),
          ms(p50(a.health.samples)),
          ms(p99(a.health.samples)),
          ms(Math.max(...a.health.samples)),
          String(a.health.failed),
          `${mibOf(idle?.rss)} → ${mibOf(afterA?.rss)}`,
        ]);
        notes.push(
          `${target.engine} (a) ${a.label}: ${a.path}${a.label.includes('random') ? ' and the like' : ''}, statuses ${statusList(r)}`,
        );
      }

      await drain(base);
      const b = await mix(base, target);
      await drain(base);
      const afterB = memoryOf(pid);
      await server.stop();
      const serverErrors = server.stderr.join('').trim();
      const verified = await verifyWrites(target, b);
      const br = b.result;
      mixRows.push([
        target.engine,
        br.requests.average.toFixed(1),
        `${ms(p50(b.reads.latency))} / ${ms(p99(b.reads.latency))}`,
        `${ms(p50(b.writes.latency))} / ${ms(p99(b.writes.latency))}`,
        counts(b.reads.statuses),
        counts(b.writes.statuses),
        `${br.errors} (${br.timeouts} timeouts)`,
        String(b.acknowledged.size),
        `${verified.present} of ${b.acknowledged.size}`,
        String(verified.unacknowledged),
        `${mibOf(afterB?.rss)}, peak ${mibOf(afterB?.peak)}`,
      ]);
      notes.push(
        `${target.engine} (b): ${b.users} signed-in users; ${seconds(started)} for (a) and (b) with start-up and checks${serverErrors ? `; the server's stderr: ${serverErrors.slice(0, 500)}` : ''}`,
      );
    } catch (error) {
      notes.push(
        `${target.engine}: the load bench failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      await server?.stop();
    }
  }
  console.log(
    `\n(a) Summaries: the landing one, then random ones, ${CONNECTIONS} connections for ${LOAD_SECONDS} s, anonymous, Accept-Encoding: ${BROWSER_ENCODING}; latency in ms (autocannon: 2xx only); /api/health polled every ${HEALTH_EVERY_MS} ms from the load generator's process meanwhile\n`,
  );
  printTable(
    [
      'engine',
      'summaries',
      'req/s',
      'p50',
      'p99',
      'max',
      'requests',
      'errors',
      'non-2xx',
      'health polls',
      'health p50',
      'health p99',
      'health max',
      'health failed',
      'server RSS idle → after',
    ],
    landingRows,
    2,
  );
  console.log(
    `\n(b) ~${100 - WRITE_SHARE * 100}% reads / ~${WRITE_SHARE * 100}% writes (staff create + submit a revision), ${CONNECTIONS} connections for ${LOAD_SECONDS} s, every request signed in; latency in ms (p50 / p99, every status); acknowledged = answered 201, found = in the database with its note and status after the server stopped; stored, not acknowledged = committed, but cut off at the end of the run before its answer was read\n`,
  );
  printTable(
    [
      'engine',
      'req/s',
      'reads p50 / p99',
      'writes p50 / p99',
      'read statuses',
      'write statuses',
      'errors',
      'acknowledged writes',
      'found afterwards',
      'stored, not acknowledged',
      'server RSS after, peak',
    ],
    mixRows,
    1,
  );
  console.log('');
  for (const note of notes) console.log(`  ${note}`);
}
