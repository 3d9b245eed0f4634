/**
 * Where a revision came from: the one-figure entry, the period form, or a file import; a figure's
 * history says so.
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('revision')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('entry'))
    .execute();
  await db.schema
    .createIndex('revision_by_cell')
    .on('revision')
    .columns(['unit_id', 'indicator_key', 'period'])
    .execute();
}
