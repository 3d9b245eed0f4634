/**
 * Indexes for the reads a summary makes now that its figures are looked up (measured in
 * `pnpm bench`): the rankings of a period (every indicator), and one province's own cells of a
 * period (its quotes and notes, and the same-months comparison of a period not over), which had
 * scanned a whole year.
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('resolved_ranking_by_period')
    .on('resolved_ranking')
    .columns(['period', 'view'])
    .execute();
  await db.schema
    .createIndex('observation_unit_period')
    .on('observation')
    .columns(['unit_id', 'period'])
    .execute();
}
