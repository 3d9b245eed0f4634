/**
 * The first schema. Frozen: later changes get their own migration.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('region')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('unit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vintage', 'integer', (c) => c.notNull().check(sqlIn('vintage', [63, 34])))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.references('region.code'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('unit_vintage_code_unique', ['vintage', 'code'])
    .execute();

  await db.schema
    .createTable('unit_kind_change')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_kind_change_pk', ['unit_id', 'effective_date'])
    .execute();

  await db.schema
    .createTable('unit_lineage')
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('is_name_kept', 'integer', (c) => c.notNull())
    .addColumn('is_seat', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_lineage_pk', ['predecessor_id', 'successor_id'])
    .execute();
  await db.schema.createIndex('unit_lineage_successor').on('unit_lineage').column('successor_id').execute();

  await db.schema
    .createTable('indicator')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sqlIn('direction', ['higher', 'lower'])))
    .addColumn('over_time', 'text', (c) => c.notNull().check(sqlIn('over_time', ['last', 'sum', 'ratio'])))
    .addColumn('across_units', 'text', (c) =>
      c.notNull().check(sqlIn('across_units', ['sum', 'ratio', 'mean', 'none'])),
    )
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('observation')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('indicator_key', 'text', (c) => c.notNull().references('indicator.key'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('source_ref', 'text')
    .addColumn('source_quote', 'text')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('approved'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('observation_cell_unique', ['unit_id', 'indicator_key', 'period'])
    .execute();
  // Rankings and summaries read one indicator (or all) for every unit over one year.
  await db.schema
    .createIndex('observation_indicator_year')
    .on('observation')
    .columns(['indicator_key', 'year', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('observation_year')
    .on('observation')
    .columns(['year', 'indicator_key'])
    .execute();

  await db.schema
    .createTable('target')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .addColumn('indicator_key', 'text', (c) => c.notNull().references('indicator.key'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('comparator', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('is_derived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('derivation', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('confidence', 'text')
    .execute();
  await db.schema
    .createIndex('target_lookup')
    .on('target')
    .columns(['indicator_key', 'period', 'unit_id'])
    .execute();
  // A province summary asks for every indicator's target of one period and province.
  await db.schema.createIndex('target_period_unit').on('target').columns(['period', 'unit_id']).execute();

  await db.schema
    .createTable('published_rank')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('index_key', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('rank', 'integer')
    .addColumn('ranked_of', 'integer', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('name_as_published', 'text')
    .addUniqueConstraint('published_rank_unique', ['index_key', 'period', 'unit_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
function idColumn(db: Kysely<any>) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return (c: ColumnDefinitionBuilder) =>
    isPostgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
}

function sqlIn(column: string, values: readonly (string | number)[]) {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ');
  return sql.raw(`${column} in (${list})`);
}
