/** Small helpers every write route needs: who is asking, from where, and when. */
import type { Context } from 'hono';
import { unauthenticated } from '../auth/access-policy.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { AppEnv } from './app-env.ts';

export { forbidden } from '../auth/access-policy.ts';

/** The caller's address, as the client-address middleware determined it (null in bare tests). */
export function requestIp(c: Context<AppEnv>): string | null {
  return c.var.clientIp ?? null;
}

export function nowIso(c: Context<AppEnv>): string {
  return c.var.now().toISOString();
}

/** The 401 body; the access policy normally answers before a route is reached. */
export const UNAUTHENTICATED = unauthenticated();

export function signedIn(c: Context<AppEnv>): SessionUser | null {
  return c.var.user ?? null;
}
