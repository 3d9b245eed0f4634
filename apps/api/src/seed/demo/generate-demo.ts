/**
 * The demo dataset: plausible, deterministic figures and targets for every province
 * from 2019, so the dashboard can be explored before real reports are entered.
 *
 * Every row is flagged `is_demo = 1` and carries a demo source. A demo row is never
 * written where a real figure exists: if a unit has any real figure for an indicator
 * in a year, that unit, indicator and year get no demo figures at all, so real and
 * demo never blend inside a roll-up. Demo ranks of a year leave the places of the real ranks free:
 * they are a permutation of the places left (`seatAround`), here at seeding and again whenever a
 * real rank is published into a demo year (`reseatDemoRanks`).
 */
import {
  type Cell,
  MERGER_DATE,
  makePeriod,
  rankUnits,
  rollUpOverTime,
  seatAround,
  startDate,
  subPeriods,
  vintageOfPeriod,
} from '@cds/core';
import type { Db } from '../../db/connection.ts';
import type { NewObservation, NewTarget } from '../../db/database.ts';
import { observationRow } from '../load-reference.ts';
import { MONTHLY_SHAPES, type MonthFigure, monthlySeries, provinceProfile } from './demo-profiles.ts';
import { between, seededRandom } from './random.ts';

export const DEMO_USER = 'seed:demo';
export const DEMO_SOURCE = 'Dữ liệu minh họa (demo), sinh tự động / generated demo data';

export interface DemoOptions {
  firstYear: number;
  /** Last month with figures, e.g. `2026-10`; later months of that year get targets only. */
  lastMonth: string;
  now: string;
  /** Indicators to generate; defaults to all the demo knows. */
  indicators?: readonly string[];
}

interface UnitInfo {
  id: string;
  code: string;
  vintage: number;
  predecessorCodes: string[];
}

interface OverTimeRule {
  overTime: 'last' | 'sum' | 'ratio';
  unit: 'percent' | 'count' | 'km' | 'billion_vnd';
}

const RULES: Record<string, OverTimeRule> = {
  villages_mobile_broadband: { overTime: 'last', unit: 'percent' },
  communes_fibre: { overTime: 'last', unit: 'percent' },
  communes_4g: { overTime: 'last', unit: 'percent' },
  households_fibre: { overTime: 'last', unit: 'percent' },
  adults_smartphone: { overTime: 'last', unit: 'percent' },
  online_procedures: { overTime: 'last', unit: 'percent' },
  full_online_services: { overTime: 'last', unit: 'percent' },
  online_dossiers: { overTime: 'ratio', unit: 'percent' },
  e_documents: { overTime: 'ratio', unit: 'percent' },
  work_records_online: { overTime: 'ratio', unit: 'percent' },
  bts_4g_added: { overTime: 'sum', unit: 'count' },
  fibre_km_added: { overTime: 'sum', unit: 'km' },
  portal_visits: { overTime: 'sum', unit: 'count' },
  telecom_revenue: { overTime: 'sum', unit: 'billion_vnd' },
};

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Adds up predecessors' figures: the demo's new units are exactly the sum of their parts. */
function combine(parts: MonthFigure[], isRatio: boolean): MonthFigure {
  if (!isRatio)
    return { value: round2(parts.reduce((s, p) => s + p.value, 0)), numerator: null, denominator: null };
  const numerator = parts.reduce((s, p) => s + (p.numerator ?? 0), 0);
  const denominator = parts.reduce((s, p) => s + (p.denominator ?? 0), 0);
  return { value: round2((numerator / denominator) * 100), numerator, denominator };
}

async function loadUnits(db: Db): Promise<UnitInfo[]> {
  // Positions restart in each vintage: order ties by vintage so row ids do not depend on the database.
  const units = await db
    .selectFrom('unit')
    .select(['id', 'code', 'vintage'])
    .orderBy('position')
    .orderBy('vintage', 'desc')
    .execute();
  const lineage = await db.selectFrom('unit_lineage').select(['predecessor_id', 'successor_id']).execute();
  return units.map((u) => ({
    ...u,
    predecessorCodes:
      u.vintage === 63
        ? [u.code]
        : lineage.filter((l) => l.successor_id === u.id).map((l) => l.predecessor_id.slice(4)),
  }));
}

export async function loadDemoData(
  db: Db,
  options: DemoOptions,
): Promise<{ observations: number; targets: number }> {
  const lastYear = Number(options.lastMonth.slice(0, 4));
  const lastMonthIndex = (lastYear - options.firstYear) * 12 + Number(options.lastMonth.slice(5, 7)) - 1;
  const totalMonths = (lastYear - options.firstYear + 1) * 12;
  const indicators = options.indicators ?? Object.keys(MONTHLY_SHAPES);
  const units = await loadUnits(db);
  const oldUnits = units.filter((u) => u.vintage === 63);

  const realCells = await db
    .selectFrom('observation')
    .select(['unit_id', 'indicator_key', 'year', 'value'])
    .where('is_demo', '=', 0)
    .execute();
  const publishedRankings = await db.selectFrom('published_rank').select(['index_key', 'period']).execute();
  const isPublishedRanking = new Set(publishedRankings.map((p) => `${p.index_key}|${p.period}`));
  const hasReal = new Set(realCells.map((c) => `${c.unit_id}|${c.indicator_key}|${c.year}`));
  const realTargets = await db
    .selectFrom('target')
    .select(['unit_id', 'indicator_key', 'period'])
    .where('is_demo', '=', 0)
    .execute();
  const hasRealTarget = new Set(realTargets.map((t) => `${t.unit_id}|${t.indicator_key}|${t.period}`));

  const observations: NewObservation[] = [];
  const targets: NewTarget[] = [];
  const monthPeriod = (t: number) =>
    makePeriod('month', options.firstYear + Math.floor(t / 12), (t % 12) + 1);
  const vintageOfMonth = (t: number) => (startDate(monthPeriod(t)) < MERGER_DATE ? 63 : 34);

  for (const indicator of indicators) {
    const shape = MONTHLY_SHAPES[indicator];
    const rule = RULES[indicator];
    if (!shape || !rule) throw new Error(`no demo shape for ${indicator}`);
    const isRatio = shape.kind !== 'flow';
    const series = new Map(
      oldUnits.map((u) => [
        u.code,
        monthlySeries(shape, provinceProfile(u.code), `${indicator}:${u.code}`, totalMonths),
      ]),
    );
    const figureOf = (unit: UnitInfo, t: number): MonthFigure =>
      combine(
        unit.predecessorCodes.map((c) => series.get(c)?.[t] as MonthFigure),
        isRatio,
      );

    for (const unit of units) {
      // Every month of the unit's whole history, as cells a roll-up can read (for targets).
      const cells: Cell[] = [];
      for (let t = 0; t < totalMonths; t++) {
        const f = figureOf(unit, t);
        cells.push({ period: monthPeriod(t).key, ...f, isDemo: true, sourceRef: DEMO_SOURCE });
        const year = options.firstYear + Math.floor(t / 12);
        if (
          t > lastMonthIndex ||
          vintageOfMonth(t) !== unit.vintage ||
          hasReal.has(`${unit.id}|${indicator}|${year}`)
        )
          continue;
        observations.push(
          observationRow(
            {
              unit_id: unit.id,
              indicator_key: indicator,
              period: monthPeriod(t).key,
              value: f.value,
              numerator: f.numerator,
              denominator: f.denominator,
              is_demo: 1,
              source_ref: DEMO_SOURCE,
              created_by: DEMO_USER,
              updated_by: DEMO_USER,
            },
            options.now,
          ),
        );
      }
      const r = seededRandom(`target:${indicator}:${unit.id}`);
      for (let year = options.firstYear; year <= lastYear; year++) {
        const yearPeriod = makePeriod('year', year);
        for (const period of [yearPeriod, ...subPeriods(yearPeriod, 'quarter')]) {
          if (
            vintageOfPeriod(period) !== unit.vintage ||
            hasRealTarget.has(`${unit.id}|${indicator}|${period.key}`)
          )
            continue;
          const actual = rollUpOverTime(rule, period, cells).value;
          if (actual === null) continue;
          let value = actual * between(r, 0.93, 1.1);
          if (rule.unit === 'percent') value = Math.min(100, value);
          value = rule.unit === 'count' ? Math.round(value) : round2(value);
          targets.push({
            unit_id: unit.id,
            indicator_key: indicator,
            period: period.key,
            comparator: '>=',
            value,
            source: DEMO_SOURCE,
            is_derived: 0,
            derivation: null,
            is_demo: 1,
            confidence: 'demo',
          });
        }
      }
    }
  }
  if (!options.indicators)
    observations.push(...yearlyIndexes(units, options, hasReal, realCells, isPublishedRanking));

  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < observations.length; i += 500) {
      await trx
        .insertInto('observation')
        .values(observations.slice(i, i + 500))
        .execute();
    }
    for (let i = 0; i < targets.length; i += 500) {
      await trx
        .insertInto('target')
        .values(targets.slice(i, i + 500))
        .execute();
    }
  });
  return { observations: observations.length, targets: targets.length };
}

/**
 * Yearly composite indices, only for years where no ranking was published: the
 * digital-economy share, ICT Index (no 2021 edition existed) and DTI 2025. A real rank of such a
 * year (entered, not published in the reference) keeps its place; the demo ranks take the others.
 */
function yearlyIndexes(
  units: UnitInfo[],
  options: DemoOptions,
  hasReal: Set<string>,
  realCells: { unit_id: string; indicator_key: string; year: number; value: number | null }[],
  isPublishedRanking: Set<string>,
): NewObservation[] {
  const lastFullYear = Number(options.lastMonth.slice(0, 4)) - 1;
  const publishedYears = (key: string) =>
    new Set(realCells.filter((c) => c.indicator_key === key).map((c) => c.year));
  const out: NewObservation[] = [];
  const row = (unit: string, key: string, year: number, value: number, rankedOf: number | null = null) =>
    observationRow(
      {
        unit_id: unit,
        indicator_key: key,
        period: String(year),
        value,
        ranked_of: rankedOf,
        is_demo: 1,
        source_ref: DEMO_SOURCE,
        created_by: DEMO_USER,
        updated_by: DEMO_USER,
      },
      options.now,
    );
  const latent = (code: string, seed: string, year: number, base: number, spread: number, growth: number) => {
    const p = provinceProfile(code);
    return (
      base +
      spread * p.maturity +
      growth * (year - 2019) +
      between(seededRandom(`${seed}:${code}:${year}`), -0.02, 0.02)
    );
  };
  const unitsOfYear = (year: number) => units.filter((u) => u.vintage === (year < 2025 ? 63 : 34));
  const mean = (u: UnitInfo, f: (code: string) => number) =>
    u.predecessorCodes.reduce((s, c) => s + f(c), 0) / u.predecessorCodes.length;

  for (let year = options.firstYear; year <= lastFullYear; year++) {
    for (const u of unitsOfYear(year)) {
      if (hasReal.has(`${u.id}|digital_economy_gdp_share|${year}`)) continue;
      out.push(
        row(
          u.id,
          'digital_economy_gdp_share',
          year,
          round2(100 * mean(u, (c) => latent(c, 'gdp', year, 0.04, 0.1, 0.009))),
        ),
      );
    }
    const indexes = [
      {
        key: 'ict_index',
        score: 'ict_index_score',
        rank: 'ict_index_rank',
        from: 2006,
        skip: [2021],
        base: 0.3,
      },
      { key: 'dti', score: 'dti_score', rank: 'dti_rank', from: 2020, skip: [], base: 0.35 },
    ];
    for (const index of indexes) {
      if (
        year < index.from ||
        index.skip.includes(year) ||
        publishedYears(index.score).has(year) ||
        isPublishedRanking.has(`${index.key}|${year}`)
      )
        continue;
      const field = unitsOfYear(year);
      const inField = new Set(field.map((u) => u.id));
      const realRanks = realCells.filter(
        (c) =>
          c.indicator_key === index.rank && c.year === year && inField.has(c.unit_id) && c.value !== null,
      );
      const hasRealRank = new Set(realRanks.map((c) => c.unit_id));
      const scored = field.map((u) => ({
        item: u,
        value:
          Math.round(10000 * mean(u, (c) => latent(c, index.score, year, index.base, 0.35, 0.03))) / 10000,
      }));
      const { ranked } = rankUnits(scored, 'higher');
      const demo = ranked.filter((r) => !hasRealRank.has(r.item.id));
      // Without a real rank the demo ranks are the scores' own (ties shared); with one, the places left.
      const seated =
        realRanks.length === 0
          ? demo.map((r) => ({ item: r, rank: r.rank as number }))
          : seatAround(
              demo,
              realRanks.map((c) => c.value as number),
              field.length,
            );
      for (const { item: r, rank } of seated) {
        if (!hasReal.has(`${r.item.id}|${index.score}|${year}`))
          out.push(row(r.item.id, index.score, year, r.value as number));
        out.push(row(r.item.id, index.rank, year, rank, field.length));
      }
    }
  }
  return out;
}
