/**
 * Property-based fuzz of every write endpoint (auth, users, targets, revisions): thousands of
 * generated bad requests, each sent by an account that would be allowed a good one, must all be
 * refused (400, 401, 403, 404, 409, 413, 415 or 429; never 2xx, never 5xx) and change no row: a
 * fingerprint of every table is the same after the run as before. Sign-in and password changes are
 * fuzzed on a second app, where only failed attempts (login_attempt, audit_event) may be added.
 * Fixed seeds make every failure reproducible. Last, a good revision carrying SQL and markup is
 * stored and returned verbatim.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openSqlite } from '../src/db/connection.ts';
import { type Fingerprint, fingerprint, maxId } from './helpers/db-fingerprint.ts';
import { authEndpoints, type Endpoint, type FuzzIds, writeEndpoints } from './helpers/fuzz-endpoints.ts';
import { REVISION_CREATE } from './helpers/fuzz-fields.ts';
import { FuzzStats, fuzzRequests, REFUSALS, sendFuzz } from './helpers/fuzz-requests.ts';
import { type Cookies, prerequisites, signInCallers } from './helpers/fuzz-setup.ts';
import { send } from './helpers/requests.ts';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';

// FUZZ_SEED=… explores other inputs; the default keeps every run the same.
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = 260;
const AUTH_RUNS: Record<string, number> = {
  'POST /auth/login': 320,
  'POST /auth/password': 220,
  'POST /auth/logout': 100,
};
const PLACEHOLDER = Object.fromEntries(
  ['adminId', 'userId', 'draftId', 'submittedId', 'approvedId', 'targetId', 'otherTargetId'].map((k) => [
    k,
    1,
  ]),
) as unknown as FuzzIds;
/** Names only, to declare the tests; the endpoints with their ids are built once the data exists. */
const WRITE_NAMES = writeEndpoints(PLACEHOLDER).map((e) => e.name);
const AUTH_NAMES = authEndpoints().map((e) => e.name);
/** Imports take a file, not JSON: imports.test.ts fuzzes them with files of their own. */
const FILE_ENDPOINTS = ['POST /imports/preview', 'POST /imports/commit'];
/** What the fuzz of sign-in and password changes may leave behind. */
const FAILURE_ACTIONS = new Set(['auth.login_failed', 'auth.login_throttled', 'auth.password_change_failed']);

let main: Seeded;
let auth: Seeded;
let mainCookies: Cookies;
let authCookies: Cookies;
let endpoints: Map<string, Endpoint>;
let mainBefore: Fingerprint;
let authBefore: Fingerprint;
let authBound: Record<string, number>;
const stats = new FuzzStats();

beforeAll(async () => {
  [main, auth] = await Promise.all([
    seededApp('sqlite', undefined, { publicRead: false }),
    seededApp('sqlite', undefined, { publicRead: false }),
  ]);
  [mainCookies, authCookies] = await Promise.all([signInCallers(main), signInCallers(auth)]);
  const all = [...writeEndpoints(await prerequisites(main, mainCookies)), ...authEndpoints()];
  endpoints = new Map(all.map((e) => [e.name, e]));
  mainBefore = await fingerprint(main.db);
  authBound = {
    audit_event: await maxId(auth.db, 'audit_event'),
    login_attempt: await maxId(auth.db, 'login_attempt'),
  };
  authBefore = await fingerprint(auth.db, authBound);
}, 120_000);

async function fuzz(s: Seeded, cookies: Cookies, name: string, seed: number, numRuns: number) {
  const e = endpoints.get(name) as Endpoint;
  await fc.assert(
    fc.asyncProperty(fuzzRequests(e), async (r) => {
      const { status, text } = await sendFuzz(s.app, e.method, r, cookies[e.caller]);
      stats.record(name, status);
      const what = `${e.method} ${r.path} [${r.kind}] ${r.body?.slice(0, 200) ?? ''} → ${status} ${text.slice(0, 200)}`;
      if (r.status) expect(status, what).toBe(r.status);
      expect(REFUSALS.has(status), what).toBe(true);
      expect(typeof JSON.parse(text).error?.code, what).toBe('string');
    }),
    { seed, numRuns },
  );
}

describe('bad requests to every write endpoint', () => {
  it('cover every POST, PUT, PATCH and DELETE route the app serves', () => {
    const served = createApp(openSqlite(':memory:'))
      .routes.filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
      .map((r) => `${r.method} ${r.path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual([...WRITE_NAMES, ...AUTH_NAMES, ...FILE_ENDPOINTS].sort());
  });

  it.each(WRITE_NAMES.map((name, i) => [name, i] as const))('%s', async (name, i) => {
    await fuzz(main, mainCookies, name, SEED + i, RUNS);
  });

  it('changed no row of any table and logged no server error', async () => {
    expect(await fingerprint(main.db)).toEqual(mainBefore);
    expect(main.errors).toEqual([]);
  });

  it.each(AUTH_NAMES.map((name, i) => [name, i] as const))('%s (an app of its own)', async (name, i) => {
    await fuzz(auth, authCookies, name, SEED + 100 + i, AUTH_RUNS[name] ?? RUNS);
  });

  it('left the accounts and sessions as they were, only adding failed attempts', async () => {
    expect(await fingerprint(auth.db, authBound)).toEqual(authBefore);
    const attempts = await auth.db
      .selectFrom('login_attempt')
      .select('succeeded')
      .where('id', '>', authBound.login_attempt ?? 0)
      .execute();
    expect(attempts.filter((a) => a.succeeded !== 0)).toEqual([]);
    const events = await auth.db
      .selectFrom('audit_event')
      .select('action')
      .where('id', '>', authBound.audit_event ?? 0)
      .execute();
    expect(events.filter((e) => !FAILURE_ACTIONS.has(e.action))).toEqual([]);
    expect(auth.errors).toEqual([]);
  });

  it('sent at least 3,000 requests, none answered 5xx', () => {
    console.log(stats.report());
    expect(stats.total()).toBeGreaterThanOrEqual(3000);
    expect(stats.total((s) => s >= 500)).toBe(0);
  });
});

describe('hostile text in a good request', () => {
  it('is accepted and stored and returned byte for byte', async () => {
    const sourceRef = "'; DROP TABLE observation; --";
    const note = '<script>alert(1)</script>';
    const body = { ...REVISION_CREATE.base, period: '2019', sourceRef, note };
    const created = await send(main.app, 'POST', '/api/revisions', { cookie: mainCookies.sonla, body });
    expect(created.status).toBe(201);
    const id = created.body.revision.id;
    expect(created.body.revision).toMatchObject({ sourceRef, note });

    const response = await main.app.request('/api/revisions?unit=v63-14&limit=500', {
      headers: { Cookie: mainCookies.sonla },
    });
    const text = await response.text();
    // Escaped for JSON only: no HTML entities, no stripping.
    expect(text).toContain(JSON.stringify(sourceRef));
    expect(text).toContain(JSON.stringify(note));
    const listed = JSON.parse(text).revisions.find((r: { id: number }) => r.id === id);
    expect(Buffer.from(listed.sourceRef).equals(Buffer.from(sourceRef))).toBe(true);
    expect(Buffer.from(listed.note).equals(Buffer.from(note))).toBe(true);

    const row = await main.db
      .selectFrom('revision')
      .select(['source_ref', 'note'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ source_ref: sourceRef, note });
    expect((await fingerprint(main.db, {}, ['observation'])).observation).toEqual(mainBefore.observation);
  });
});
