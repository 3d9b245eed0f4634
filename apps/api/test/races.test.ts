/**
 * State changes fired two at a time, on SQLite and on PostgreSQL: each pair has exactly one winner,
 * the loser gets a 409 in the API's error shape (never a 5xx), and the audit trail says what
 * happened: one `observation.publish` per published revision, no published withdrawn or returned
 * entry, one real plan per cell. Then 40 wrong passwords at once may not get past the throttle.
 *
 * SQLite through better-sqlite3 runs each statement synchronously on one connection, and a
 * transaction holds that connection from begin to commit, so two requests interleave only between
 * statements outside transactions: the checks a handler makes before it writes, which is where a
 * check-then-write race lives. On PostgreSQL the statements themselves run at the same time, on
 * pooled connections: that is where the races inside transactions show.
 */
import { periodOf } from '@cds/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { THROTTLE_WINDOW_MS } from '../src/auth/login-throttle.ts';
import { hashPassword } from '../src/auth/password.ts';
import { readCatalog } from '../src/catalog/catalog.ts';
import { clockStartingAt } from '../src/clock/clock.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildStore, verifyStore } from '../src/resolved-store/resolve-blocks.ts';
import { insertUser } from '../src/routes/users/users.repository.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { login, type Sent, send, testClock } from './helpers/requests.ts';
import { type App, SEED_NOW, type Seeded, TEST_ADMIN, TEST_NOW } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const TRIALS = 50;
const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
const OTHER_REVIEWER = { login: 'race.reviewer', password: 'race-reviewer-password' };
const THROTTLED = { login: 'race.throttled', password: 'race-throttled-password' };

/** The i-th month from January 2019 (i < 78 stays before the merger, where v63-14 takes figures). */
function month(i: number, fromYear = 2019): string {
  return `${fromYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Figures already published for Sơn La (v63-14), each month of these: approvals replace them. */
const PUBLISHED = ['bts_4g_added', 'portal_visits', 'fibre_km_added', 'telecom_revenue'];

/**
 * The reference data and the accounts, without the demo dataset (seeding it would take most of the
 * time this file has), plus one published figure, at version 1, in each cell an approval replaces.
 */
async function seedForRaces(db: Db): Promise<void> {
  await migrateToLatest(db);
  await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
  const { login: adminLogin, password: adminPassword } = TEST_ADMIN;
  await seedAccounts(db, { withDemo: true, now: SEED_NOW, adminLogin, adminPassword, scrypt: CHEAP_SCRYPT });
  const rows = PUBLISHED.flatMap((indicatorKey) =>
    Array.from({ length: TRIALS }, (_, i) => {
      const period = periodOf(month(i));
      return {
        unit_id: 'v63-14',
        indicator_key: indicatorKey,
        period: month(i),
        period_type: period.type,
        year: period.year,
        value: 1,
        numerator: null,
        denominator: null,
        source_ref: 'Số liệu có sẵn',
        source_quote: null,
        note: null,
        status: 'approved',
        is_demo: 1,
        version: 1,
        created_by: 'seed',
        created_at: SEED_NOW,
        updated_by: 'seed',
        updated_at: SEED_NOW,
      };
    }),
  );
  await db.insertInto('observation').values(rows).execute();
  // Figures loaded in bulk are resolved in bulk, as seeding does.
  await buildStore(db, await readCatalog(db), SEED_NOW);
}

/** A figure for Sơn La as it was (v63-14): its staff and reviewers are those of today's Sơn La. */
const figure = (indicatorKey: string, period: string, value: number) => ({
  unitId: 'v63-14',
  indicatorKey,
  period,
  value,
  numerator: null,
  denominator: null,
  sourceRef: 'Báo cáo thử tranh chấp',
  submit: true,
});

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('races on %s', (engine, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let s: Seeded;
  const cookies: Record<'staff' | 'reviewer' | 'otherReviewer' | 'admin', string> = {
    staff: '',
    reviewer: '',
    otherReviewer: '',
    admin: '',
  };
  /** Every answer of every race, to check for 5xx at the end. */
  const answers: Sent[] = [];

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_races');
    const db = pgDatabase ? openPostgres(pgDatabase.url) : openSqlite(':memory:');
    await seedForRaces(db);
    const errors: unknown[] = [];
    const app = createApp(db, {
      dialect: isPostgres ? 'postgres' : 'sqlite',
      logErrors: (e) => errors.push(e),
      now: clockStartingAt(new Date(TEST_NOW)),
    });
    s = { db, app, errors };
    const now = TEST_NOW;
    for (const [account, role] of [
      [OTHER_REVIEWER, 'reviewer'],
      [THROTTLED, 'viewer'],
    ] as const) {
      const passwordHash = await hashPassword(account.password, CHEAP_SCRYPT);
      const assignments = [{ role, unitId: role === 'reviewer' ? 'v34-14' : null }];
      await insertUser(
        s.db,
        { login: account.login, displayName: account.login, passwordHash, isDemo: false, assignments },
        now,
      );
    }
    cookies.staff = await login(s.app, 'demo.sonla', DEMO_PASSWORD);
    cookies.reviewer = await login(s.app, 'demo.reviewer', DEMO_PASSWORD);
    cookies.otherReviewer = await login(s.app, OTHER_REVIEWER.login, OTHER_REVIEWER.password);
    cookies.admin = await login(s.app, 'demo.admin', DEMO_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await s?.db.destroy();
    await pgDatabase?.drop();
  });

  const as = (who: keyof typeof cookies, method: string, path: string, body?: unknown) =>
    send(s.app, method, path, { cookie: cookies[who], body });

  /** Sends both at once; returns their answers in order. */
  async function race(a: () => Promise<Sent>, b: () => Promise<Sent>): Promise<[Sent, Sent]> {
    const pair = await Promise.all([a(), b()]);
    answers.push(...pair);
    return pair;
  }

  /** Exactly one of the pair succeeded; the other lost with a 409 in the error shape. Returns the winner's index. */
  function oneWinner([a, b]: [Sent, Sent], success = 200): 0 | 1 {
    const statuses = [a.status, b.status].sort();
    expect(statuses, JSON.stringify([a.body, b.body])).toEqual([success, 409].sort());
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toMatch(/^(conflict|stale)$/);
    expect(loser.body.error.message).toMatchObject({ vi: expect.any(String), en: expect.any(String) });
    return a.status === success ? 0 : 1;
  }

  async function submitted(indicatorKey: string, period: string, value: number): Promise<number> {
    const created = await as('staff', 'POST', '/api/revisions', figure(indicatorKey, period, value));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.revision.id;
  }

  /** How many audit rows of `action` name each revision (publish rows name it in their details). */
  async function auditCounts(action: string): Promise<Map<number, number>> {
    const rows = await s.db
      .selectFrom('audit_event')
      .select(['entity_id', 'details'])
      .where('action', '=', action)
      .execute();
    const counts = new Map<number, number>();
    for (const row of rows) {
      const id =
        action === 'observation.publish'
          ? Number(JSON.parse(row.details ?? '{}').revisionId)
          : Number(row.entity_id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  async function statusOf(ids: number[]): Promise<Map<number, string>> {
    const rows = await s.db.selectFrom('revision').select(['id', 'status']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** The rival move against approve: its winner status, and the audit action it writes. */
  async function approveAgainst(
    rival: 'withdraw' | 'return' | 'approve',
    indicatorKey: string,
  ): Promise<void> {
    const ids: number[] = [];
    const approvedByTheFirst: boolean[] = [];
    for (let i = 0; i < TRIALS; i++) {
      const id = await submitted(indicatorKey, month(i), 1000 + i);
      ids.push(id);
      const pair = await race(
        () => as('reviewer', 'POST', `/api/revisions/${id}/approve`),
        () =>
          rival === 'withdraw'
            ? as('staff', 'POST', `/api/revisions/${id}/withdraw`)
            : rival === 'return'
              ? as('otherReviewer', 'POST', `/api/revisions/${id}/return`, { comment: 'Kiểm tra lại' })
              : as('otherReviewer', 'POST', `/api/revisions/${id}/approve`),
      );
      approvedByTheFirst.push(oneWinner(pair) === 0);
    }
    const statuses = await statusOf(ids);
    const published = await auditCounts('observation.publish');
    const rivalAudit = rival === 'approve' ? null : await auditCounts(`revision.${rival}`);
    ids.forEach((id, i) => {
      const approved = rival === 'approve' || approvedByTheFirst[i];
      const status = statuses.get(id);
      expect(status, `revision ${id}`).toBe(
        approved ? 'approved' : rival === 'withdraw' ? 'withdrawn' : 'returned',
      );
      // Published exactly once if approved, never if withdrawn or returned; the rival's move audited only if it won.
      expect(published.get(id) ?? 0, `publish rows of ${id}`).toBe(approved ? 1 : 0);
      if (rivalAudit) expect(rivalAudit.get(id) ?? 0, `${rival} rows of ${id}`).toBe(approved ? 0 : 1);
    });
    // The published figure is the approved revision's, at one version per approval.
    const observations = await s.db
      .selectFrom('observation')
      .select(['period', 'value', 'is_demo', 'version'])
      .where('unit_id', '=', 'v63-14')
      .where('indicator_key', '=', indicatorKey)
      .where(
        'period',
        'in',
        ids.map((_, i) => month(i)),
      )
      .execute();
    const byPeriod = new Map(observations.map((o) => [o.period, o]));
    ids.forEach((_, i) => {
      const approved = rival === 'approve' || approvedByTheFirst[i];
      const o = byPeriod.get(month(i));
      expect(o?.is_demo, `${indicatorKey} ${month(i)}`).toBe(approved ? 0 : 1);
      if (approved) expect(o).toMatchObject({ value: 1000 + i, version: 2 });
    });
  }

  it.skipIf(skip)(
    'approve against withdraw: one wins, and a withdrawn entry is never published',
    async () => {
      await approveAgainst('withdraw', 'bts_4g_added');
    },
  );

  it.skipIf(skip)('approve against approve by two reviewers: one wins, published once', async () => {
    await approveAgainst('approve', 'portal_visits');
  });

  it.skipIf(skip)('approve against return: one wins, and a returned entry is never published', async () => {
    await approveAgainst('return', 'fibre_km_added');
  });

  it.skipIf(skip)(
    'two approvals of two entries made against the same figure: exactly one publishes',
    async () => {
      for (let i = 0; i < TRIALS; i++) {
        // Even trials race to create a cell's first figure, odd ones to replace a (demo) figure.
        const indicatorKey = i % 2 === 0 ? 'inspections_conducted' : 'telecom_revenue';
        const before = await s.db
          .selectFrom('observation')
          .select('version')
          .where('unit_id', '=', 'v63-14')
          .where('indicator_key', '=', indicatorKey)
          .where('period', '=', month(i))
          .executeTakeFirst();
        const first = await submitted(indicatorKey, month(i), 10 + i);
        const second = await submitted(indicatorKey, month(i), 20 + i);
        const pair = await race(
          () => as('reviewer', 'POST', `/api/revisions/${first}/approve`),
          () => as('otherReviewer', 'POST', `/api/revisions/${second}/approve`),
        );
        const winner = oneWinner(pair);
        expect(pair[1 - winner]?.body.error.code).toBe('stale');
        const after = await s.db
          .selectFrom('observation')
          .select(['value', 'version'])
          .where('unit_id', '=', 'v63-14')
          .where('indicator_key', '=', indicatorKey)
          .where('period', '=', month(i))
          .execute();
        expect(after).toEqual([{ value: (winner === 0 ? 10 : 20) + i, version: (before?.version ?? 0) + 1 }]);
        const statuses = await statusOf([first, second]);
        expect([statuses.get(first), statuses.get(second)]).toEqual(
          winner === 0 ? ['approved', 'submitted'] : ['submitted', 'approved'],
        );
        const published = await auditCounts('observation.publish');
        expect([published.get(first) ?? 0, published.get(second) ?? 0]).toEqual(
          winner === 0 ? [1, 0] : [0, 1],
        );
      }
    },
  );

  /** Sends one figure as an import (a CSV of one row): refused (409) while another figure of the cell waits for review. */
  const importFigure = (indicatorKey: string, period: string, value: number) =>
    send(s.app, 'POST', '/api/imports/commit', {
      cookie: cookies.staff,
      file: {
        type: 'text/csv',
        content: `Mã tỉnh,Kỳ,Mã chỉ tiêu,Giá trị,Nguồn\nv63-14,${period},${indicatorKey},${value},Báo cáo nhập lại\n`,
      },
    });

  /** The published figure of a Sơn La (v63-14) cell, if any. */
  const publishedFigure = (indicatorKey: string, period: string) =>
    s.db
      .selectFrom('observation')
      .select(['value', 'version', 'is_demo'])
      .where('unit_id', '=', 'v63-14')
      .where('indicator_key', '=', indicatorKey)
      .where('period', '=', period)
      .executeTakeFirst();

  it.skipIf(skip)(
    'a decision on an entry re-sent since the reviewer loaded it: 409 on every way of deciding, nothing written',
    async () => {
      const [indicatorKey, period] = ['policy_documents_issued', month(5)];
      const created = await as('staff', 'POST', '/api/revisions', figure(indicatorKey, period, 100));
      const { id, version: seen } = created.body.revision;
      // An import may not overwrite what waits for review (as the form may not): the staff withdraw
      // the entry, then send the corrected figure, a new entry waiting for review.
      expect((await importFigure(indicatorKey, period, 200)).status).toBe(409);
      expect((await as('staff', 'POST', `/api/revisions/${id}/withdraw?version=${seen}`)).status).toBe(200);
      const resent = await importFigure(indicatorKey, period, 200);
      expect(resent.status, JSON.stringify(resent.body)).toBe(200);
      const before = await publishedFigure(indicatorKey, period);
      const refused = [
        await as('reviewer', 'POST', `/api/revisions/${id}/approve?version=${seen}`),
        await as('reviewer', 'POST', `/api/revisions/${id}/return?version=${seen}`, { comment: 'Sai số' }),
        await as('reviewer', 'POST', `/api/submissions/v63-14/${period}/review`, {
          decisions: [{ revisionId: id, decision: 'approve', version: seen }],
        }),
      ];
      answers.push(...refused);
      for (const answer of refused) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(409);
        expect(answer.body.error.code).toMatch(/^(conflict|stale)$/);
      }
      expect(await publishedFigure(indicatorKey, period)).toEqual(before);
      expect((await auditCounts('observation.publish')).get(id) ?? 0).toBe(0);
      expect((await auditCounts('revision.return')).get(id) ?? 0).toBe(0);
      // Decided on what is there now, it goes through.
      const now = await s.db
        .selectFrom('revision')
        .select(['id', 'version'])
        .where('unit_id', '=', 'v63-14')
        .where('indicator_key', '=', indicatorKey)
        .where('period', '=', period)
        .where('status', '=', 'submitted')
        .executeTakeFirstOrThrow();
      const approved = await as(
        'reviewer',
        'POST',
        `/api/revisions/${now.id}/approve?version=${now.version}`,
      );
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect(await publishedFigure(indicatorKey, period)).toMatchObject({ value: 200, is_demo: 0 });
    },
  );

  /**
   * A reviewer decides on an entry while its staff re-send it with another figure. Whichever comes
   * first, the reviewer never publishes a figure they did not see: their approval either publishes
   * what they saw or is refused (409) with nothing published.
   */
  async function decisionAgainstResend(how: 'one entry' | 'submission', indicatorKey: string) {
    for (let i = 0; i < TRIALS; i++) {
      const period = month(i);
      const created = await as('staff', 'POST', '/api/revisions', figure(indicatorKey, period, 1000 + i));
      const { id, version } = created.body.revision;
      const before = await publishedFigure(indicatorKey, period);
      const [decision, resend] = await race(
        () =>
          how === 'one entry'
            ? as('reviewer', 'POST', `/api/revisions/${id}/approve?version=${version}`)
            : as('reviewer', 'POST', `/api/submissions/v63-14/${period}/review`, {
                decisions: [{ revisionId: id, decision: 'approve', version }],
              }),
        () => importFigure(indicatorKey, period, 5000 + i),
      );
      expect([200, 409], JSON.stringify(decision.body)).toContain(decision.status);
      expect([200, 409], JSON.stringify(resend.body)).toContain(resend.status);
      const after = await publishedFigure(indicatorKey, period);
      const published = (await auditCounts('observation.publish')).get(id) ?? 0;
      if (decision.status === 200) {
        expect(after, `trial ${i}`).toMatchObject({ value: 1000 + i, is_demo: 0 });
        expect(published).toBe(1);
      } else {
        expect(after, `trial ${i}`).toEqual(before);
        expect(published).toBe(0);
      }
    }
  }

  it.skipIf(skip)(
    'approving one entry while it is re-sent: never publishes what the reviewer did not see',
    async () => {
      await decisionAgainstResend('one entry', 'switching_points_added');
    },
  );

  it.skipIf(skip)(
    'reviewing a submission while a figure is re-sent: never publishes what the reviewer did not see',
    async () => {
      await decisionAgainstResend('submission', 'fibre_routes_added');
    },
  );

  it.skipIf(skip)(
    'two reviewers deciding one submission at once: one decides, the other is refused',
    async () => {
      for (let i = 0; i < TRIALS; i++) {
        const period = month(i);
        const a = await submitted('citizen_petitions_resolved', period, 300 + i);
        const b = await submitted('video_conference_sites', period, 400 + i);
        const review = (decision: 'approve' | 'return') => ({
          decisions: [a, b].map((revisionId) => ({
            revisionId,
            decision,
            comment: decision === 'return' ? 'Kiểm tra lại' : null,
          })),
        });
        const pair = await race(
          () => as('reviewer', 'POST', `/api/submissions/v63-14/${period}/review`, review('approve')),
          () => as('otherReviewer', 'POST', `/api/submissions/v63-14/${period}/review`, review('return')),
        );
        const winner = oneWinner(pair);
        const statuses = await statusOf([a, b]);
        const status = winner === 0 ? 'approved' : 'returned';
        expect([statuses.get(a), statuses.get(b)], `trial ${i}`).toEqual([status, status]);
        const published = await auditCounts('observation.publish');
        expect([published.get(a) ?? 0, published.get(b) ?? 0]).toEqual(winner === 0 ? [1, 1] : [0, 0]);
      }
    },
  );

  /** The real plans of one cell (unit null: national). */
  async function realPlans(indicatorKey: string, period: string, unitId: string | null) {
    return s.db
      .selectFrom('target')
      .select(['id', 'value'])
      .where('indicator_key', '=', indicatorKey)
      .where('period', '=', period)
      .where((eb) => (unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', unitId)))
      .where('is_demo', '=', 0)
      .execute();
  }

  it.skipIf(skip)('approvals of different figures of one year at once: the store holds both', async () => {
    // Two months of one indicator and year are one block of the resolved-figures store: each
    // approval resolves the block again, and neither may overwrite the other with a stale block.
    for (let i = 0; i < 10; i++) {
      const year = 2016 + (i % 5);
      const a = await submitted('portal_visits', `${year}-0${(i % 4) + 1}`, 700 + i);
      const b = await submitted('portal_visits', `${year}-0${(i % 4) + 5}`, 900 + i);
      const pair = await race(
        () => as('reviewer', 'POST', `/api/revisions/${a}/approve`),
        () => as('otherReviewer', 'POST', `/api/revisions/${b}/approve`),
      );
      expect(pair.map((p) => p.status)).toEqual([200, 200]);
    }
    const { differences } = await verifyStore(s.db, await readCatalog(s.db));
    expect(differences).toEqual([]);
  });

  it.skipIf(skip)('two new plans for one cell: one is created, the other refused', async () => {
    for (let i = 0; i < TRIALS; i++) {
      // Even trials: a province's plan (staff and an admin); odd: a national one (two admins' sessions).
      const unitId = i % 2 === 0 ? 'v34-14' : null;
      const plan = (value: number) => ({
        unitId,
        indicatorKey: 'bts_4g_added',
        period: month(i, 2030),
        value,
        source: 'Kế hoạch thử tranh chấp',
      });
      const pair = await race(
        () => as(unitId ? 'staff' : 'admin', 'POST', '/api/targets', plan(100)),
        () => as('admin', 'POST', '/api/targets', plan(200)),
      );
      const winner = oneWinner(pair, 201);
      const plans = await realPlans('bts_4g_added', month(i, 2030), unitId);
      expect(plans).toEqual([{ id: pair[winner]?.body.id, value: winner === 0 ? 100 : 200 }]);
    }
    const created = await s.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'target.create')
      .executeTakeFirstOrThrow();
    expect(Number(created.n)).toBe(TRIALS);
  });

  it.skipIf(skip)('two plans moved onto the same free cell: one moves, the other is refused', async () => {
    const plan = (period: string, value: number) => ({
      unitId: 'v34-14',
      indicatorKey: 'fibre_km_added',
      period,
      value,
      source: 'Kế hoạch thử tranh chấp',
    });
    for (let i = 0; i < TRIALS; i++) {
      const [a, b, free] = [month(3 * i, 2040), month(3 * i + 1, 2040), month(3 * i + 2, 2040)];
      const first = (await as('staff', 'POST', '/api/targets', plan(a, 1))).body.id;
      const second = (await as('staff', 'POST', '/api/targets', plan(b, 2))).body.id;
      const pair = await race(
        () => as('staff', 'PUT', `/api/targets/${first}`, plan(free, 1)),
        () => as('admin', 'PUT', `/api/targets/${second}`, plan(free, 2)),
      );
      const winner = oneWinner(pair);
      expect(await realPlans('fibre_km_added', free, 'v34-14')).toEqual([
        { id: winner === 0 ? first : second, value: winner + 1 },
      ]);
      // The loser stayed where it was.
      const [stayedAt, stayedId] = winner === 0 ? [b, second] : [a, first];
      expect(await realPlans('fibre_km_added', stayedAt, 'v34-14')).toEqual([
        { id: stayedId, value: 2 - winner },
      ]);
    }
  });

  it.skipIf(skip)('40 wrong passwords at once get 5 tries, then the right one waits too', async () => {
    // An app of its own on the same database, with a clock to move past the lock between trials.
    const clock = testClock(TEST_NOW);
    const app: App = createApp(s.db, {
      dialect: isPostgres ? 'postgres' : 'sqlite',
      now: clock.now,
      trustProxy: true,
      logErrors: (e) => s.errors.push(e),
    });
    const attempt = (password: string, ip: string) =>
      send(app, 'POST', '/api/auth/login', {
        body: { login: THROTTLED.login, password },
        headers: { 'X-Forwarded-For': ip },
      });
    for (let i = 0; i < TRIALS; i++) {
      const ip = `10.77.${i}.1`;
      const wrong = await Promise.all(Array.from({ length: 40 }, (_, k) => attempt(`wrong ${k}`, ip)));
      answers.push(...wrong);
      const statuses = wrong.map((w) => w.status);
      expect(
        statuses.filter((x) => x === 401),
        `trial ${i}`,
      ).toHaveLength(5);
      expect(statuses.filter((x) => x === 429)).toHaveLength(35);
      expect((await attempt(THROTTLED.password, ip)).status).toBe(429);
      clock.advance(THROTTLE_WINDOW_MS);
    }
    expect((await attempt(THROTTLED.password, '10.77.255.1')).status).toBe(200);
    const failed = await s.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'auth.login_failed')
      .where('login', '=', THROTTLED.login)
      .executeTakeFirstOrThrow();
    expect(Number(failed.n)).toBe(5 * TRIALS);
  });

  it.skipIf(skip)(`answered no race with a server error on ${engine}`, () => {
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
