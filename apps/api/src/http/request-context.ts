/** Small helpers every write route needs: who is asking, from where, and when. */
import { vietnamDate } from '@cds/core';
import type { Context } from 'hono';
import { unauthenticated } from '../auth/access-policy.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { AppEnv } from './app-env.ts';

export { forbidden } from '../auth/access-policy.ts';

/** The caller's address, as the client-address middleware determined it (null in bare tests). */
export function requestIp(c: Context<AppEnv>): string | null {
  return c.var.clientIp ?? null;
}

/** This moment, on the server's one clock (ISO, UTC). */
export function nowIso(c: Context<AppEnv>): string {
  return c.var.now().toISOString();
}

/** Today's date in Vietnam (ISO `2026-12-06`), on the server's one clock: deadlines and on time are Vietnam's. */
export function todayIso(c: Context<AppEnv>): string {
  return vietnamDate(c.var.now());
}

/** The 401 body; the access policy normally answers before a route is reached. */
export const UNAUTHENTICATED = unauthenticated();

export function signedIn(c: Context<AppEnv>): SessionUser | null {
  return c.var.user ?? null;
}
