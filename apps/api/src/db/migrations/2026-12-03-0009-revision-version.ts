/**
 * A revision's own version, raised by every change: what a form or a review saw is checked
 * against it, where the time of the last change could repeat within a millisecond.
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('revision')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
