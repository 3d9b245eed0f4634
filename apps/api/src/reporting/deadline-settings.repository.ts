/** The reporting deadlines, an administrators' setting (days after a period ends, per period type). */
import { DEFAULT_DEADLINE_DAYS, type DeadlineDays, deadlineSettingsSchema } from '@cds/core';
import type { Db } from '../db/connection.ts';

const KEY = 'reporting.deadlines';

export async function readDeadlines(db: Db): Promise<DeadlineDays> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_DEADLINE_DAYS;
  const parsed = deadlineSettingsSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : DEFAULT_DEADLINE_DAYS;
}

export async function writeDeadlines(trx: Db, days: DeadlineDays, by: string, now: string): Promise<void> {
  const value = JSON.stringify(days);
  await trx
    .insertInto('app_setting')
    .values({ key: KEY, value, updated_by: by, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_by: by, updated_at: now }))
    .execute();
}
