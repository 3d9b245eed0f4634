/** What every route can reach through `c.var`: the database and the cached catalogue. */
import type { SessionUser } from '../auth/session-user.ts';
import type { Db } from '../db/connection.ts';
import type { Catalog } from '../figures/catalog.ts';

export interface AppEnv {
  Variables: {
    db: Db;
    catalog: () => Promise<Catalog>;
    dialect: 'sqlite' | 'postgres';
    /** The signed-in user, or null for an anonymous request. Set by the session middleware. */
    user: SessionUser | null;
    /** The clock: injectable so tests can move time (session expiry, throttling, entry rules). */
    now: () => Date;
  };
}
