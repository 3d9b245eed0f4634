/** Health, meta and the OpenAPI document. */
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, type Seeded, seededApp } from './helpers/seeded-app.ts';

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
});

describe('GET /api/openapi.json', () => {
  it('documents every GET route the app serves, and nothing it does not', async () => {
    const { status, body } = await getJson(s.app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\.1/);
    const served = new Set(
      s.app.routes
        .filter((r) => r.method === 'GET')
        .map((r) => r.path.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}')),
    );
    expect(Object.keys(body.paths).sort()).toEqual([...served].sort());
    expect(served.size).toBe(12);
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
    for (const [path, item] of Object.entries<{ get: { parameters: { name: string; in: string }[] } }>(
      body.paths,
    )) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const inPath = item.get.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      expect(inPath, path).toEqual(templated);
    }
  });
});

describe('unknown endpoints', () => {
  it('answer 404 in the API error shape', async () => {
    const { status, body } = await getJson(s.app, '/api/nowhere');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});
