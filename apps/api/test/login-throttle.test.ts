/** Login throttling per account and per address, with a clock the tests move instead of waiting. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_LOGIN,
  THROTTLE_WINDOW_MS,
} from '../src/auth/login-throttle.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { MINUTE, send, testClock } from './helpers/requests.ts';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
const clock = testClock();
beforeAll(async () => {
  // trustProxy: each test claims its own address through X-Forwarded-For.
  s = await seededApp('sqlite', undefined, { now: clock.now, trustProxy: true });
});

const attempt = (login: string, password: string, ip: string) =>
  send(s.app, 'POST', '/api/auth/login', { body: { login, password }, headers: { 'X-Forwarded-For': ip } });

describe('per account', () => {
  it(`locks an account after ${MAX_FAILURES_PER_LOGIN} failures, says for how many minutes, and lets it in after`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) {
      expect((await attempt('demo.sonla', 'wrong password', '10.0.0.1')).status).toBe(401);
      clock.advance(MINUTE);
    }
    // The first failure was 5 minutes ago: it leaves the 15-minute window in 10 minutes.
    const locked = await attempt('demo.sonla', DEMO_PASSWORD, '10.0.0.2');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(locked.body.error.message).toEqual({
      vi: 'Đăng nhập sai quá nhiều lần. Thử lại sau 10 phút.',
      en: 'Too many failed sign-ins. Try again in 10 minutes.',
    });
    expect(locked.response.headers.get('retry-after')).toBe('600');

    clock.advance(9 * MINUTE);
    const stillLocked = await attempt('demo.sonla', DEMO_PASSWORD, '10.0.0.2');
    expect(stillLocked.body.error.message.vi).toContain('Thử lại sau 1 phút');

    clock.advance(MINUTE);
    expect((await attempt('demo.sonla', DEMO_PASSWORD, '10.0.0.2')).status).toBe(200);
    const audited = await s.db
      .selectFrom('audit_event')
      .select('login')
      .where('action', '=', 'auth.login_throttled')
      .execute();
    expect(audited.map((r) => r.login)).toEqual(['demo.sonla', 'demo.sonla']);
  });

  it('does not lock other accounts, and a success starts the count again', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN - 1; i++) {
      expect((await attempt('demo.quangtri', 'wrong password', '10.1.0.1')).status).toBe(401);
    }
    expect((await attempt('demo.viewer', DEMO_PASSWORD, '10.1.0.1')).status).toBe(200);
    expect((await attempt('demo.quangtri', DEMO_PASSWORD, '10.1.0.1')).status).toBe(200);
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN - 1; i++) {
      expect((await attempt('demo.quangtri', 'wrong password', '10.1.0.1')).status).toBe(401);
    }
    expect((await attempt('demo.quangtri', DEMO_PASSWORD, '10.1.0.1')).status).toBe(200);
  });

  it('counts wrong current passwords in a password change, so a stolen session cannot guess it', async () => {
    const signedIn = await attempt('demo.reviewer', DEMO_PASSWORD, '10.2.0.1');
    const cookie = (signedIn.response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) {
      const body = { currentPassword: `guess number ${i}`, newPassword: 'whatever-long-enough' };
      const sent = await send(s.app, 'POST', '/api/auth/password', {
        cookie,
        body,
        headers: { 'X-Forwarded-For': '10.2.0.1' },
      });
      expect(sent.status).toBe(400);
    }
    const body = { currentPassword: DEMO_PASSWORD, newPassword: 'whatever-long-enough' };
    const locked = await send(s.app, 'POST', '/api/auth/password', {
      cookie,
      body,
      headers: { 'X-Forwarded-For': '10.2.0.1' },
    });
    expect(locked.status).toBe(429);
    clock.advance(THROTTLE_WINDOW_MS);
  });
});

describe('per address', () => {
  it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures across accounts, but not other addresses`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      // A different login each time: only the address ties them together.
      expect((await attempt(`someone${i}`, 'wrong password', '10.9.9.9')).status).toBe(401);
    }
    const locked = await attempt('demo.admin', DEMO_PASSWORD, '10.9.9.9');
    expect(locked.status).toBe(429);
    expect(locked.body.error.message.vi).toMatch(/Thử lại sau 15 phút/);
    expect((await attempt('demo.admin', DEMO_PASSWORD, '10.9.9.10')).status).toBe(200);
    clock.advance(THROTTLE_WINDOW_MS);
    expect((await attempt('demo.admin', DEMO_PASSWORD, '10.9.9.9')).status).toBe(200);
  });

  it('does not believe X-Forwarded-For unless told to trust the proxy', async () => {
    const direct = await seededApp('sqlite', undefined, { now: clock.now });
    const sent = await send(direct.app, 'POST', '/api/auth/login', {
      body: { login: 'demo.viewer', password: DEMO_PASSWORD },
      headers: { 'X-Forwarded-For': '203.0.113.7' },
    });
    expect(sent.status).toBe(200);
    const rows = await direct.db.selectFrom('login_attempt').select('ip').execute();
    expect(rows.map((r) => r.ip)).toEqual(['unknown']);
  }, 60_000);
});
