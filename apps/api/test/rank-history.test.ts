/**
 * A province's rank history (`/api/rank-history/{unitId}`): Sơn La, which kept its territory, is
 * one line — old Sơn La (v63-14) of 63 to 2024, Sơn La (v34-14) of 34 from 2025 — each rank the
 * ranking's own (`/api/rankings`), the place in its region counted from the same ranking, and no
 * move across rankings of different sizes. The same answer on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/connection.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import { getJson, type Json, type Seeded, seededApp } from './helpers/seeded-app.ts';

const PG_TEST_URL = process.env.PG_TEST_URL;

async function get(s: Seeded, path: string, status = 200): Promise<Json> {
  const response = await getJson(s.app, path);
  expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(status);
  return response.body;
}

function checks(seeded: () => Seeded) {
  it('follows Sơn La as one line, of 63 to 2024 and of 34 after, as the rankings rank it', async () => {
    const s = seeded();
    const history = await get(s, '/api/rank-history/v34-14');
    expect(history.isOneLine).toBe(true);
    expect(history.former.id).toBe('v63-14');
    const units = (await get(s, '/api/units')).units as Json[];
    const regionOf = new Map(units.map((u) => [u.id, u.regionCode]));
    for (const key of ['dti_rank', 'ict_index_rank']) {
      const rows = history.indicators.find((i: Json) => i.indicatorKey === key).rows as Json[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.unitId).toBe(row.year <= 2024 ? 'v63-14' : 'v34-14');
        expect(row.of).toBe(row.year <= 2024 ? 63 : 34);
        const ranking = await get(s, `/api/rankings/${key}?period=${row.year}`);
        const ranked = (ranking.rows as Json[]).filter(
          (r) => r.value !== null && r.unit.vintage === (row.year <= 2024 ? 63 : 34),
        );
        expect(ranked.find((r) => r.unit.id === row.unitId)?.value).toBe(row.rank);
        // The region's best is first in the region; the province's place counts those above it.
        const region = ranked.filter((r) => regionOf.get(r.unit.id) === row.region.code).map((r) => r.value);
        expect(row.region.best.rank).toBe(Math.min(...region));
        expect(row.region.place).toBe(region.filter((r: number) => r < row.rank).length + 1);
        expect(row.region.of).toBe(region.length);
      }
      // No move across the merger: 63 provinces then 34 are not comparable places.
      const across = rows.find((r) => r.year === 2025);
      if (across && rows.some((r) => r.year < 2025))
        expect(across).toMatchObject({ move: null, isOtherRanking: true });
    }
    // ICT Index: 2019 to 2025 on one line.
    const ict = history.indicators.find((i: Json) => i.indicatorKey === 'ict_index_rank').rows as Json[];
    expect(ict.map((r) => r.year)).toContain(2019);
    expect(ict.map((r) => r.year)).toContain(2025);
  });

  it('answers 404 for an unknown province and 400 for a malformed id', async () => {
    await get(seeded(), '/api/rank-history/v34-99', 404);
    await get(seeded(), '/api/rank-history/nope', 400);
  });
}

describe('rank history, SQLite', () => {
  let s: Seeded;
  beforeAll(async () => {
    s = await seededApp();
  });
  checks(() => s);
});

describe.skipIf(!PG_TEST_URL)('rank history, PostgreSQL', () => {
  let s: Seeded;
  let pg: PostgresDatabase;
  beforeAll(async () => {
    pg = await createPostgresDatabase(PG_TEST_URL as string, 'cds_rank_history');
    s = await seededApp('postgres', () => openPostgres(pg.url));
  }, 180_000);
  afterAll(async () => {
    await s?.db.destroy();
    await pg?.drop();
  });
  checks(() => s);
});
