/**
 * The reports figures are quoted from: title, publisher and date, keyed by the source reference
 * their figures carry (`sourceRef`), so a screen cites a report in the reader's language. A
 * reference that names none of them (a figure typed by staff) is shown as typed.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.ts';
import { findSourceReports } from './sources.repository.ts';

export const sourcesRoute = new Hono<AppEnv>().get('/', async (c) =>
  c.json({ reports: await findSourceReports(c.var.db) }),
);
