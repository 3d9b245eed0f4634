/**
 * A PostgreSQL database of a test file's own, on the server PG_TEST_URL names (its maintenance
 * database, e.g. postgres://postgres@127.0.0.1:5432/postgres): created empty, dropped at the end.
 */

import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface PostgresDatabase {
  /** The new database's URL, for openPostgres. */
  url: string;
  /** Drops the database once its connections have closed (destroy the Kysely instance first). */
  drop: () => Promise<void>;
}

export async function createPostgresDatabase(
  maintenanceUrl: string,
  prefix: string,
): Promise<PostgresDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(maintenanceUrl);
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // Forcing the drop while the pool's connections close makes the server send them a FATAL
      // message nobody listens for any more: wait until they are gone.
      for (let i = 0; i < 50; i++) {
        const { rows } = await admin.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}
