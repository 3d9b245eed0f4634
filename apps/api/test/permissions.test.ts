/**
 * Which provinces a role covers across the merger of 1 July 2025: a role on one of today's 34 covers
 * the former provinces it was formed from; a role on a former province covers that province only,
 * never today's province it became part of (Quảng Bình `v63-44` is not today's Quảng Trị `v34-44`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { hashPassword } from '../src/auth/password.ts';
import { canEditUnit, canReviewUnit, editableUnitIds } from '../src/auth/permissions.ts';
import type { RoleAssignment, SessionUser } from '../src/auth/session-user.ts';
import { type Catalog, catalogCache } from '../src/catalog/catalog.ts';
import { openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { insertUser } from '../src/routes/users/users.repository.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { login, send } from './helpers/requests.ts';
import { type App, SEED_NOW } from './helpers/seeded-app.ts';

let catalog: Catalog;
let app: App;
let db: ReturnType<typeof openSqlite>;

beforeAll(async () => {
  // Reference data only: the units and their lineage are all these rules need.
  db = openSqlite(':memory:');
  await migrateToLatest(db);
  await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
  catalog = await catalogCache(db).get();
  app = createApp(db, { logErrors: (e) => expect.fail(String(e)) });
});

const userWith = (...assignments: RoleAssignment[]): SessionUser => ({
  id: 1,
  login: 'x',
  displayName: 'x',
  isDemo: false,
  assignments,
});

describe('roles across the merger', () => {
  it('a role on today’s Quảng Trị covers the former Quảng Bình and Quảng Trị', () => {
    const staff = userWith({ role: 'staff', unitId: 'v34-44' });
    expect(['v34-44', 'v63-44', 'v63-45'].map((u) => canEditUnit(catalog, staff, u))).toEqual([
      true,
      true,
      true,
    ]);
    expect(editableUnitIds(catalog, staff)?.sort()).toEqual(['v34-44', 'v63-44', 'v63-45']);
  });

  it('a role on the former Quảng Bình covers Quảng Bình only: not today’s Quảng Trị, not its other part', () => {
    const staff = userWith({ role: 'staff', unitId: 'v63-44' });
    expect(canEditUnit(catalog, staff, 'v63-44')).toBe(true);
    expect(canEditUnit(catalog, staff, 'v34-44')).toBe(false);
    expect(canEditUnit(catalog, staff, 'v63-45')).toBe(false);
    expect(editableUnitIds(catalog, staff)).toEqual(['v63-44']);
    const reviewer = userWith({ role: 'reviewer', unitId: 'v63-44' });
    expect(canReviewUnit(catalog, reviewer, 'v34-44')).toBe(false);
  });

  it('holds at the API: staff of the former Quảng Bình enter its figures, not today’s Quảng Trị’s', async () => {
    const passwordHash = await hashPassword('former-province-password', { N: 2 ** 12, r: 8, p: 1 });
    const assignments: RoleAssignment[] = [{ role: 'staff', unitId: 'v63-44' }];
    await insertUser(
      db,
      { login: 'quangbinh.staff', displayName: 'Quảng Bình', passwordHash, isDemo: false, assignments },
      SEED_NOW,
    );
    const cookie = await login(app, 'quangbinh.staff', 'former-province-password');
    const entry = (unitId: string, period: string) => ({
      unitId,
      indicatorKey: 'villages_mobile_broadband',
      period,
      value: null,
      numerator: 100,
      denominator: 120,
      sourceRef: 'Báo cáo thử',
    });
    const own = await send(app, 'POST', '/api/revisions', { cookie, body: entry('v63-44', '2024') });
    expect(own.status).toBe(201);
    const today = await send(app, 'POST', '/api/revisions', { cookie, body: entry('v34-44', '2025-Q3') });
    expect(today.status).toBe(403);
    expect(today.body.error.message.vi).toContain('Quảng Trị');
    const me = await send(app, 'GET', '/api/auth/me', { cookie });
    expect(me.body.user.editableUnitIds).toEqual(['v63-44']);
  });
});
