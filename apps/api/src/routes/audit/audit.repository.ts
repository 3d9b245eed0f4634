/** Reading the audit trail, newest first, with the filters the admin screen offers. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  userId?: number;
  action?: string;
  limit: number;
  offset: number;
}

export async function findAuditEvents(db: Kysely<Database>, f: AuditFilter) {
  let query = db.selectFrom('audit_event').selectAll();
  if (f.entity) query = query.where('entity', '=', f.entity);
  if (f.entityId) query = query.where('entity_id', '=', f.entityId);
  if (f.userId !== undefined) query = query.where('user_id', '=', f.userId);
  if (f.action) query = query.where('action', '=', f.action);
  // One row more than asked tells whether there is a next page without counting them all.
  const rows = await query
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .offset(f.offset)
    .execute();
  const events = rows.slice(0, f.limit).map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    login: r.login,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    unitId: r.unit_id,
    details: r.details === null ? null : (JSON.parse(r.details) as unknown),
    ip: r.ip,
  }));
  return { events, hasMore: rows.length > f.limit };
}
