/**
 * The national value and each region's, per ranking (indicator × period × view), kept with the
 * ranking so a comparison reads them instead of every province's figures. The store is emptied:
 * the server builds it again on start, with the new column filled.
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('resolved_ranking').addColumn('aggregates', 'text').execute();
  await db.deleteFrom('resolved_figure').execute();
  await db.deleteFrom('resolved_ranking').execute();
  await db.deleteFrom('resolved_block').execute();
}
