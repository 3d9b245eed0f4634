/** Who may use the user admin, what an admin may not do to themselves, and reading the audit trail. */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { login, send } from './helpers/requests.ts';
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
describe('the user list', () => {
  it('shows the admin and the demo accounts with their roles, and no password hashes', async () => {
    const sent = await as(admin).get('/api/users');
    expect(sent.status).toBe(200);
    const logins = sent.body.users.map((u: { login: string }) => u.login);
    expect(logins).toEqual(expect.arrayContaining(['admin', 'demo.admin', 'demo.reviewer', 'demo.sonla']));
    const reviewer = sent.body.users.find((u: { login: string }) => u.login === 'demo.reviewer');
    expect(reviewer).toMatchObject({ isDemo: true, isActive: true });
    expect(reviewer.assignments).toEqual([
      { role: 'reviewer', unitId: 'v34-14' },
      { role: 'reviewer', unitId: 'v34-44' },
    ]);
    expect(JSON.stringify(sent.body)).not.toMatch(/scrypt|password_hash|passwordHash/);
  });

  it('is closed to everyone but admins', async () => {
    for (const who of ['demo.viewer', 'demo.sonla', 'demo.reviewer']) {
      const cookie = await login(s.app, who, DEMO_PASSWORD);
      const list = await as(cookie).get('/api/users');
      expect(list.status, who).toBe(403);
      expect(list.body.error.message).toEqual({
        vi: 'Chỉ quản trị viên được quản lý tài khoản',
        en: 'Only administrators may manage accounts',
      });
      expect(
        (
          await as(cookie).send('POST', '/api/users', {
            login: 'x.y.z',
            displayName: 'x',
            password: PASSWORD,
            assignments: [],
            withoutRoles: true,
          })
        ).status,
      ).toBe(403);
      expect((await as(cookie).get('/api/audit')).status, who).toBe(403);
    }
  });
});

describe('what an admin cannot do to themselves', () => {
  it('refuses deactivating oneself or dropping one’s own admin role, and changes nothing', async () => {
    const off = await as(admin).send('PATCH', `/api/users/${adminId}`, { isActive: false });
    expect(off.status).toBe(400);
    expect(off.body.error.message.en).toContain('cannot deactivate yourself');
    const demote = await as(admin).send('PUT', `/api/users/${adminId}/roles`, {
      assignments: [{ role: 'viewer', unitId: null }],
    });
    expect(demote.status).toBe(400);
    expect(demote.body.error.message.en).toContain('cannot remove your own admin role');
    expect((await as(admin).get('/api/auth/me')).body.user.assignments).toEqual([
      { role: 'admin', unitId: null },
    ]);
  });

  it('answers 404 for a user that does not exist and 400 for a malformed id', async () => {
    expect((await as(admin).send('PATCH', '/api/users/999999', { isActive: false })).status).toBe(404);
    expect((await as(admin).send('PUT', '/api/users/999999/roles', { assignments: [] })).status).toBe(404);
    expect((await as(admin).send('PATCH', '/api/users/abc', { isActive: false })).status).toBe(400);
    expect((await as(admin).send('PATCH', '/api/users/1', {})).status).toBe(400);
  });
});

describe('GET /api/audit', () => {
  it('lists sign-ins and failed sign-ins, filters by user and action, and pages', async () => {
    await send(s.app, 'POST', '/api/auth/login', { body: { login: 'admin', password: 'wrong-password' } });
    const failed = await as(admin).get('/api/audit?action=auth.login_failed');
    expect(failed.body.events[0]).toMatchObject({
      action: 'auth.login_failed',
      login: 'admin',
      userId: null,
    });
    const body = {
      login: 'audit.me',
      displayName: 'x',
      password: PASSWORD,
      assignments: [],
      withoutRoles: true,
    };
    expect((await as(admin).send('POST', '/api/users', body)).status).toBe(201);
    const mine = await as(admin).get(`/api/audit?userId=${adminId}&limit=1`);
    expect(mine.body.events).toEqual([expect.objectContaining({ action: 'user.create', userId: adminId })]);
    expect(mine.body.hasMore).toBe(true);
    const next = await as(admin).get(`/api/audit?userId=${adminId}&limit=1&offset=1`);
    expect(next.body.events).toEqual([expect.objectContaining({ action: 'auth.login', userId: adminId })]);
    expect((await as(admin).get('/api/audit?limit=0')).status).toBe(400);
    expect((await as(admin).get('/api/audit?who=me')).status).toBe(400);
  });
});
