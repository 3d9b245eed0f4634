/**
 * The real (non-demo) figures by year: the dashboard's meta asks for the latest year a province
 * reported with a quote, which had read a million demo rows to find the few real ones.
 * Frozen: later changes get their own migration.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('observation_real_by_year')
    .on('observation')
    .columns(['year', 'unit_id'])
    .where(sql.ref('is_demo'), '=', 0)
    .execute();
}
