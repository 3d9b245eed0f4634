/**
 * Reporting a whole period: a revision keeps the sentence it was quoted from (published with it),
 * and the administrators' settings (the reporting deadlines) get a table of their own.
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('revision').addColumn('source_quote', 'text').execute();
  await db.schema
    .createTable('app_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('revision_by_unit_period')
    .on('revision')
    .columns(['unit_id', 'period', 'status'])
    .execute();
}
