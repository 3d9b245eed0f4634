/**
 * Entering and reviewing figures: staff propose, a reviewer of that province approves
 * (publishing the figure) or returns it; the rules on who, what and when hold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

let s: Seeded;
let sonla: Client;
let quangtri: Client;
let reviewer: Client;
let viewer: Client;

const entry = {
  unitId: 'v63-14',
  indicatorKey: 'villages_mobile_broadband',
  period: '2022',
  value: null,
  numerator: 200,
  denominator: 216,
  sourceRef: 'Báo cáo 15/BC-STTTT ngày 10/01/2023',
};

const revisionCount = async () =>
  (
    await s.db
      .selectFrom('revision')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

beforeAll(async () => {
  s = await seededApp();
  sonla = await signIn(s.app, 'demo.sonla');
  quangtri = await signIn(s.app, 'demo.quangtri');
  reviewer = await signIn(s.app, 'demo.reviewer');
  viewer = await signIn(s.app, 'demo.viewer');
});

describe('entering and approving a figure', () => {
  it('publishes an approved figure, replacing the demo one, with an audit trail', async () => {
    const created = await sonla.send('POST', '/api/revisions', { ...entry, submit: true });
    expect(created.status).toBe(201);
    expect(created.body.revision).toMatchObject({ status: 'submitted', value: expect.closeTo(92.59, 2) });

    // Not published yet: the summary still shows the demo figure.
    const before = await viewer.get('/api/summary/v63-14?period=2022');
    const villagesBefore = before.body.items.find(
      (i: { indicator: string }) => i.indicator === 'villages_mobile_broadband',
    );
    expect(villagesBefore.figure.isDemo).toBe(true);

    const approved = await reviewer.send('POST', `/api/revisions/${created.body.revision.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.revision.status).toBe('approved');

    const after = await viewer.get('/api/summary/v63-14?period=2022');
    const villages = after.body.items.find(
      (i: { indicator: string }) => i.indicator === 'villages_mobile_broadband',
    );
    expect(villages.figure).toMatchObject({
      numerator: 200,
      denominator: 216,
      isDemo: false,
      basis: 'reported',
    });
    expect(villages.figure.sourceRefs).toEqual(['Báo cáo 15/BC-STTTT ngày 10/01/2023']);

    const audit = await s.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'observation.publish')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ login: 'demo.reviewer', unit_id: 'v63-14' });
    expect(JSON.parse(audit[0]?.details ?? '{}').enteredBy).toBe('demo.sonla');
  });

  it('returns an entry with a comment, lets staff fix it and send it again', async () => {
    const created = await sonla.send('POST', '/api/revisions', { ...entry, period: '2021', submit: true });
    const id = created.body.revision.id;
    expect(
      (await reviewer.send('POST', `/api/revisions/${id}/return`, { comment: 'Sai mẫu số' })).body.revision,
    ).toMatchObject({ status: 'returned', reviewComment: 'Sai mẫu số' });
    const fixed = await sonla.send('PATCH', `/api/revisions/${id}`, { denominator: 220 });
    expect(fixed.body.revision).toMatchObject({ status: 'draft', denominator: 220 });
    expect((await sonla.send('POST', `/api/revisions/${id}/submit`)).body.revision.status).toBe('submitted');
  });

  it('refuses to approve a revision made against a figure that changed since', async () => {
    const first = await sonla.send('POST', '/api/revisions', { ...entry, period: '2020', submit: true });
    const second = await sonla.send('POST', '/api/revisions', {
      ...entry,
      period: '2020',
      numerator: 190,
      submit: true,
    });
    expect((await reviewer.send('POST', `/api/revisions/${first.body.revision.id}/approve`)).status).toBe(
      200,
    );
    const stale = await reviewer.send('POST', `/api/revisions/${second.body.revision.id}/approve`);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale');
  });
});

describe('who may do what', () => {
  it('refuses staff of another province, and changes nothing', async () => {
    const count = await revisionCount();
    const res = await quangtri.send('POST', '/api/revisions', { ...entry, submit: true });
    expect(res.status).toBe(403);
    expect(res.body.error.message.vi).toContain('Sơn La');
    expect(await revisionCount()).toBe(count);
  });

  it('lets staff of a new province correct its former provinces, but not approve', async () => {
    const res = await quangtri.send('POST', '/api/revisions', { ...entry, unitId: 'v63-44', submit: true });
    expect(res.status).toBe(201);
    const approve = await quangtri.send('POST', `/api/revisions/${res.body.revision.id}/approve`);
    expect(approve.status).toBe(403);
  });

  it('refuses viewers and anonymous callers', async () => {
    expect((await viewer.send('POST', '/api/revisions', { ...entry, submit: true })).status).toBe(403);
    const anonymous = await s.app.request('/api/revisions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cds' },
      body: JSON.stringify(entry),
    });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a reviewer approving or returning an entry they edited, though someone else entered it', async () => {
    const admin = await signIn(s.app, 'demo.admin');
    const created = await sonla.send('POST', '/api/revisions', { ...entry, period: '2019-06' });
    const id = created.body.revision.id;
    expect(created.body.revision.updatedBy).toMatchObject({ login: 'demo.sonla' });
    const edited = await admin.send('PATCH', `/api/revisions/${id}`, { numerator: 201 });
    expect(edited.status).toBe(200);
    expect(edited.body.revision).toMatchObject({
      createdBy: { login: 'demo.sonla' },
      updatedBy: { login: 'demo.admin' },
    });
    expect((await sonla.send('POST', `/api/revisions/${id}/submit`)).status).toBe(200);
    for (const move of ['approve', 'return']) {
      const res = await admin.send(
        'POST',
        `/api/revisions/${id}/${move}`,
        move === 'return' ? { comment: 'Sai mẫu số' } : undefined,
      );
      expect(res.status, move).toBe(403);
      expect(res.body.error).toEqual({
        code: 'forbidden',
        message: {
          vi: 'Không được tự duyệt số liệu do mình sửa',
          en: 'You may not review a figure you edited',
        },
      });
    }
    // Another reviewer may, and the audit trail names who entered and who approved.
    const approved = await reviewer.send('POST', `/api/revisions/${id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.revision).toMatchObject({
      status: 'approved',
      reviewedBy: { login: 'demo.reviewer' },
    });
  });

  it('refuses a reviewer approving their own entry', async () => {
    const admin = await signIn(s.app, 'demo.admin');
    const created = await admin.send('POST', '/api/revisions', { ...entry, period: '2019', submit: true });
    const res = await admin.send('POST', `/api/revisions/${created.body.revision.id}/approve`);
    expect(res.status).toBe(403);
    expect(res.body.error.message.vi).toContain('tự duyệt');
  });
});

describe('what may be entered', () => {
  it('sends a figure for a former province after the merger to the province it became part of', async () => {
    const res = await quangtri.send('POST', '/api/revisions', {
      ...entry,
      unitId: 'v63-44',
      period: '2025-Q3',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message.vi).toContain('hãy nhập cho Quảng Trị');
    expect(res.body.error.issues[0].field).toBe('period');
    expect(res.body.error.field).toBe('period');
  });

  it('checks the figure itself: numerator above denominator, percent above 100, a period not begun', async () => {
    const bad = await sonla.send('POST', '/api/revisions', { ...entry, numerator: 300 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { field: string }) => i.field)).toContain('numerator');
    expect(
      (
        await sonla.send('POST', '/api/revisions', {
          ...entry,
          numerator: null,
          denominator: null,
          value: 120,
        })
      ).status,
    ).toBe(400);
    expect(
      (await sonla.send('POST', '/api/revisions', { ...entry, unitId: 'v34-14', period: '2027' })).status,
    ).toBe(400);
  });

  it('refuses unknown fields and a missing source', async () => {
    expect((await sonla.send('POST', '/api/revisions', { ...entry, isDemo: false })).status).toBe(400);
    const { sourceRef: _omit, ...noSource } = entry;
    expect((await sonla.send('POST', '/api/revisions', noSource)).status).toBe(400);
  });
});
