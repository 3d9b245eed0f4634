/**
 * One seeded database per test file: a real in-memory SQLite database, migrated and filled with
 * the reference and demo data, the resolved-figures store and the accounts (the admin and the demo
 * accounts), behind the real app: a copy of the one the run seeded once (global-seed.ts). Requests go through `app.request`. Reads are public unless a test says otherwise.
 */

import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type AppOptions, createApp } from '../../src/app.ts';
import { clockStartingAt } from '../../src/clock/clock.ts';
import { type Db, openSqlite, openSqliteCopy } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedAccounts } from '../../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../../src/seed/seed-database.ts';

export const SEED_NOW = '2026-11-22T00:00:00.000Z';

/**
 * The moment the test apps' clock starts (then runs): 09:00 on 3 December 2026 in Hà Nội. Whether a
 * period is over, and every deadline, is read on it, never on the real date.
 */
export const TEST_NOW = '2026-12-03T02:00:00.000Z';

/** The first admin of every test database. */
export const TEST_ADMIN = { login: 'admin', password: 'admin-test-password' };

/** Cheap scrypt for the seeded accounts only, so each file seeds fast; the app itself always hashes with the default. */
const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

export type App = ReturnType<typeof createApp>;

export interface Seeded {
  db: Db;
  app: App;
  /** Server errors the app logged; a test can assert there were none. */
  errors: unknown[];
}

export async function seedDatabase(db: Db): Promise<void> {
  await migrateToLatest(db);
  await seedIfEmpty(db, { withDemo: true, now: SEED_NOW });
  await seedAccounts(db, {
    withDemo: true,
    now: SEED_NOW,
    adminLogin: TEST_ADMIN.login,
    adminPassword: TEST_ADMIN.password,
    scrypt: TEST_SCRYPT,
  });
}

/** A seeded database behind the app; `options` override the defaults (public reads, errors collected). */
export async function seededApp(
  dialect: 'sqlite' | 'postgres' = 'sqlite',
  open?: () => Db,
  options: AppOptions = {},
): Promise<Seeded> {
  const seeded = inject('seededDatabase');
  let db: Db;
  if (open) {
    db = open();
    await seedDatabase(db);
  } else if (seeded) {
    // The run's seeded database (global-seed.ts), copied into memory: this file's own to change.
    db = openSqliteCopy(readFileSync(seeded));
  } else {
    db = openSqlite(':memory:');
    await seedDatabase(db);
  }
  const errors: unknown[] = [];
  const app = createApp(db, {
    dialect,
    logErrors: (e) => errors.push(e),
    publicRead: true,
    now: clockStartingAt(new Date(TEST_NOW)),
    ...options,
  });
  return { db, app, errors };
}

/** GET a path and read its JSON body; the body is loosely typed so tests can walk it. */
export async function getJson(app: App, path: string): Promise<{ status: number; body: Json }> {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Json };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by assertions, not types.
export type Json = any;

/** The parameters a 400 names. */
export function namedParameters(body: Json): string[] {
  return (body?.error?.issues ?? []).map((i: { field: string }) => i.field);
}
