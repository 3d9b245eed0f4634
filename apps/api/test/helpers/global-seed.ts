/**
 * Seeds one SQLite database for the whole run (migrations, reference and demo data, the
 * resolved-figures store, the accounts) and hands its path to the test files, which each open an
 * in-memory copy of it: the same database as seeding it again, without seeding it twenty times.
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openSqlite } from '../../src/db/connection.ts';
import { seedDatabase } from './seeded-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const path = join(tmpdir(), `cds-api-seeded-${process.pid}.sqlite`);
  const files = [path, `${path}-wal`, `${path}-shm`];
  for (const file of files) rmSync(file, { force: true });
  const db = openSqlite(path);
  await seedDatabase(db);
  // One file, no write-ahead log beside it, so a copy of its bytes is the whole database.
  await sql`pragma journal_mode = delete`.execute(db);
  await db.destroy();
  project.provide('seededDatabase', path);
  return () => {
    for (const file of files) rmSync(file, { force: true });
  };
}
