/**
 * The resolved-figures store is exact: after any sequence of approvals it equals a full
 * recomputation with the rules of @cds/core (property test, SQLite and PostgreSQL), and what the
 * summary and ranking endpoints read from it equals what resolving the cells gives.
 */
import { nationalValue, periodOf, resolveFigure, type View } from '@cds/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { readCatalog } from '../src/catalog/catalog.ts';
import { loadCells } from '../src/cells/cells.repository.ts';
import { resolveContext } from '../src/cells/resolve-context.ts';
import { type Db, openPostgres, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { unitSummary } from '../src/province-summary/unit-summary.ts';
import { rankIndicator, storedRanking } from '../src/ranking/rank-indicator.ts';
import { verifyStore } from '../src/resolved-store/resolve-blocks.ts';
import { seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { createPostgresDatabase, type PostgresDatabase } from './helpers/postgres-database.ts';
import {
  type App,
  getJson,
  type Json,
  SEED_NOW,
  type Seeded,
  seededApp,
  TEST_ADMIN,
} from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

/** The day these summaries are read on, in Vietnam: November 2026 is over, December is not. */
const TODAY = '2026-12-03';

const PG_TEST_URL = process.env.PG_TEST_URL;
const CHEAP_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

/** Who may enter what: Sơn La's staff for Sơn La, Quảng Trị's for Quảng Trị and its two former provinces. */
const UNITS_BEFORE = { sonla: ['v63-14'], quangtri: ['v63-44', 'v63-45'] } as const;
const UNITS_AFTER = { sonla: ['v34-14'], quangtri: ['v34-44'] } as const;
const PERIODS = ['2024', '2024-Q2', '2024-05', '2024-11', '2025-Q3', '2025-08', '2025-12', '2025'];
const INDICATORS = ['telecom_revenue', 'portal_visits', 'villages_mobile_broadband', 'dti_rank'];

const command = fc.record({
  staff: fc.constantFrom('sonla', 'quangtri'),
  which: fc.nat(1),
  period: fc.constantFrom(...PERIODS),
  indicator: fc.constantFrom(...INDICATORS),
  value: fc.integer({ min: 1, max: 5000 }),
});
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

function body(c: Command) {
  const period = periodOf(c.period);
  const after = period.year > 2025 || (period.year === 2025 && c.period >= '2025-07') || c.period === '2025';
  const units = (after ? UNITS_AFTER : UNITS_BEFORE)[c.staff];
  const unitId = units[c.which % units.length] as string;
  const isPercent = c.indicator === 'villages_mobile_broadband';
  const isRank = c.indicator === 'dti_rank';
  return {
    unitId,
    indicatorKey: c.indicator,
    period: c.period,
    value: isRank ? (c.value % 30) + 1 : isPercent ? null : c.value,
    numerator: isPercent ? c.value % 200 : null,
    denominator: isPercent ? 200 : null,
    sourceRef: 'Báo cáo thử kho số liệu',
    submit: true,
  };
}

async function seedReference(db: Db): Promise<void> {
  await migrateToLatest(db);
  await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
  const { login: adminLogin, password: adminPassword } = TEST_ADMIN;
  await seedAccounts(db, { withDemo: true, now: SEED_NOW, adminLogin, adminPassword, scrypt: CHEAP_SCRYPT });
}

describe.each([
  ['SQLite', false],
  ['PostgreSQL', true],
] as const)('the store after random approvals, on %s', (_engine, isPostgres) => {
  const skip = isPostgres && !PG_TEST_URL;
  let pgDatabase: PostgresDatabase | undefined;
  let db: Db;
  let app: App;
  const clients: Record<string, Client> = {};
  const errors: unknown[] = [];

  beforeAll(async () => {
    if (skip) return;
    if (isPostgres) pgDatabase = await createPostgresDatabase(PG_TEST_URL as string, 'cds_store');
    db = pgDatabase ? openPostgres(pgDatabase.url) : openSqlite(':memory:');
    await seedReference(db);
    app = createApp(db, {
      dialect: isPostgres ? 'postgres' : 'sqlite',
      logErrors: (e) => errors.push(e),
      publicRead: true,
    });
    for (const login of ['demo.sonla', 'demo.quangtri', 'demo.reviewer'])
      clients[login] = await signIn(app, login);
  });

  afterAll(async () => {
    if (skip) return;
    await db.destroy();
    await pgDatabase?.drop();
  });

  it.skipIf(skip)(
    'equals a full recomputation after every sequence of approvals and corrections',
    async () => {
      let approved = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 5 }), async (commands) => {
          for (const c of commands) {
            const staff = clients[c.staff === 'sonla' ? 'demo.sonla' : 'demo.quangtri'] as Client;
            const created = await staff.send('POST', '/api/revisions', body(c));
            if (created.status !== 201) continue;
            const answer = await clients['demo.reviewer']?.send(
              'POST',
              `/api/revisions/${created.body.revision.id}/approve`,
            );
            expect(answer?.status, JSON.stringify(answer?.body)).toBe(200);
            approved++;
          }
          const { differences } = await verifyStore(db, await readCatalog(db));
          expect(differences).toEqual([]);
        }),
        { numRuns: 8, seed: 20261130 },
      );
      // The property was tested on approvals, not on refusals only.
      expect(approved).toBeGreaterThan(10);
      expect(errors).toEqual([]);
    },
  );
});

describe('what the endpoints read from the store equals what the cells resolve to', () => {
  let s: Seeded;

  beforeAll(async () => {
    s = await seededApp();
  });

  it('has built the store while seeding, and it verifies', async () => {
    const { blocks, differences } = await verifyStore(s.db, await readCatalog(s.db));
    expect(blocks).toBeGreaterThan(100);
    expect(differences).toEqual([]);
  });

  it.each([
    ['v63-14', '2023'],
    ['v63-44', '2024-Q2'],
    ['v63-06', '2022-07'],
    ['v34-44', '2025'],
    ['v34-14', '2026'],
    ['v34-19', '2026-Q4'],
    ['v34-44', '2025-Q3'],
    ['v34-01', '2026-10'],
  ])('summary of %s %s, both views', async (unitId, periodKey) => {
    const catalog = await readCatalog(s.db);
    const unit = catalog.unit(unitId);
    if (!unit) throw new Error(unitId);
    for (const view of ['reported', 'restated'] as View[]) {
      const stored = await unitSummary(s.db, catalog, unit, periodOf(periodKey), view, { today: TODAY });
      const live = await unitSummary(s.db, catalog, unit, periodOf(periodKey), view, {
        today: TODAY,
        live: true,
      });
      expect(stored.items.length).toBeGreaterThan(10);
      expect(stored).toEqual(live);
    }
  });

  it.each([
    ['v34-44', 'year', '2019', '2026', 'restated'],
    ['v34-44', 'month', '2025-01', '2025-12', 'reported'],
    ['v34-14', 'quarter', '2023-Q1', '2026-Q4', 'reported'],
    ['v63-14', 'year', '2019', '2025', 'reported'],
  ])('series of %s by %s from %s to %s, %s', async (unitId, periodType, from, to, view) => {
    const catalog = await readCatalog(s.db);
    const unit = catalog.unit(unitId);
    if (!unit) throw new Error(unitId);
    for (const indicator of catalog.indicators) {
      const { body } = await getJson(
        s.app,
        `/api/series?indicator=${indicator.key}&unit=${unitId}&periodType=${periodType}&from=${from}&to=${to}&view=${view}`,
      );
      const cells = await loadCells(s.db, {
        indicatorKeys: [indicator.key],
        unitIds: [unit.id, ...unit.predecessorIds],
        years: [...new Set(body.points.map((p: Json) => Number(p.period.slice(0, 4))))] as number[],
      });
      const ctx = resolveContext(catalog, cells, indicator);
      for (const point of body.points) {
        const { unitId: _u, period, components, ...figure } = point;
        expect(figure, `${indicator.key} ${period}`).toEqual(
          resolveFigure(ctx, unitId, periodOf(period), view as View),
        );
        for (const part of components) {
          const live = resolveFigure(ctx, part.unitId, periodOf(period), 'reported');
          expect(part).toEqual({
            unitId: part.unitId,
            value: live.value,
            isComplete: live.isComplete,
            isDemo: live.isDemo,
          });
        }
      }
    }
  });

  it('rankings of every indicator, as reported and restated, before and after the merger', async () => {
    const catalog = await readCatalog(s.db);
    for (const periodKey of ['2022', '2024-Q4', '2025', '2026-09']) {
      const period = periodOf(periodKey);
      const cells = await loadCells(s.db, { years: [period.year] });
      for (const indicator of catalog.indicators) {
        for (const view of ['reported', 'restated'] as View[]) {
          const { national, ...stored } = await storedRanking(s.db, catalog, indicator, period, view);
          const live = rankIndicator(catalog, cells, indicator, period, view);
          expect(stored, `${indicator.key} ${periodKey} ${view}`).toEqual(live);
          expect(national, `${indicator.key} ${periodKey} ${view}`).toEqual(
            nationalValue(
              indicator,
              periodKey,
              live.rows.map((r) => ({ unitId: r.unit.id, resolved: r.resolved })),
            ),
          );
        }
      }
    }
  });
});
