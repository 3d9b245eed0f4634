/**
 * Each indicator's plausible maximum (`max` in data/indicators.csv): a figure above it is refused
 * as a slip (1e308 tỷ đồng, a 254-digit count) rather than stored to overflow every total into null.
 * A database seeded before this migration gets the maxima of that day, written out here.
 * Frozen: later changes get their own migration (and the CSV).
 */
import type { Kysely } from 'kysely';

const BY_UNIT: Record<string, number> = { percent: 100, points: 100, index: 1, rank: 63 };
const BY_KEY: Record<string, number> = {
  bts_4g_added: 10_000,
  fibre_km_added: 100_000,
  fibre_routes_added: 100_000,
  switching_points_added: 100_000,
  portal_visits: 1_000_000_000,
  telecom_revenue: 1_000_000,
  policy_documents_issued: 100_000,
  inspections_conducted: 100_000,
  citizen_petitions_resolved: 10_000_000,
  video_conference_sites: 100_000,
};

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not use app types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicator').addColumn('max_value', 'double precision').execute();
  for (const [unit, max] of Object.entries(BY_UNIT))
    await db.updateTable('indicator').set({ max_value: max }).where('unit', '=', unit).execute();
  for (const [key, max] of Object.entries(BY_KEY))
    await db.updateTable('indicator').set({ max_value: max }).where('key', '=', key).execute();
}
