/**
 * What the dashboard needs before it can draw anything: whether demo data is present,
 * whether anonymous visitors may read figures (otherwise it opens on the sign-in page),
 * and which view to open first (the most recent year a province reported real figures).
 */

import { FIRST_ENTRY_YEAR, MERGER_DATE } from '@cds/core';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.ts';
import { nowIso } from '../../http/request-context.ts';

export const metaRoute = new Hono<AppEnv>().get('/', async (c) => {
  const db = c.var.db;
  const [demo, featured, years] = await Promise.all([
    db.selectFrom('observation').select('id').where('is_demo', '=', 1).limit(1).executeTakeFirst(),
    db
      .selectFrom('observation')
      .select(['unit_id', 'year'])
      .where('is_demo', '=', 0)
      .where('source_quote', 'is not', null)
      .where('period_type', '=', 'year')
      .orderBy('year', 'desc')
      .orderBy('unit_id')
      .limit(1)
      .executeTakeFirst(),
    // Two queries, not min and max in one: each alone is read off the end of the year index.
    Promise.all([
      db
        .selectFrom('observation')
        .select((eb) => eb.fn.min('year').as('first'))
        .executeTakeFirst(),
      db
        .selectFrom('observation')
        .select((eb) => eb.fn.max('year').as('last'))
        .executeTakeFirst(),
    ]).then(([first, last]) => ({ first: first?.first ?? null, last: last?.last ?? null })),
  ]);
  return c.json({
    hasDemo: demo !== undefined,
    publicRead: c.var.publicRead,
    mergerDate: MERGER_DATE,
    featured: featured ? { unitId: featured.unit_id, period: String(featured.year) } : null,
    // Pickers offer every year figures may be entered for (from 2015 to this year), and any
    // year holding data beyond that.
    years: yearRange(years?.first ?? null, years?.last ?? null, Number(nowIso(c).slice(0, 4))),
  });
});

function yearRange(first: unknown, last: unknown, thisYear: number) {
  const dataFirst = first === null ? FIRST_ENTRY_YEAR : Number(first);
  const dataLast = last === null ? thisYear : Number(last);
  return { first: Math.min(FIRST_ENTRY_YEAR, dataFirst), last: Math.max(thisYear, dataLast) };
}
