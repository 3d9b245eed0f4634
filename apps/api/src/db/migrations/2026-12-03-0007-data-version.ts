/**
 * `data_version`: one counter, raised in the transaction of every write that changes what a view
 * shows (a block of the resolved-figures store, a target), so that a server keeps a view's answer
 * until it is raised, and several servers on one PostgreSQL database agree when that is.
 * And the store's built blocks by year: every summary asks which blocks of its two years are
 * built, which had scanned the whole table.
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('data_version').values({ id: 1, version: 0 }).execute();
  await db.schema
    .createIndex('resolved_block_by_year')
    .on('resolved_block')
    .columns(['year', 'indicator_key'])
    .execute();
}
