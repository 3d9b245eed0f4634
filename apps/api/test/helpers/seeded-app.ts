/**
 * One seeded database per test file: a real in-memory SQLite database, migrated and filled with
 * the reference and demo data, behind the real app. Requests go through `app.request`.
 */
import { createApp } from '../../src/app.ts';
import { type Db, openSqlite } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedIfEmpty } from '../../src/seed/seed-database.ts';

export const SEED_NOW = '2026-11-22T00:00:00.000Z';

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
}

export async function seededApp(dialect: 'sqlite' | 'postgres' = 'sqlite', open?: () => Db): Promise<Seeded> {
  const db = open ? open() : openSqlite(':memory:');
  await seedDatabase(db);
  const errors: unknown[] = [];
  return { db, app: createApp(db, { dialect, logErrors: (e) => errors.push(e) }), errors };
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
  return (body?.error?.issues ?? []).map((i: { parameter: string }) => i.parameter);
}
