/**
 * Slows down password guessing, from the attempts recorded in `login_attempt`:
 * - an account is locked after MAX_FAILURES_PER_LOGIN failures within the window
 *   (a successful sign-in starts the count again);
 * - an address is locked after MAX_FAILURES_PER_ADDRESS failures within the window, whatever the
 *   accounts tried, and a success does not reset it (one valid account must not clear the way).
 * Refused attempts are not recorded as failures, so a lock ends on time even while someone hammers it.
 */
import type { Kysely } from 'kysely';
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
export async function minutesToWait(db: Writer, login: string, ip: string, now: Date): Promise<number> {
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

export async function recordAttempt(
  db: Writer,
  attempt: { login: string; ip: string; succeeded: boolean },
  now: Date,
): Promise<void> {
  await db
    .insertInto('login_attempt')
    .values({
      login: attempt.login,
      ip: attempt.ip,
      at: now.toISOString(),
      succeeded: attempt.succeeded ? 1 : 0,
    })
    .execute();
  const old = new Date(now.getTime() - KEEP_ATTEMPTS_MS).toISOString();
  await db.deleteFrom('login_attempt').where('at', '<', old).execute();
}

export function throttledError(minutes: number): ApiError {
  return apiError(
    'too_many_attempts',
    `Đăng nhập sai quá nhiều lần. Thử lại sau ${minutes} phút. / Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  );
}
