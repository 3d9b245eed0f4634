/**
 * The data version: one counter in `data_version`, raised inside the transaction of every write
 * that changes what a view shows. On PostgreSQL the raise holds the row until commit, so writers
 * raise it last in their transaction; a reader sees the old number until the write is committed.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';

export async function readDataVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('data_version').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Inside the writer's transaction. */
export async function raiseDataVersion(trx: Db): Promise<void> {
  await trx
    .updateTable('data_version')
    .set({ version: sql<number>`version + 1` })
    .where('id', '=', 1)
    .execute();
}
