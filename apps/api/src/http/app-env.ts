/** What every route can reach through `c.var`: the database, the cached catalogue, the clock and the caller. */
import type { SessionUser } from '../auth/session-user.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';

export interface AppEnv {
  Variables: {
    db: Db;
    catalog: () => Promise<Catalog>;
    dialect: 'sqlite' | 'postgres';
    /** The clock; tests pass their own to step over expiry and throttling windows without waiting. */
    now: () => Date;
    /** The caller's address (from X-Forwarded-For only when the app is told to trust its proxy). */
    clientIp: string;
    /** Whether cookies get the Secure flag: the request came over HTTPS, or the app was told so. */
    secureCookies: boolean;
    /** Whether anonymous callers may read published figures (PUBLIC_READ); the web app asks /api/meta. */
    publicRead: boolean;
    /** The signed-in user, or null for an anonymous request. Set by the session middleware. */
    user: SessionUser | null;
    /** The hashed id of the session the request came with, if it is valid. */
    sessionId: string | null;
  };
}
