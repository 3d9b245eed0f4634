/**
 * Server-side sessions in `app_session`, so several API processes share them. The cookie carries
 * a random token; the table keeps only its SHA-256, so reading the table does not give a session.
 * A session ends after SESSION_IDLE_MS without a request, or SESSION_ABSOLUTE_MS after sign-in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type Account, toSessionUser } from './accounts.repository.ts';
import type { SessionUser } from './session-user.ts';

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often: a write on every read would serialise SQLite readers. */
const TOUCH_AFTER_MS = 60 * 1000;

type Writer = Kysely<Database>;

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  /** Goes into the cookie and nowhere else. */
  token: string;
  id: string;
  expiresAt: Date;
}

export async function createSession(
  db: Writer,
  userId: number,
  now: Date,
  client: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db
    .insertInto('app_session')
    .values({
      id,
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, id, expiresAt };
}

/**
 * The session a cookie token names and its user, or null when the token is unknown, expired, or
 * belongs to an inactive account. An expired session is deleted on the way.
 */
export async function findSession(
  db: Writer,
  token: string,
  now: Date,
): Promise<{ id: string; user: SessionUser } | null> {
  if (!TOKEN_FORMAT.test(token)) return null;
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom('app_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select([
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.login',
      'u.display_name',
      'u.password_hash',
      'u.is_active',
      'u.is_demo',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  const expired = now.getTime() >= Date.parse(row.expires_at) || now.getTime() >= lastSeen + SESSION_IDLE_MS;
  if (expired || row.is_active !== 1) {
    await deleteSession(db, id);
    return null;
  }
  if (now.getTime() - lastSeen >= TOUCH_AFTER_MS) {
    await db
      .updateTable('app_session')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const account: Account = {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    isActive: true,
    isDemo: row.is_demo === 1,
  };
  return { id, user: await toSessionUser(db, account) };
}

export async function deleteSession(db: Writer, id: string): Promise<void> {
  await db.deleteFrom('app_session').where('id', '=', id).execute();
}

/** Ends every session of a user (password change or reset, deactivation), except `keepId` if given. */
export async function deleteUserSessions(db: Writer, userId: number, keepId?: string): Promise<number> {
  let query = db.deleteFrom('app_session').where('user_id', '=', userId);
  if (keepId) query = query.where('id', '!=', keepId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Drops sessions that can no longer be used, so the table does not grow without bound. */
export async function purgeExpiredSessions(db: Writer, now: Date): Promise<void> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS).toISOString();
  await db
    .deleteFrom('app_session')
    .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}
