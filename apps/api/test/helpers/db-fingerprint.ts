/**
 * A fingerprint of a SQLite test database: for every table, its row count and a SHA-256 of all its
 * rows, so a test can show that a run of requests changed nothing. Tables that legitimately record
 * attempts (audit_event, login_attempt) can be fingerprinted up to a row id, their new rows
 * checked separately; app_session is fingerprinted by its ids only (the idle timer touches rows).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/db/connection.ts';

export type Fingerprint = Record<string, { rows: number; sha256: string }>;

/** Columns to hash instead of the whole row. */
const KEY_ONLY: Record<string, string> = { app_session: 'id' };

export async function tableNames(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name
  `.execute(db);
  return result.rows.map((r) => r.name);
}

/**
 * `upTo`: only rows with id ≤ the given id count for these tables (later rows are new ones).
 * `only`: these tables alone (default: all).
 */
export async function fingerprint(
  db: Db,
  upTo: Record<string, number> = {},
  only?: readonly string[],
): Promise<Fingerprint> {
  const result: Fingerprint = {};
  for (const table of only ?? (await tableNames(db))) {
    const columns = KEY_ONLY[table] ? sql.ref(KEY_ONLY[table]) : sql`*`;
    const bound = upTo[table];
    const rows = (
      bound === undefined
        ? await sql<Record<string, unknown>>`select ${columns} from ${sql.table(table)}`.execute(db)
        : await sql<
            Record<string, unknown>
          >`select ${columns} from ${sql.table(table)} where id <= ${bound}`.execute(db)
    ).rows;
    // Sorted in memory: no assumption about a table's key or rowid.
    const lines = rows
      .map((r) => JSON.stringify(r, (_, v) => (typeof v === 'bigint' ? String(v) : v)))
      .sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    result[table] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return result;
}

/** The highest id of a table (0 when empty). */
export async function maxId(db: Db, table: string): Promise<number> {
  const result = await sql<{ id: number | null }>`select max(id) as id from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.id ?? 0);
}
