/**
 * Slows down password guessing, from the attempts recorded in `login_attempt`:
 * - an account is locked after MAX_FAILURES_PER_LOGIN failures within the window
 *   (a successful sign-in starts the count again);
 * - an address is locked after MAX_FAILURES_PER_ADDRESS failures within the window, whatever the
 *   accounts tried, and a success does not reset it (one valid account must not clear the way).
 * Refused attempts are not recorded as failures, so a lock ends on time even while someone hammers it.
 *
 * An attempt is counted before its password is checked: `reserveAttempt` records it as a failure
 * (unless the throttle refuses it) and only then may the password be verified; a right password marks it
 * succeeded. The check and the reservation are one transaction, serialised per login and per
 * address, so requests sent at once cannot all pass the check before any failure is recorded:
 * 40 simultaneous guesses get 5 password checks, not 40.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { type ApiError, apiError } from '../http/validate.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Attempts older than this are of no use to the throttle (the audit trail keeps the history). */
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;

type Writer = Kysely<Database>;

/**
 * How long until the count falls below `max` again: when the failure that brought it to the limit
 * leaves the window. `times` are ISO timestamps in ascending order.
 */
function waitMs(times: string[], max: number, now: Date): number {
  if (times.length < max) return 0;
  const deciding = times[times.length - max] as string;
  return Date.parse(deciding) + THROTTLE_WINDOW_MS - now.getTime();
}

async function failuresSince(db: Writer, column: 'login' | 'ip', value: string, since: string, afterId = 0) {
  const rows = await db
    .selectFrom('login_attempt')
    .select('at')
    .where(column, '=', value)
    .where('succeeded', '=', 0)
    .where('at', '>', since)
    .where('id', '>', afterId)
    .orderBy('at')
    .execute();
  return rows.map((r) => r.at);
}

/** Whole minutes to wait before this login may be tried from this address, or 0 if it may be now. */
async function minutesToWait(db: Writer, login: string, ip: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  // By id, not time: a failure in the same millisecond as the success still counts as before it.
  const lastSuccess = await db
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('login', '=', login)
    .where('succeeded', '=', 1)
    .where('at', '>', windowStart)
    .executeTakeFirst();
  const [byLogin, byAddress] = await Promise.all([
    failuresSince(db, 'login', login, windowStart, Number(lastSuccess?.id ?? 0)),
    failuresSince(db, 'ip', ip, windowStart),
  ]);
  const wait = Math.max(
    waitMs(byLogin, MAX_FAILURES_PER_LOGIN, now),
    waitMs(byAddress, MAX_FAILURES_PER_ADDRESS, now),
  );
  return wait > 0 ? Math.ceil(wait / 60_000) : 0;
}

/**
 * Serialises reservations for one login and for one address until the transaction ends. SQLite
 * needs nothing: the app has one connection to it, which a transaction holds from begin to commit.
 * PostgreSQL takes advisory locks, always the login's before the address's, so two reservations
 * never wait on each other in a circle; the first key keeps logins and addresses apart.
 */
async function lockAttempts(trx: Writer, login: string, ip: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(1, hashtext(${login}))`.execute(trx);
  await sql`select pg_advisory_xact_lock(2, hashtext(${ip}))`.execute(trx);
}

/**
 * Checks the throttle and, if it lets this attempt through, records it as a failure at once: the
 * caller then verifies the password and, if right, calls `markAttemptSucceeded` (or
 * `forgetAttempt`). Returns the attempt's id, or the whole minutes to wait when it is refused
 * (a refused attempt is not recorded).
 *
 * @example
 * const reserved = await reserveAttempt(db, 'sqlite', { login, ip }, now);
 * if ('minutes' in reserved) return throttled(reserved.minutes);
 * if (await verifyPassword(password, hash)) await markAttemptSucceeded(db, reserved.id);
 */
export async function reserveAttempt(
  db: Writer,
  dialect: 'sqlite' | 'postgres',
  attempt: { login: string; ip: string },
  now: Date,
): Promise<{ id: number } | { minutes: number }> {
  // Refusing takes no lock: a count at the limit stays there until the window moves on (or a
  // reserved attempt turns out right, which the locked check below would not know any sooner).
  const minutes = await minutesToWait(db, attempt.login, attempt.ip, now);
  if (minutes > 0) return { minutes };
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') await lockAttempts(trx, attempt.login, attempt.ip);
    const minutes = await minutesToWait(trx, attempt.login, attempt.ip, now);
    if (minutes > 0) return { minutes };
    const { id } = await trx
      .insertInto('login_attempt')
      .values({ login: attempt.login, ip: attempt.ip, at: now.toISOString(), succeeded: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const old = new Date(now.getTime() - KEEP_ATTEMPTS_MS).toISOString();
    await trx.deleteFrom('login_attempt').where('at', '<', old).execute();
    return { id };
  });
}

/** The reserved attempt had the right password: it is a success (which restarts the login's count). */
export async function markAttemptSucceeded(db: Writer, id: number): Promise<void> {
  await db.updateTable('login_attempt').set({ succeeded: 1 }).where('id', '=', id).execute();
}

/** The reserved attempt had the right password but was no sign-in (a password change): drop it. */
export async function forgetAttempt(db: Writer, id: number): Promise<void> {
  await db.deleteFrom('login_attempt').where('id', '=', id).execute();
}

export function throttledError(minutes: number): ApiError {
  return apiError('too_many_attempts', {
    vi: `Đăng nhập sai quá nhiều lần. Thử lại sau ${minutes} phút.`,
    en: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  });
}
