/**
 * The dashboard as the server serves it next to the API (server.ts): a dashboard route gets the
 * page, a missing asset a 404 (not the page, which a browser would run as a script or style and
 * fail on quietly), and every answer carries the security headers, a Permissions-Policy among them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openSqlite } from '../src/db/connection.ts';
import { serveDashboard } from '../src/http/serve-dashboard.ts';

const PAGE = '<!doctype html><title>Chỉ số CĐS</title>';
let root: string;
let app: Hono;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cds-dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'assets', 'index-a1b2c3d4.js'), 'console.log(1)');
  app = new Hono().route('/', createApp(openSqlite(':memory:')));
  // serveStatic reads its root relative to the working directory.
  serveDashboard(app, relative(process.cwd(), root));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the dashboard served', () => {
  it('answers a dashboard route with the page', async () => {
    const response = await app.request('/bao-cao/nhap-tep?tinh=v34-14');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(PAGE);
  });

  it('serves an asset that exists', async () => {
    const response = await app.request('/assets/index-a1b2c3d4.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers a missing asset with 404, not the page', async () => {
    for (const path of ['/assets/nope.js', '/assets/old-deadbeef.css', '/favicon-missing.svg']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<!doctype html>');
    }
  });

  it('sends a Permissions-Policy turning off what the dashboard never uses, on pages and API answers', async () => {
    for (const path of ['/bao-cao', '/api/health']) {
      const policy = (await app.request(path)).headers.get('permissions-policy') ?? '';
      for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
        expect(policy, path).toContain(feature);
    }
  });
});
