/** Signing in and out, the session cookie, idle and absolute expiry, and changing one's own password. */
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../src/auth/sessions.repository.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { HOUR, login, MINUTE, send, sessionCookie, testClock, whoAmI } from './helpers/requests.ts';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
const clock = testClock();
beforeAll(async () => {
  s = await seededApp('sqlite', undefined, { publicRead: false, now: clock.now });
});

const audit = (action: string) =>
  s.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id').execute();

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user with roles and provinces', async () => {
    const sent = await send(s.app, 'POST', '/api/auth/login', {
      body: { login: 'demo.sonla', password: DEMO_PASSWORD },
    });
    expect(sent.status).toBe(200);
    const cookie = sent.response.headers.getSetCookie().find((c) => c.startsWith('cds_session=')) ?? '';
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    // Served over plain HTTP here, so not Secure.
    expect(cookie).not.toMatch(/; Secure/);
    expect(sent.body.user).toMatchObject({
      login: 'demo.sonla',
      isDemo: true,
      assignments: [{ role: 'staff', unitId: 'v34-14' }],
    });
    // Staff of today's Sơn La also edit the former Sơn La's figures.
    expect(sent.body.user.editableUnitIds.sort()).toEqual(['v34-14', 'v63-14']);
    expect(await whoAmI(s.app, sessionCookie(sent.response))).toBe('demo.sonla');
  });

  it('marks the cookie Secure when the app is served over HTTPS', async () => {
    const response = await s.app.request('https://cds.example.vn/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cds' },
      body: JSON.stringify({ login: 'demo.viewer', password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('stores only a hash of the token', async () => {
    const cookie = await login(s.app, 'demo.viewer', DEMO_PASSWORD);
    const token = cookie.split('=')[1] ?? '';
    const rows = await s.db.selectFrom('app_session').select('id').execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
  });

  it('refuses a wrong password or an unknown login with the same 401, and audits both', async () => {
    const wrong = await send(s.app, 'POST', '/api/auth/login', {
      body: { login: 'demo.admin', password: 'nope' },
    });
    const unknown = await send(s.app, 'POST', '/api/auth/login', {
      body: { login: 'ghost', password: 'nope' },
    });
    for (const sent of [wrong, unknown]) {
      expect(sent.status).toBe(401);
      expect(sent.body.error).toEqual({
        code: 'invalid_credentials',
        message: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong login or password' },
      });
      expect(sessionCookie(sent.response)).toBe('');
    }
    const failed = await audit('auth.login_failed');
    expect(failed.map((r) => [r.login, JSON.parse(r.details ?? '{}').reason])).toEqual([
      ['demo.admin', 'wrong_password'],
      ['ghost', 'unknown_login'],
    ]);
    expect(failed[0]?.user_id).toBeNull();
  });

  it('audits a successful sign-in with the user', async () => {
    const rows = await audit('auth.login');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ login: 'demo.sonla', entity: 'user' });
    expect(rows[0]?.user_id).toEqual(expect.any(Number));
  });
});

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('answers { user: null } to an anonymous caller', async () => {
    const sent = await send(s.app, 'GET', '/api/auth/me');
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ user: null });
  });

  it('ends the session on logout: the same cookie no longer signs in', async () => {
    const cookie = await login(s.app, 'demo.reviewer', DEMO_PASSWORD);
    expect((await send(s.app, 'GET', '/api/summary/v34-14?period=2025', { cookie })).status).toBe(200);
    const out = await send(s.app, 'POST', '/api/auth/logout', { cookie });
    expect(out.status).toBe(200);
    expect(out.response.headers.get('set-cookie')).toMatch(/cds_session=;.*Max-Age=0/);
    expect(await whoAmI(s.app, cookie)).toBeNull();
    expect((await send(s.app, 'GET', '/api/summary/v34-14?period=2025', { cookie })).status).toBe(401);
    expect((await audit('auth.logout')).map((r) => r.login)).toEqual(['demo.reviewer']);
  });

  it('ignores a forged or malformed cookie', async () => {
    expect(await whoAmI(s.app, `cds_session=${'A'.repeat(43)}`)).toBeNull();
    expect(await whoAmI(s.app, 'cds_session=%00%27')).toBeNull();
  });
});

describe('expiry', () => {
  it(`ends a session idle for ${SESSION_IDLE_MS / HOUR} hours, and keeps one in use`, async () => {
    const cookie = await login(s.app, 'demo.viewer', DEMO_PASSWORD);
    clock.advance(SESSION_IDLE_MS - MINUTE);
    expect(await whoAmI(s.app, cookie)).toBe('demo.viewer');
    // The request above counted as activity: the idle clock starts again from it.
    clock.advance(SESSION_IDLE_MS - MINUTE);
    expect(await whoAmI(s.app, cookie)).toBe('demo.viewer');
    clock.advance(SESSION_IDLE_MS);
    expect(await whoAmI(s.app, cookie)).toBeNull();
  });

  it(`ends a session ${SESSION_ABSOLUTE_MS / HOUR / 24} days after sign-in however busy it is`, async () => {
    const cookie = await login(s.app, 'demo.viewer', DEMO_PASSWORD);
    let elapsed = 0;
    while (elapsed + 6 * HOUR < SESSION_ABSOLUTE_MS) {
      clock.advance(6 * HOUR);
      elapsed += 6 * HOUR;
      expect(await whoAmI(s.app, cookie)).toBe('demo.viewer');
    }
    clock.advance(SESSION_ABSOLUTE_MS - elapsed);
    expect(await whoAmI(s.app, cookie)).toBeNull();
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password, ends every other session, and keeps this browser signed in', async () => {
    const other = await login(s.app, 'demo.quangtri', DEMO_PASSWORD);
    const mine = await login(s.app, 'demo.quangtri', DEMO_PASSWORD);
    const newPassword = 'a-much-better-secret';
    const sent = await send(s.app, 'POST', '/api/auth/password', {
      cookie: mine,
      body: { currentPassword: DEMO_PASSWORD, newPassword },
    });
    expect(sent.status).toBe(200);
    const renewed = sessionCookie(sent.response);
    expect(renewed).not.toBe(mine);
    expect(await whoAmI(s.app, renewed)).toBe('demo.quangtri');
    expect(await whoAmI(s.app, other)).toBeNull();
    expect(await whoAmI(s.app, mine)).toBeNull();
    expect(
      (
        await send(s.app, 'POST', '/api/auth/login', {
          body: { login: 'demo.quangtri', password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(401);
    expect(await login(s.app, 'demo.quangtri', newPassword)).toMatch(/^cds_session=/);
    expect((await audit('auth.password_change')).map((r) => r.login)).toEqual(['demo.quangtri']);
  });

  it('refuses a wrong current password, a short one, one equal to the login, and an anonymous caller', async () => {
    const cookie = await login(s.app, 'demo.admin', DEMO_PASSWORD);
    const attempt = (body: unknown) => send(s.app, 'POST', '/api/auth/password', { cookie, body });
    const wrong = await attempt({ currentPassword: 'not it at all', newPassword: 'another-long-one' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('wrong_password');
    expect((await attempt({ currentPassword: DEMO_PASSWORD, newPassword: 'short' })).status).toBe(400);
    const same = await attempt({ currentPassword: DEMO_PASSWORD, newPassword: 'Demo.Admin' });
    expect(same.status).toBe(400);
    const asLogin = await attempt({ currentPassword: DEMO_PASSWORD, newPassword: 'demo.admin' });
    expect(asLogin.status).toBe(400);
    expect(asLogin.body.error.message.en).toContain('may not be the login');
    const anonymous = await send(s.app, 'POST', '/api/auth/password', {
      body: { currentPassword: DEMO_PASSWORD, newPassword: 'another-long-one' },
    });
    expect(anonymous.status).toBe(401);
    expect(await whoAmI(s.app, cookie)).toBe('demo.admin');
  });
});
