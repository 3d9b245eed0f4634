/** Health, meta and the OpenAPI document. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { getJson, type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';
import { signIn } from './helpers/sign-in.ts';

let s: Seeded;
beforeAll(async () => {
  s = await seededApp();
});

describe('GET /api/health', () => {
  it('answers ok and names the database', async () => {
    const { status, body } = await getJson(s.app, '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', database: 'sqlite' });
  });
});

describe('GET /api/meta', () => {
  it('features Sơn La 2023, the latest year a province reported real figures', async () => {
    const { status, body } = await getJson(s.app, '/api/meta');
    expect(status).toBe(200);
    expect(body.featured).toEqual({ unitId: 'v63-14', period: '2023' });
  });

  it('says demo data is loaded and gives the merger date', async () => {
    const { body } = await getJson(s.app, '/api/meta');
    expect(body.hasDemo).toBe(true);
    expect(body.mergerDate).toBe('2025-07-01');
  });

  it('says whether anonymous visitors may read figures, so the web app can open on sign-in', async () => {
    expect((await getJson(s.app, '/api/meta')).body.publicRead).toBe(true);
    const closed = createApp(s.db, { publicRead: false });
    const { status, body } = await getJson(closed, '/api/meta');
    expect(status).toBe(200);
    expect(body.publicRead).toBe(false);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route the app serves, with its method, and nothing it does not', async () => {
    const { status, body } = await getJson(s.app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\.1/);
    const served = new Set(
      s.app.routes
        .filter((r) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
        .map((r) => `${r.method} ${r.path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = Object.entries<Record<string, unknown>>(body.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...served].sort());
    expect([...served].filter((r) => r.startsWith('GET ')).length).toBeGreaterThanOrEqual(15);
  });

  it('lists the query parameters the routes validate', async () => {
    const { body } = await getJson(s.app, '/api/openapi.json');
    const names = (path: string) =>
      body.paths[path].get.parameters.map((p: { name: string }) => p.name).sort();
    expect(names('/series')).toEqual(['from', 'indicator', 'periodType', 'to', 'unit', 'view']);
    expect(names('/summary/{unitId}')).toEqual(['period', 'unitId', 'view']);
    expect(names('/rankings/{indicator}')).toEqual(['indicator', 'period', 'view']);
  });

  it('documents the path parameter of every templated path', async () => {
    const { body } = await getJson(s.app, '/api/openapi.json');
    type Operation = { parameters: { name: string; in: string }[] };
    for (const [path, item] of Object.entries<Record<string, Operation>>(body.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, operation] of Object.entries(item)) {
        const inPath = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
        expect(inPath, `${method} ${path}`).toEqual(templated);
      }
    }
  });
});

describe('unknown endpoints', () => {
  it('answer 401 to anonymous callers (deny by default) and 404 in the API error shape once signed in', async () => {
    expect((await getJson(s.app, '/api/nowhere')).status).toBe(401);
    const viewer = await signIn(s.app, 'demo.viewer');
    const { status, body } = await viewer.get('/api/nowhere');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('the error shape in the OpenAPI description', () => {
  it('documents { error: { code, message: { vi, en }, field?, issues? } } on every error response', async () => {
    const { body } = await getJson(s.app, '/api/openapi.json');
    expect(body.components.schemas.ApiError.properties.error.properties.message.required).toEqual([
      'vi',
      'en',
    ]);
    const responses = Object.values(body.paths).flatMap((path) =>
      Object.values(path as Record<string, { responses: Record<string, Json> }>).flatMap((op) =>
        Object.entries(op.responses).filter(([status]) => Number(status) >= 400),
      ),
    );
    expect(responses.length).toBeGreaterThan(20);
    for (const [, response] of responses) {
      expect(response.content['application/json'].schema.$ref).toBe('#/components/schemas/ApiError');
    }
  });
});
