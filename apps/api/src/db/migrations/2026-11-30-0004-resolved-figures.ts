/**
 * The resolved-figures store: what every view shows, computed once when figures change rather than
 * on every read (see apps/api/src/resolved-store).
 * - `resolved_figure`: one unit's figure for one indicator, period and view (reported, restated),
 *   as resolved by the rules of @cds/core, with its rank in the period's ranking when it has one.
 * - `resolved_ranking`: what a ranking (indicator × period × view) is: which vintage it lists, how
 *   many units have a figure, whether any is demo or derived.
 * Both are filled one block (indicator × year) at a time, in the transaction that changes a figure
 * of the block. A figure that says nothing is not stored: a missing row reads as "no figure". `resolved_block` records which blocks are built (a block can be empty).
 * Frozen: later changes get their own migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('resolved_block')
    .addColumn('indicator_key', 'text', (c) => c.notNull().references('indicator.key'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('built_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resolved_block_pk', ['indicator_key', 'year'])
    .execute();

  await db.schema
    .createTable('resolved_figure')
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('view', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    // The figure as resolved (value, numerator, denominator, basis, flags, parts…), as JSON: it is
    // read and written whole, never searched.
    .addColumn('figure', 'text', (c) => c.notNull())
    // Null when the unit is not in the period's ranking (the other vintage) or has no figure.
    .addColumn('rank', 'integer')
    .addColumn('is_tied', 'integer', (c) => c.notNull())
    .addColumn('is_ranked', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('resolved_figure_pk', ['indicator_key', 'period', 'view', 'unit_id'])
    .execute();
  // A province's summary: its figures of two periods, every indicator.
  await db.schema
    .createIndex('resolved_figure_by_unit')
    .on('resolved_figure')
    .columns(['unit_id', 'view', 'period'])
    .execute();

  await db.schema
    .createTable('resolved_ranking')
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('view', 'text', (c) => c.notNull())
    .addColumn('vintage', 'integer', (c) => c.notNull())
    .addColumn('ranked_count', 'integer', (c) => c.notNull())
    .addColumn('unit_count', 'integer', (c) => c.notNull())
    .addColumn('has_demo', 'integer', (c) => c.notNull())
    .addColumn('is_derived', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('resolved_ranking_pk', ['indicator_key', 'period', 'view'])
    .execute();
}
