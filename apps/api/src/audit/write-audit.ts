/**
 * The audit trail: one row per change, login, failed login and permission change,
 * naming the authenticated user. Written inside the same transaction as the change it
 * records, so a change never happens unrecorded.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  unitId?: string | null;
  user?: { id: number; login: string } | null;
  /** Login named in the request when there is no user (a failed login). */
  login?: string | null;
  details?: unknown;
  ip?: string | null;
}

export async function writeAudit(db: Kysely<Database>, entry: AuditEntry, now: string): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      at: now,
      user_id: entry.user?.id ?? null,
      login: entry.user?.login ?? entry.login ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      unit_id: entry.unitId ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
      ip: entry.ip ?? null,
    })
    .execute();
}
