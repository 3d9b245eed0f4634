/**
 * Accounts, sessions, role assignments, login throttling, the audit trail, and
 * revisions: proposed figures that go through review before they replace a published one.
 * Frozen: later changes get their own migration.
 */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
type AnyDb = Kysely<any>;

function idColumn(db: AnyDb) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return (c: ColumnDefinitionBuilder) =>
    isPostgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .execute();

  // A role, for one province (unit_id) or for all (unit_id null: admins, national viewers).
  await db.schema
    .createTable('user_role')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('unit.id'))
    .execute();
  await db.schema.createIndex('user_role_user').on('user_role').column('user_id').execute();

  // The id is a hash of the cookie's token: a leaked table does not leak sessions.
  await db.schema
    .createTable('app_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('app_session_user').on('app_session').column('user_id').execute();

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('login', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempt_login').on('login_attempt').columns(['login', 'at']).execute();
  await db.schema.createIndex('login_attempt_ip').on('login_attempt').columns(['ip', 'at']).execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('login', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('details', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema
    .createIndex('audit_event_entity')
    .on('audit_event')
    .columns(['entity', 'entity_id'])
    .execute();
  await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute();

  // A proposed figure: draft → submitted → approved (applied to `observation`) or returned.
  await db.schema
    .createTable('revision')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('indicator_key', 'text', (c) => c.notNull().references('indicator.key'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('source_ref', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    /** The observation version this revision was made against (null for a new figure). */
    .addColumn('base_version', 'integer')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_comment', 'text')
    .execute();
  await db.schema.createIndex('revision_unit_status').on('revision').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('revision_status').on('revision').column('status').execute();
}
