/**
 * What a figure is, exactly, and one real plan per cell:
 * - `qualifier` on figures and revisions: reports say "trên 90%", "gần 100%", "hơn 300.000 lượt";
 *   the number is stored with whether it is exact, a lower bound ("above"), an approximation
 *   ("about") or an upper bound ("below").
 * - `ranked_of` on figures and revisions: the N of a rank "r/N" as published.
 * - `revision.updated_by`: whoever last changed a revision (they may not approve it either).
 * - A unique partial index: at most one real (non-demo) plan per indicator, period and unit
 *   (national plans have no unit; `coalesce` makes them one cell too, on both engines).
 * Frozen: later changes get their own migration.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  const qualifierCheck = sql.raw("qualifier in ('exact', 'above', 'about', 'below')");
  for (const table of ['observation', 'revision']) {
    await db.schema
      .alterTable(table)
      .addColumn('qualifier', 'text', (c) => c.notNull().defaultTo('exact').check(qualifierCheck))
      .execute();
    await db.schema.alterTable(table).addColumn('ranked_of', 'integer').execute();
  }
  await db.schema
    .alterTable('revision')
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .execute();
  await sql`update revision set updated_by = created_by`.execute(db);
  await sql`create unique index target_real_cell on target (indicator_key, period, coalesce(unit_id, '')) where is_demo = 0`.execute(
    db,
  );
}
