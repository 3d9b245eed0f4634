/**
 * The cost of a write, end to end over HTTP: a staff account creates and submits a revision
 * (`POST /api/revisions` with `submit: true`), then a reviewer approves it
 * (`POST /api/revisions/:id/approve`), which publishes the figure: revision update, observation
 * update with its version check, and audit row, in one transaction. Signed in as the dashboard
 * is (`POST /api/auth/login`, session cookie, `X-Requested-With: cds`), one request at a time,
 * against `createApp` served in this process on a throw-away copy of the bench database
 * (bench-writes-db.ts). Prints p50/p95 of the approve request (and of create + submit) over
 * APPROVALS approvals per engine, after WARM_UP unmeasured ones. Printed, never asserted.
 */
import { sql } from 'kysely';
import { systemClock } from '../src/clock/clock.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ms, p50, p95, postJson, printTable, seconds, serveInProcess, signIn } from './bench-utils.ts';
import {
  type Cell,
  type DbTarget,
  DEMO_PASSWORD,
  openTarget,
  REVIEWER,
  revisionBody,
  STAFF,
  seedBenchAccounts,
  writableCells,
} from './bench-writes-db.ts';

const APPROVALS = 50;
const WARM_UP = 5;

interface WriteCost {
  engine: string;
  create: number[];
  approve: number[];
  refused: Map<string, number>;
  published: number;
}

/** `invalid_figure (not_integer)` from an API error body. */
export function errorCodes(body: unknown): string {
  const error = (body as { error?: { code?: string; issues?: { code?: string }[] } } | null)?.error;
  const issues = [...new Set((error?.issues ?? []).map((i) => i.code).filter(Boolean))];
  return `${error?.code ?? '?'}${issues.length > 0 ? ` (${issues.join(', ')})` : ''}`;
}

async function measure(target: DbTarget): Promise<WriteCost> {
  const db = openTarget(target);
  await migrateToLatest(db); // as the server does at every start
  const server = await serveInProcess(db, target.dialect);
  const result: WriteCost = {
    engine: target.engine,
    create: [],
    approve: [],
    refused: new Map(),
    published: 0,
  };
  const refuse = (what: string) => result.refused.set(what, (result.refused.get(what) ?? 0) + 1);
  try {
    await seedBenchAccounts(db);
    const staff = await Promise.all(
      STAFF.map(async (s) => ({
        ...s,
        cookie: await signIn(server.base, s.login, DEMO_PASSWORD),
        cells: await writableCells(db, s.unitId),
      })),
    );
    const reviewer = await signIn(server.base, REVIEWER, DEMO_PASSWORD);
    const tag = `bench approval ${systemClock().getTime()}`;
    let attempt = 0;
    for (let done = 0; done < WARM_UP + APPROVALS && attempt < 3 * (WARM_UP + APPROVALS); attempt++) {
      const who = staff[attempt % staff.length];
      const cell = who?.cells[Math.floor(attempt / staff.length)] as Cell | undefined;
      if (!who || !cell) break;
      const created = await postJson(
        server.base,
        '/api/revisions',
        who.cookie,
        revisionBody(cell, `${tag} ${done}`),
      );
      if (created.status !== 201) {
        refuse(`create ${created.status} ${errorCodes(created.json)}`);
        continue;
      }
      const id = (created.json as { revision: { id: number } }).revision.id;
      const approved = await postJson(server.base, `/api/revisions/${id}/approve`, reviewer);
      const status = (approved.json as { revision?: { status?: string } }).revision?.status;
      if (approved.status !== 200 || status !== 'approved') {
        refuse(`approve ${approved.status} ${errorCodes(approved.json)}`);
        continue;
      }
      if (done >= WARM_UP) {
        result.create.push(created.elapsed);
        result.approve.push(approved.elapsed);
      }
      done++;
    }
    // Read back: each approval published its figure (updated_by is the staff login, not the seed's).
    const { n } = await db
      .selectFrom('revision as r')
      .innerJoin('observation as o', (j) =>
        j
          .onRef('o.unit_id', '=', 'r.unit_id')
          .onRef('o.indicator_key', '=', 'r.indicator_key')
          .onRef('o.period', '=', 'r.period'),
      )
      .select(sql<number>`count(*)`.as('n'))
      .where('r.status', '=', 'approved')
      .where('r.note', 'like', `${tag}%`)
      .where('o.is_demo', '=', 0)
      .whereRef('o.note', '=', 'r.note')
      .executeTakeFirstOrThrow();
    result.published = Number(n);
  } finally {
    await server.close();
    await db.destroy();
  }
  return result;
}

/** Measures approvals on each target (SQLite, then PostgreSQL if given) and prints one table. */
export async function benchWriteCost(targets: readonly DbTarget[]): Promise<void> {
  const started = performance.now();
  const results: WriteCost[] = [];
  for (const target of targets) results.push(await measure(target));
  console.log(
    `\n${APPROVALS} approvals per engine (after ${WARM_UP} unmeasured), one request at a time over HTTP (${seconds(started)} in all).\n`,
  );
  printTable(
    [
      'engine',
      'approvals',
      'approve p50',
      'approve p95',
      'create+submit p50',
      'create+submit p95',
      'published (read back)',
      'refused',
    ],
    results.map((r) => [
      r.engine,
      String(r.approve.length),
      ms(p50(r.approve)),
      ms(p95(r.approve)),
      ms(p50(r.create)),
      ms(p95(r.create)),
      `${r.published} of ${r.approve.length + WARM_UP}`,
      r.refused.size === 0 ? 'none' : [...r.refused].map(([k, v]) => `${k} ×${v}`).join(', '),
    ]),
  );
}
