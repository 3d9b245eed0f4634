/**
 * The reports figures are quoted from (the seed reports under data/seeds/): title, publisher and
 * date, keyed by the source reference their figures carry (the report's Vietnamese citation), so
 * a screen can cite the report in the reader's language. A figure typed by staff names no report.
 * A database seeded before this migration keeps its `seeds/…txt` references until it is seeded
 * again (`pnpm db:reset`).
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source_report')
    .addColumn('ref', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher_vi', 'text', (c) => c.notNull())
    .addColumn('publisher_en', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    // The copy the figures were read from, under data/seeds/ (for auditors; never shown as the source).
    .addColumn('archived_file', 'text')
    .execute();
}
