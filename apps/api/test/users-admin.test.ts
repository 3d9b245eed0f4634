/** User administration: admins create, rename, deactivate, assign roles, reset passwords; all audited. */
import { beforeAll, describe, expect, it } from 'vitest';
import { login, send, whoAmI } from './helpers/requests.ts';
import { type Seeded, seededApp, TEST_ADMIN } from './helpers/seeded-app.ts';

let s: Seeded;
let admin: string;
let adminId: number;
beforeAll(async () => {
  s = await seededApp();
  admin = await login(s.app, TEST_ADMIN.login, TEST_ADMIN.password);
  adminId = (await send(s.app, 'GET', '/api/auth/me', { cookie: admin })).body.user.id;
});

const PASSWORD = 'a-long-enough-password';
const as = (cookie: string) => ({
  get: (path: string) => send(s.app, 'GET', path, { cookie }),
  send: (method: string, path: string, body?: unknown) => send(s.app, method, path, { cookie, body }),
});
const auditOf = async (entityId: number) =>
  (await as(admin).get(`/api/audit?entity=user&entityId=${entityId}`)).body.events.reverse();

async function create(login: string, assignments: unknown[] = [{ role: 'staff', unitId: 'v34-01' }]) {
  const sent = await as(admin).send('POST', '/api/users', {
    login,
    displayName: `Cán bộ ${login}`,
    password: PASSWORD,
    assignments,
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  return sent.body.user;
}

describe('creating and changing a user', () => {
  it('creates a user who can sign in, with the acting admin in the audit trail', async () => {
    const user = await create('Nguyen.Van.A');
    expect(user).toMatchObject({
      login: 'nguyen.van.a',
      isActive: true,
      isDemo: false,
      assignments: [{ role: 'staff', unitId: 'v34-01' }],
    });
    const cookie = await login(s.app, 'nguyen.van.a', PASSWORD);
    expect((await as(cookie).get('/api/auth/me')).body.user.editableUnitIds).toContain('v34-01');
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({
      action: 'user.create',
      userId: adminId,
      login: 'admin',
      entityId: String(user.id),
    });
    expect(event.details.after).toMatchObject({
      login: 'nguyen.van.a',
      assignments: [{ role: 'staff', unitId: 'v34-01' }],
    });
  });

  it('refuses a taken login, an unknown province, a provincial admin, a weak password', async () => {
    const before = (await as(admin).get('/api/users')).body.users.length;
    expect(
      (
        await as(admin).send('POST', '/api/users', {
          login: 'demo.sonla',
          displayName: 'x',
          password: PASSWORD,
          assignments: [],
          withoutRoles: true,
        })
      ).status,
    ).toBe(409);
    const bad = [
      { assignments: [{ role: 'staff', unitId: 'v34-99' }] },
      { assignments: [{ role: 'admin', unitId: 'v34-01' }] },
      { assignments: [{ role: 'owner', unitId: null }] },
      {
        assignments: [
          { role: 'staff', unitId: 'v34-01' },
          { role: 'staff', unitId: 'v34-01' },
        ],
      },
      { password: 'short' },
      { password: 'new.person' },
      { login: 'a' },
    ];
    for (const change of bad) {
      const body = {
        login: 'new.person',
        displayName: 'x',
        password: PASSWORD,
        assignments: [],
        withoutRoles: true,
        ...change,
      };
      expect((await as(admin).send('POST', '/api/users', body)).status, JSON.stringify(change)).toBe(400);
    }
    expect((await as(admin).get('/api/users')).body.users.length).toBe(before);
  });

  it('does not create an account without a role unless told so', async () => {
    const body = { login: 'no.role', displayName: 'Không vai trò', password: PASSWORD, assignments: [] };
    const refused = await as(admin).send('POST', '/api/users', body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('assignments');
    expect((await as(admin).send('POST', '/api/users', { ...body, withoutRoles: true })).status).toBe(201);
  });

  it('replaces roles and provinces, which take effect on the next request, audited before and after', async () => {
    const user = await create('tran.thi.b');
    const cookie = await login(s.app, 'tran.thi.b', PASSWORD);
    const assignments = [
      { role: 'reviewer', unitId: 'v34-14' },
      { role: 'staff', unitId: 'v34-44' },
    ];
    const sent = await as(admin).send('PUT', `/api/users/${user.id}/roles`, { assignments });
    expect(sent.status).toBe(200);
    expect(sent.body.user.assignments).toEqual(assignments);
    const me = (await as(cookie).get('/api/auth/me')).body.user;
    expect(me.editableUnitIds).toEqual(expect.arrayContaining(['v34-44', 'v63-44', 'v63-45']));
    expect(me.editableUnitIds).not.toContain('v34-01');
    expect(me.reviewableUnitIds).toEqual(expect.arrayContaining(['v34-14', 'v63-14']));
    const roles = (await auditOf(user.id)).find((e: { action: string }) => e.action === 'user.roles');
    expect(roles).toMatchObject({
      login: 'admin',
      details: { before: [{ role: 'staff', unitId: 'v34-01' }], after: assignments },
    });
  });

  it('deactivates a user: their session stops working at once and they cannot sign in', async () => {
    const user = await create('le.van.c');
    const cookie = await login(s.app, 'le.van.c', PASSWORD);
    expect(await whoAmI(s.app, cookie)).toBe('le.van.c');
    const sent = await as(admin).send('PATCH', `/api/users/${user.id}`, {
      isActive: false,
      displayName: 'Lê Văn C',
    });
    expect(sent.status).toBe(200);
    expect(sent.body.user).toMatchObject({ isActive: false, displayName: 'Lê Văn C' });
    expect(await whoAmI(s.app, cookie)).toBeNull();
    expect(
      (await send(s.app, 'POST', '/api/auth/login', { body: { login: 'le.van.c', password: PASSWORD } }))
        .status,
    ).toBe(401);
    const update = (await auditOf(user.id)).find((e: { action: string }) => e.action === 'user.update');
    expect(update.details).toMatchObject({ before: { isActive: true }, after: { isActive: false } });
    expect((await as(admin).send('PATCH', `/api/users/${user.id}`, { isActive: true })).status).toBe(200);
    expect(await login(s.app, 'le.van.c', PASSWORD)).toMatch(/^cds_session=/);
  });

  it('resets a password: the old one and the user’s sessions stop working', async () => {
    const user = await create('pham.thi.d');
    const cookie = await login(s.app, 'pham.thi.d', PASSWORD);
    const sent = await as(admin).send('POST', `/api/users/${user.id}/password`, {
      newPassword: 'brand-new-password',
    });
    expect(sent.status).toBe(200);
    expect(await whoAmI(s.app, cookie)).toBeNull();
    expect(
      (await send(s.app, 'POST', '/api/auth/login', { body: { login: 'pham.thi.d', password: PASSWORD } }))
        .status,
    ).toBe(401);
    expect(await login(s.app, 'pham.thi.d', 'brand-new-password')).toMatch(/^cds_session=/);
    const reset = (await auditOf(user.id)).find(
      (e: { action: string }) => e.action === 'user.password_reset',
    );
    expect(reset).toMatchObject({ login: 'admin', details: { sessionsEnded: 1 } });
    expect(JSON.stringify(reset)).not.toContain('brand-new-password');
  });
});
