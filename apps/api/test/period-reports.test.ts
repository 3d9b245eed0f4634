/**
 * Reporting a whole period, on SQLite and on PostgreSQL: staff save a month's six figures as one
 * form and submit it once; a reviewer approves five and returns one with a comment, in one
 * transaction; the staff see the comment in their inbox, correct the figure and send it again;
 * the published figures show at once. Saving the same form twice changes nothing; a row changed
 * by someone else since it was loaded, or a decision on a figure that moved, is refused (409)
 * with nothing written; two reviews of one submission at once have exactly one winner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { type Json, SEED_NOW, TEST_ADMIN } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;
const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
const FORM = '/api/period-forms/v34-14/2026-11';
const SUBMISSION = '/api/submissions/v34-14/2026-11';
const SOURCE = 'Báo cáo 210/BC-SKHCN ngày 05/12/2026';

/** Six figures of Sơn La's November 2026 report; the third has more covered communes than communes. */
const SIX = [
  { indicatorKey: 'villages_mobile_broadband', numerator: 2_100, denominator: 2_180 },
  { indicatorKey: 'communes_4g', numerator: 80, denominator: 75 },
  { indicatorKey: 'bts_4g_added', value: 35 },
  { indicatorKey: 'fibre_km_added', value: 120.5 },
  { indicatorKey: 'telecom_revenue', value: 125.3 },
  { indicatorKey: 'online_dossiers', numerator: 41_230, denominator: 45_000 },
];

async function seed(db: Db): Promise<void> {
  await migrateToLatest(db);
  await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
  const { login: adminLogin, password: adminPassword } = TEST_ADMIN;
  await seedAccounts(db, { withDemo: true, now: SEED_NOW, adminLogin, adminPassword, scrypt: CHEAP_SCRYPT });
}

interface World {
  db: Db;
  staff: Client;
  reviewer: Client;
  admin: Client;
  viewer: Client;
}

async function world(db: Db, dialect: 'sqlite' | 'postgres'): Promise<World> {
  const app = createApp(db, { dialect, now: () => new Date('2026-12-03T09:00:00.000Z') });
  return {
    db,
    staff: await signIn(app, 'demo.sonla'),
    reviewer: await signIn(app, 'demo.reviewer'),
    admin: await signIn(app, 'demo.admin'),
    viewer: await signIn(app, 'demo.viewer'),
  };
}

const row = (form: Json, key: string) => form.rows.find((r: Json) => r.indicator === key);
const basedOn = (form: Json, key: string) => {
  const revision = row(form, key)?.revision;
  return revision ? { revisionId: revision.id, version: revision.version } : null;
};
const counts = async (db: Db) => ({
  revisions: Number(
    (
      await db
        .selectFrom('revision')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  audit: Number(
    (
      await db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

async function reportAMonth(w: World): Promise<void> {
  const { staff, reviewer, viewer } = w;

  // The empty form lists every indicator due for a month, none of the yearly indices.
  const empty = (await staff.get(FORM)).body;
  expect(empty.canEdit).toBe(true);
  expect(empty.status).toBe('not_started');
  expect(empty.rows.map((r: Json) => r.indicator)).toContain('telecom_revenue');
  expect(empty.rows.map((r: Json) => r.indicator)).not.toContain('dti_rank');

  // One bad row refuses the whole form, naming the field; nothing is written.
  const before = await counts(w.db);
  const refused = await staff.send('PUT', FORM, { sourceRef: SOURCE, rows: SIX, submit: true });
  expect(refused.status).toBe(400);
  expect(refused.body.error.issues.map((i: Json) => i.field)).toEqual(['rows.1.numerator']);
  expect(await counts(w.db)).toEqual(before);

  // Fixed, submitted once: the cards' "chờ duyệt" list names the six, the published values stay.
  const fixed = SIX.map((r) => (r.indicatorKey === 'communes_4g' ? { ...r, numerator: 72 } : r));
  const sent = await staff.send('PUT', FORM, { sourceRef: SOURCE, rows: fixed, submit: true });
  expect(sent.status).toBe(200);
  const pending = (await viewer.get('/api/pending/v34-14?period=2026-11')).body.pending;
  expect(pending.map((p: Json) => p.indicator).sort()).toEqual(SIX.map((r) => r.indicatorKey).sort());
  expect(sent.body).toMatchObject({ written: 6, submitted: 6 });
  expect(sent.body.form.status).toBe('submitted');
  expect(row(sent.body.form, 'bts_4g_added').revision).toMatchObject({
    status: 'submitted',
    sourceRef: SOURCE,
  });

  // Saving the same again changes nothing, not even the audit trail.
  const again = await counts(w.db);
  const resent = await staff.send('PUT', FORM, {
    sourceRef: SOURCE,
    rows: fixed.map((r) => ({ ...r, basedOn: basedOn(sent.body.form, r.indicatorKey) })),
  });
  expect(resent.body).toMatchObject({ written: 0, submitted: 0, unchanged: 6 });
  expect(await counts(w.db)).toEqual(again);

  // A blank source or note means none: the form's source, no note; still nothing changes.
  const blanks = await staff.send('PUT', FORM, {
    sourceRef: SOURCE,
    rows: fixed.map((r) => ({
      ...r,
      sourceRef: '',
      note: '',
      basedOn: basedOn(sent.body.form, r.indicatorKey),
    })),
  });
  expect(blanks.body).toMatchObject({ written: 0, unchanged: 6 });

  // The reviewer sees the submission and decides on it as one: five approved, one returned.
  expect((await reviewer.get('/api/submissions')).body.submissions).toContainEqual(
    expect.objectContaining({ unitId: 'v34-14', period: '2026-11', count: 6 }),
  );
  const submission = (await reviewer.get(SUBMISSION)).body;
  const decisions = SIX.map((r) => {
    const revision = row(submission, r.indicatorKey).revision;
    return r.indicatorKey === 'telecom_revenue'
      ? {
          revisionId: revision.id,
          decision: 'return',
          comment: 'Doanh thu tháng, không phải lũy kế',
          version: revision.version,
        }
      : { revisionId: revision.id, decision: 'approve', version: revision.version };
  });
  const noComment = await reviewer.send('POST', `${SUBMISSION}/review`, {
    decisions: decisions.map((d) => ({ ...d, comment: null })),
  });
  expect(noComment.status).toBe(400);
  const reviewed = await reviewer.send('POST', `${SUBMISSION}/review`, { decisions });
  expect(reviewed.status).toBe(200);
  expect(reviewed.body).toEqual({ approved: 5, returned: 1 });

  // Published at once; the returned one waits in the staff's inbox with the comment.
  const summary = (await viewer.get('/api/summary/v34-14?period=2026-11')).body;
  const item = (key: string) => summary.items.find((i: Json) => i.indicator === key);
  expect(item('bts_4g_added').figure).toMatchObject({ value: 35, isDemo: false });
  expect(item('villages_mobile_broadband').figure).toMatchObject({ numerator: 2_100, denominator: 2_180 });
  expect(item('telecom_revenue').figure.value).toBeNull();
  expect((await viewer.get('/api/pending/v34-14?period=2026-11')).body.pending).toEqual([]);
  const inbox = (await staff.get('/api/inbox')).body;
  const november = inbox.items.find((i: Json) => i.unitId === 'v34-14' && i.period === '2026-11');
  expect(november).toMatchObject({ status: 'returned', deadline: '2026-12-10', daysLeft: 7 });
  expect(november.counts).toMatchObject({ approved: 5, returned: 1 });
  expect(november.returned).toEqual([
    expect.objectContaining({ indicator: 'telecom_revenue', comment: 'Doanh thu tháng, không phải lũy kế' }),
  ]);

  // Corrected from the form as reloaded, and sent again; approved.
  const reloaded = (await staff.get(FORM)).body;
  expect(row(reloaded, 'telecom_revenue').revision).toMatchObject({
    status: 'returned',
    reviewComment: 'Doanh thu tháng, không phải lũy kế',
  });
  const corrected = await staff.send('PUT', FORM, {
    sourceRef: SOURCE,
    submit: true,
    rows: [{ indicatorKey: 'telecom_revenue', value: 41.8, basedOn: basedOn(reloaded, 'telecom_revenue') }],
  });
  expect(corrected.status).toBe(200);
  expect(corrected.body).toMatchObject({ written: 1, submitted: 1 });
  const second = (await reviewer.get(SUBMISSION)).body;
  const revenue = row(second, 'telecom_revenue').revision;
  expect(
    (
      await reviewer.send('POST', `${SUBMISSION}/review`, {
        decisions: [{ revisionId: revenue.id, decision: 'approve', version: revenue.version }],
      })
    ).body,
  ).toEqual({ approved: 1, returned: 0 });
  const after = (await viewer.get('/api/summary/v34-14?period=2026-11')).body;
  expect(after.items.find((i: Json) => i.indicator === 'telecom_revenue').figure).toMatchObject({
    value: 41.8,
  });
  expect(
    (await staff.get('/api/inbox')).body.items.find(
      (i: Json) => i.period === '2026-11' && i.unitId === 'v34-14',
    ).status,
  ).toBe('approved');
}

async function staleRowsAreRefused(w: World): Promise<void> {
  const { staff, admin, reviewer } = w;
  // An open report of a former province the staff's province was formed from is in their inbox too.
  const former = await staff.send('PUT', '/api/period-forms/v63-14/2023', {
    sourceRef: SOURCE,
    rows: [{ indicatorKey: 'bts_4g_added', value: 9 }],
  });
  expect(former.status).toBe(200);
  expect((await staff.get('/api/inbox')).body.items).toContainEqual(
    expect.objectContaining({ unitId: 'v63-14', period: '2023', status: 'draft' }),
  );
  const form = '/api/period-forms/v34-14/2026-10';
  const draft = await staff.send('PUT', form, {
    sourceRef: SOURCE,
    rows: [{ indicatorKey: 'bts_4g_added', value: 10 }],
  });
  expect(draft.status).toBe(200);
  const seen = basedOn(draft.body.form, 'bts_4g_added');
  // Someone else (an admin) changes the draft meanwhile.
  expect(
    (
      await admin.send('PUT', form, {
        sourceRef: SOURCE,
        rows: [{ indicatorKey: 'bts_4g_added', value: 11, basedOn: seen }],
      })
    ).status,
  ).toBe(200);
  const before = await counts(w.db);
  const stale = await staff.send('PUT', form, {
    sourceRef: SOURCE,
    rows: [{ indicatorKey: 'bts_4g_added', value: 12, basedOn: seen }],
  });
  expect(stale.status).toBe(409);
  expect(stale.body.error.issues[0].field).toBe('rows.0.indicatorKey');
  expect(await counts(w.db)).toEqual(before);

  // A decision on a figure as it no longer is: refused, nothing written.
  const fresh = (await staff.get(form)).body;
  const sent = await staff.send('PUT', form, {
    sourceRef: SOURCE,
    submit: true,
    rows: [{ indicatorKey: 'bts_4g_added', value: 11, basedOn: basedOn(fresh, 'bts_4g_added') }],
  });
  expect(sent.status).toBe(200);
  const revision = row(sent.body.form, 'bts_4g_added').revision;
  const outdated = await reviewer.send('POST', '/api/submissions/v34-14/2026-10/review', {
    decisions: [{ revisionId: revision.id, decision: 'approve', version: revision.version + 5 }],
  });
  expect(outdated.status).toBe(409);
  expect(
    row((await reviewer.get('/api/submissions/v34-14/2026-10')).body, 'bts_4g_added').revision.status,
  ).toBe('submitted');
}

/** After reportAMonth: the history of the returned and corrected figure, and the period's completeness. */
async function historyAndCompleteness(w: World): Promise<void> {
  const history = (await w.viewer.get('/api/figure-history/v34-14/telecom_revenue/2026-11')).body;
  expect(history.publications).toEqual([
    expect.objectContaining({
      approvedBy: 'demo.reviewer',
      enteredBy: 'demo.sonla',
      before: null,
      after: expect.objectContaining({ value: 41.8 }),
    }),
  ]);
  expect(history.revisions).toEqual([
    expect.objectContaining({
      status: 'approved',
      origin: 'form',
      value: 41.8,
      sourceRef: SOURCE,
      reviewComment: 'Doanh thu tháng, không phải lũy kế',
    }),
  ]);
  const completeness = (await w.viewer.get('/api/completeness/2026-11')).body;
  expect(completeness).toMatchObject({ period: '2026-11', deadline: '2026-12-10' });
  expect(completeness.units).toHaveLength(34);
  const sonla = completeness.units.find((u: Json) => u.unitId === 'v34-14');
  expect(sonla).toMatchObject({ status: 'approved', onTime: true });
  expect(sonla.counts.approved).toBe(6);
  expect(sonla.byFamily.coverage.approved).toBe(4);
  const other = completeness.units.find((u: Json) => u.unitId === 'v34-44');
  expect(other).toMatchObject({ status: 'not_started', onTime: null, firstSubmittedAt: null });
}

/** Two reviewers decide on one submission at the same moment: one wins, the other gets a 409. */
async function concurrentReviews(w: World): Promise<void> {
  const form = '/api/period-forms/v34-14/2026-09';
  const sent = await w.staff.send('PUT', form, {
    sourceRef: SOURCE,
    submit: true,
    rows: [
      { indicatorKey: 'bts_4g_added', value: 7 },
      { indicatorKey: 'portal_visits', value: 120_000 },
    ],
  });
  expect(sent.status).toBe(200);
  const decisions = ['bts_4g_added', 'portal_visits'].map((key) => {
    const revision = row(sent.body.form, key).revision;
    return { revisionId: revision.id, decision: 'approve', version: revision.version };
  });
  const answers = await Promise.all([
    w.reviewer.send('POST', '/api/submissions/v34-14/2026-09/review', { decisions }),
    w.admin.send('POST', '/api/submissions/v34-14/2026-09/review', { decisions: [...decisions].reverse() }),
  ]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  const published = await w.db
    .selectFrom('audit_event')
    .select('entity_id')
    .where('action', '=', 'observation.publish')
    .where('entity_id', 'like', 'v34-14|%|2026-09')
    .execute();
  expect(published).toHaveLength(2);
}

describe('reporting a whole period', () => {
  describe('on SQLite', () => {
    let w: World;
    beforeAll(async () => {
      const db = openSqlite(':memory:');
      await seed(db);
      w = await world(db, 'sqlite');
    });
    it('six figures in one form, reviewed as one, corrected and published', () => reportAMonth(w));
    it('keeps each figure’s history and the period’s completeness', () => historyAndCompleteness(w));
    it('refuses a row or a decision on a figure that changed since it was loaded', () =>
      staleRowsAreRefused(w));
    it('gives two reviews of one submission at once exactly one winner', () => concurrentReviews(w));
  });

  describe.skipIf(!PG_TEST_URL)('on PostgreSQL', () => {
    let database: PostgresDatabase | undefined;
    let w: World;
    beforeAll(async () => {
      database = await createPostgresDatabase(PG_TEST_URL as string, 'cds_reports');
      const db = openPostgres(database.url);
      await seed(db);
      w = await world(db, 'postgres');
    }, 90_000);
    afterAll(async () => {
      await w?.db.destroy();
      await database?.drop();
    });
    it('six figures in one form, reviewed as one, corrected and published', () => reportAMonth(w));
    it('keeps each figure’s history and the period’s completeness', () => historyAndCompleteness(w));
    it('refuses a row or a decision on a figure that changed since it was loaded', () =>
      staleRowsAreRefused(w));
    it('gives two reviews of one submission at once exactly one winner', () => concurrentReviews(w));
  });
});
