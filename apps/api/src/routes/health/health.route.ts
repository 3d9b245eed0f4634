import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../../http/app-env.ts';

/** Liveness and database reachability; public. */
export const healthRoute = new Hono<AppEnv>().get('/', async (c) => {
  await sql`select 1`.execute(c.var.db);
  return c.json({ status: 'ok' as const, database: c.var.dialect });
});
