/**
 * The guards in front of every route: deny by default (PUBLIC_READ off), CSRF, response headers,
 * body size, JSON-only bodies, malformed JSON and unknown fields. A refused write changes no row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { login, send } from './helpers/requests.ts';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';

let s: Seeded;
let admin: string;
beforeAll(async () => {
  s = await seededApp('sqlite', undefined, { publicRead: false });
  admin = await login(s.app, 'demo.admin', DEMO_PASSWORD);
});

const newUser = (login: string) => ({
  login,
  displayName: 'Cán bộ thử',
  password: 'a-long-enough-password',
  assignments: [{ role: 'staff', unitId: 'v34-01' }],
});
const userCount = async () => (await s.db.selectFrom('app_user').select('id').execute()).length;

describe('with PUBLIC_READ off', () => {
  it('answers anonymous reads of figures with 401 and a bilingual message', async () => {
    for (const path of [
      '/api/summary/v63-14?period=2023',
      '/api/rankings/dti_rank?period=2022',
      '/api/units',
    ]) {
      const sent = await send(s.app, 'GET', path);
      expect(sent.status, path).toBe(401);
      expect(sent.body.error).toEqual({
        code: 'unauthenticated',
        message: { vi: 'Cần đăng nhập', en: 'Sign-in required' },
      });
    }
  });

  it('keeps health, the OpenAPI document, meta and who-am-I public', async () => {
    for (const path of ['/api/health', '/api/openapi.json', '/api/meta', '/api/auth/me']) {
      expect((await send(s.app, 'GET', path)).status, path).toBe(200);
    }
  });

  it('lets a signed-in viewer read', async () => {
    const viewer = await login(s.app, 'demo.viewer', DEMO_PASSWORD);
    expect((await send(s.app, 'GET', '/api/summary/v63-14?period=2023', { cookie: viewer })).status).toBe(
      200,
    );
  });

  it('keeps admin reads closed to anonymous callers even with PUBLIC_READ on', async () => {
    const open = await seededApp();
    for (const path of ['/api/users', '/api/audit', '/api/revisions']) {
      expect((await send(open.app, 'GET', path)).status, path).toBe(401);
    }
    expect((await send(open.app, 'GET', '/api/summary/v63-14?period=2023')).status).toBe(200);
  }, 60_000);
});

describe('CSRF', () => {
  it('refuses a write without X-Requested-With: cds, and changes nothing', async () => {
    const before = await userCount();
    const response = await s.app.request('/api/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: admin },
      body: JSON.stringify(newUser('csrf.one')),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('csrf');
    expect(await userCount()).toBe(before);
  });

  it('refuses a form post from another site, even to the login endpoint', async () => {
    const response = await s.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: `login=demo.admin&password=${DEMO_PASSWORD}`,
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['Origin null', { Origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { 'Sec-Fetch-Site': 'same-site' }],
  ])('refuses a write with %s even with the header, and changes nothing', async (_, headers) => {
    const before = await userCount();
    const sent = await send(s.app, 'POST', '/api/users', {
      cookie: admin,
      body: newUser('csrf.two'),
      headers,
    });
    expect(sent.status).toBe(403);
    expect(sent.body.error.code).toBe('csrf');
    expect(await userCount()).toBe(before);
  });

  it('accepts a same-origin write', async () => {
    const headers = { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' };
    const sent = await send(s.app, 'POST', '/api/users', {
      cookie: admin,
      body: newUser('csrf.ok'),
      headers,
    });
    expect(sent.status).toBe(201);
  });
});

describe('response headers', () => {
  it('sends a CSP, no framing, nosniff and a referrer policy on API answers', async () => {
    const response = await s.app.request('/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('keeps answers about a signed-in user out of shared caches', async () => {
    const sent = await send(s.app, 'GET', '/api/auth/me', { cookie: admin });
    expect(sent.response.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('bodies', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    s.app.request('/api/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cds', Cookie: admin, ...headers },
      body,
    });

  it('answers 413 to a body over 64 KiB, with or without Content-Length, and changes nothing', async () => {
    const before = await userCount();
    const big = JSON.stringify({ ...newUser('big.one'), displayName: 'x'.repeat(70 * 1024) });
    const declared = await post(big, { 'Content-Length': String(Buffer.byteLength(big)) });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect((await post(big)).status).toBe(413);
    expect(await userCount()).toBe(before);
  });

  it('answers 400, never 500, to malformed JSON', async () => {
    for (const body of ['{', '{"login": }', 'null', '[]', '"text"', '']) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(
        ((await response.json()) as { error: { message: { vi: string } } }).error.message.vi,
      ).toBeTruthy();
    }
    expect(s.errors).toEqual([]);
  });

  it('answers 400 naming an unknown field or a wrong type', async () => {
    const unknown = await send(s.app, 'POST', '/api/users', {
      cookie: admin,
      body: { ...newUser('x.one'), isAdmin: true },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message.en).toContain('isAdmin');
    expect(unknown.body.error.message.vi).toContain('isAdmin');
    const wrongType = await send(s.app, 'PATCH', '/api/users/1', { cookie: admin, body: { isActive: 'no' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.issues[0].field).toBe('isActive');
  });

  it('answers 415 to a body that is not JSON, so it cannot pass as an empty change', async () => {
    const response = await post('displayName=x', { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(415);
    const patch = await s.app.request('/api/users/1', {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Requested-With': 'cds',
        Cookie: admin,
      },
      body: 'isActive=false',
    });
    expect(patch.status).toBe(415);
  });

  /**
   * A request as @hono/node-server hands it over: every method but GET and HEAD gets a body stream,
   * empty when the client sent no body, and no Content-Length unless the client sent one.
   */
  const fromNodeServer = (method: string, path: string, body = '', headers: Record<string, string> = {}) =>
    s.app.request(
      new Request(`http://localhost${path}`, {
        method,
        headers: { 'X-Requested-With': 'cds', Cookie: admin, ...headers },
        body: new ReadableStream({
          start(controller) {
            if (body) controller.enqueue(new TextEncoder().encode(body));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit),
    );

  it('lets a DELETE or a body-less POST without Content-Length through to its route, not 415', async () => {
    const plan = {
      unitId: null,
      indicatorKey: 'adults_smartphone',
      period: '2031',
      value: 90,
      source: 'Kế hoạch thử',
    };
    const created = await send(s.app, 'POST', '/api/targets', { cookie: admin, body: plan });
    expect(created.status).toBe(201);
    const deleted = await fromNodeServer('DELETE', `/api/targets/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ id: created.body.id, deleted: true });
    // The route still has its say: an unknown plan is a 404.
    expect((await fromNodeServer('DELETE', '/api/targets/999999')).status).toBe(404);
    const revision = await fromNodeServer('POST', '/api/revisions/999999/submit');
    expect(revision.status).toBe(404);
    const logout = await fromNodeServer('POST', '/api/auth/logout');
    expect(logout.status).toBe(200);
    admin = await login(s.app, 'demo.admin', DEMO_PASSWORD);
  });

  it('still reads a body sent without Content-Length: JSON goes through, anything else is 415', async () => {
    const plan = {
      unitId: null,
      indicatorKey: 'adults_smartphone',
      period: '2032',
      value: 90,
      source: 'Kế hoạch thử',
    };
    const json = await fromNodeServer('POST', '/api/targets', JSON.stringify(plan), {
      'Content-Type': 'application/json',
    });
    expect(json.status).toBe(201);
    const text = await fromNodeServer('POST', '/api/targets', 'value=90', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    const untyped = await fromNodeServer('DELETE', '/api/targets/1', '{}');
    expect(untyped.status).toBe(415);
  });
});
