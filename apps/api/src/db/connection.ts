/**
 * Opens the database: embedded SQLite by default, PostgreSQL when `DATABASE_URL`
 * names one. Both go through Kysely, so the rest of the API does not know which.
 */
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

export type Db = Kysely<Database>;

/** How many distinct statements a connection keeps prepared (IN lists of every length included). */
const STATEMENT_CACHE_SIZE = 2000;

/**
 * The connection as Kysely's SQLite dialect sees it, with each statement prepared once: Kysely
 * prepares every query anew, which cost ~6% of a summary's time. Kysely runs one query at a time
 * on the connection and never iterates two at once here (no streaming), so a statement is never
 * reused while busy; SQLite recompiles a prepared statement itself after a schema change.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = prepared.get(sql);
      if (!statement) {
        if (prepared.size >= STATEMENT_CACHE_SIZE) prepared.clear();
        statement = database.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Opens (creating if needed) a SQLite database; `:memory:` gives a private in-memory one. */
export function openSqlite(path: string): Db {
  const database = new SQLite(path);
  // WAL lets readers carry on while a writer commits; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/** An in-memory copy of a SQLite database file's contents (tests start from one seeded file). */
export function openSqliteCopy(contents: Buffer): Db {
  const database = new SQLite(contents);
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

export function openPostgres(connectionString: string): Db {
  // NUMERIC/BIGINT come back as strings by default; our ids and counts fit in a JS number.
  pg.types.setTypeParser(20, (v) => Number(v));
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 10 }) }),
  });
}

export function openDatabase(options: { path?: string; url?: string }): Db {
  if (options.url) return openPostgres(options.url);
  return openSqlite(options.path ?? ':memory:');
}
