/** The staff's inbox: what each of their provinces has due, and where it stands. */
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.ts';
import { signedIn, todayIso, UNAUTHENTICATED } from '../../http/request-context.ts';
import { readDeadlines } from '../../reporting/deadline-settings.repository.ts';
import { loadInbox } from '../../reporting/inbox.ts';

export const inboxRoute = new Hono<AppEnv>().get('/', async (c) => {
  const user = signedIn(c);
  if (!user) return c.json(UNAUTHENTICATED, 401);
  const today = todayIso(c);
  const deadlines = await readDeadlines(c.var.db);
  const items = await loadInbox(c.var.db, await c.var.catalog(), user, { today, deadlines });
  return c.json({ today, deadlines, items });
});
