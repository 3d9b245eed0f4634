/**
 * Loads the reference data under `data/` into an empty database: regions, both
 * vintages of provinces with their lineage, the indicator catalogue, national
 * targets, published DTI / ICT Index ranks, the seed reports (title, publisher, date) and every
 * figure quoted in them.
 */
import {
  canDerivePlanFromClaim,
  citeReport,
  type Direction,
  deriveTargetFromPlanClaim,
  type IndicatorUnit,
  LAST_DAY_OF_63,
  MERGER_DATE,
  parsePlanClaim,
  periodOf,
  type Qualifier,
  qualifierSchema,
  unitId,
  type Vintage,
} from '@cds/core';
import type { Db } from '../db/connection.ts';
import type { NewObservation, NewTarget } from '../db/database.ts';
import { field, optionalNumber, readCsv } from './csv.ts';
import { REGIONS, regionCodeOf } from './regions.ts';

/** The 63-unit set has stood since Hà Tây joined Hà Nội on 1 August 2008. */
const FIRST_DAY_OF_63 = '2008-08-01';
export const SEED_USER = 'seed:reference';

const KIND_CHANGES = [
  // The CSV lists Huế as a city; before 2025 it was the province of Thừa Thiên Huế.
  {
    unitId: unitId(63, '46'),
    from: 'province',
    kind: 'city',
    date: '2025-01-01',
    source: 'Resolution 175/2024/QH15',
  },
  {
    unitId: unitId(34, '75'),
    from: 'province',
    kind: 'city',
    date: '2026-04-30',
    source: 'Resolution 30/2026/QH16',
  },
];

export function observationRow(
  fields: Pick<NewObservation, 'unit_id' | 'indicator_key' | 'period' | 'value'> & Partial<NewObservation>,
  now: string,
): NewObservation {
  const period = periodOf(fields.period);
  return {
    numerator: null,
    denominator: null,
    source_ref: null,
    source_quote: null,
    note: null,
    status: 'approved',
    is_demo: 0,
    created_by: SEED_USER,
    updated_by: SEED_USER,
    created_at: now,
    updated_at: now,
    ...fields,
    period_type: period.type,
    year: period.year,
  };
}

async function loadUnits(db: Db): Promise<void> {
  await db
    .insertInto('region')
    .values(REGIONS.map((r) => ({ code: r.code, name_vi: r.nameVi, name_en: r.nameEn })))
    .execute();
  const old = readCsv('provinces-63.csv').map((r, i) => {
    const id = unitId(63, field(r, 'code'));
    const change = KIND_CHANGES.find((k) => k.unitId === id);
    return {
      id,
      vintage: 63,
      code: field(r, 'code'),
      name_vi: field(r, 'name_vi'),
      name_en: field(r, 'name_en'),
      kind: change ? change.from : field(r, 'kind'),
      region_code: regionCodeOf(field(r, 'region')),
      valid_from: FIRST_DAY_OF_63,
      valid_to: LAST_DAY_OF_63,
      position: i,
    };
  });
  const rows34 = readCsv('provinces-34.csv');
  const current = rows34.map((r, i) => ({
    id: unitId(34, field(r, 'code')),
    vintage: 34,
    code: field(r, 'code'),
    name_vi: field(r, 'name_vi'),
    name_en: field(r, 'name_en'),
    kind: field(r, 'kind'),
    region_code: null,
    valid_from: MERGER_DATE,
    valid_to: null,
    position: i,
  }));
  await db
    .insertInto('unit')
    .values([...old, ...current])
    .execute();
  await db
    .insertInto('unit_kind_change')
    .values(
      KIND_CHANGES.map((k) => ({
        unit_id: k.unitId,
        kind: k.kind,
        effective_date: k.date,
        source: k.source,
      })),
    )
    .execute();
  const lineage = rows34.flatMap((r) =>
    field(r, 'merged_from')
      .split(';')
      .map((oldCode, i) => ({
        predecessor_id: unitId(63, oldCode),
        successor_id: unitId(34, field(r, 'code')),
        effective_date: MERGER_DATE,
        is_name_kept: i === 0 ? 1 : 0,
        is_seat: oldCode === field(r, 'seat_from') ? 1 : 0,
      })),
  );
  await db.insertInto('unit_lineage').values(lineage).execute();
}

interface IndicatorRule {
  direction: Direction;
  unit: IndicatorUnit;
}

async function loadIndicators(db: Db): Promise<Map<string, IndicatorRule>> {
  const rows = readCsv('indicators.csv');
  await db
    .insertInto('indicator')
    .values(
      rows.map((r, i) => ({
        key: field(r, 'key'),
        family: field(r, 'family'),
        name_vi: field(r, 'name_vi'),
        name_en: field(r, 'name_en'),
        unit: field(r, 'unit'),
        direction: field(r, 'direction'),
        over_time: field(r, 'over_time'),
        across_units: field(r, 'across_units'),
        valid_from: field(r, 'valid_from') || null,
        valid_to: field(r, 'valid_to') || null,
        max_value: field(r, 'max') ? Number(field(r, 'max')) : null,
        note: field(r, 'note'),
        position: i,
      })),
    )
    .execute();
  return new Map(
    rows.map((r) => [
      field(r, 'key'),
      { direction: field(r, 'direction') as Direction, unit: field(r, 'unit') as IndicatorUnit },
    ]),
  );
}

async function loadNationalTargets(db: Db): Promise<void> {
  const rows: NewTarget[] = readCsv('national-targets.csv').map((r) => ({
    unit_id: null,
    indicator_key: field(r, 'indicator'),
    period: field(r, 'year'),
    comparator: field(r, 'comparator'),
    value: Number(field(r, 'value')),
    source: `${field(r, 'source')} (${field(r, 'scope')})`,
    is_derived: 0,
    derivation: null,
    is_demo: 0,
    confidence: field(r, 'confidence'),
  }));
  await db.insertInto('target').values(rows).execute();
}

/** DTI and ICT Index: the published ranks and scores, kept as published and as observations. */
async function loadPublishedRanks(db: Db, now: string): Promise<void> {
  type Published = {
    index: string;
    period: string;
    unit: string;
    rank: number | null;
    of: number;
    score: number | null;
    source: string;
    name: string | null;
  };
  const byKey = new Map<string, Published>();
  const put = (p: Published) => {
    const key = `${p.index}|${p.period}|${p.unit}`;
    const existing = byKey.get(key);
    byKey.set(
      key,
      existing
        ? {
            ...existing,
            rank: existing.rank ?? p.rank,
            score: existing.score ?? p.score,
            source: existing.source === p.source ? p.source : `${existing.source}; ${p.source}`,
          }
        : p,
    );
  };
  for (const r of readCsv('dti-2022-ranking.csv')) {
    put({
      index: 'dti',
      period: '2022',
      unit: unitId(63, field(r, 'code')),
      rank: Number(field(r, 'rank')),
      of: 63,
      score: null,
      source: 'dti.gov.vn/xep-hang-2022',
      name: field(r, 'name_as_published'),
    });
  }
  for (const r of readCsv('dti-published.csv')) {
    const index = field(r, 'indicator').startsWith('dti') ? 'dti' : 'ict_index';
    const vintage = Number(field(r, 'units')) as Vintage;
    put({
      index,
      period: field(r, 'period'),
      unit: unitId(vintage, field(r, 'code')),
      rank: optionalNumber(r.rank),
      of: Number(field(r, 'ranked_of')),
      score: optionalNumber(r.score),
      source: field(r, 'source'),
      name: null,
    });
  }
  const published = [...byKey.values()];
  await db
    .insertInto('published_rank')
    .values(
      published.map((p) => ({
        index_key: p.index,
        period: p.period,
        unit_id: p.unit,
        rank: p.rank,
        ranked_of: p.of,
        score: p.score,
        source: p.source,
        name_as_published: p.name,
      })),
    )
    .execute();
  const observations = published.flatMap((p) => [
    ...(p.score === null
      ? []
      : [
          observationRow(
            {
              unit_id: p.unit,
              indicator_key: `${p.index}_score`,
              period: p.period,
              value: p.score,
              source_ref: p.source,
            },
            now,
          ),
        ]),
    ...(p.rank === null
      ? []
      : [
          observationRow(
            {
              unit_id: p.unit,
              indicator_key: `${p.index}_rank`,
              period: p.period,
              value: p.rank,
              ranked_of: p.of,
              source_ref: p.source,
              note: `hạng ${p.rank}/${p.of}`,
            },
            now,
          ),
        ]),
  ]);
  for (let i = 0; i < observations.length; i += 200) {
    await db
      .insertInto('observation')
      .values(observations.slice(i, i + 200))
      .execute();
  }
}

/** The seed's qualifier column: blank for an exact figure. */
function qualifierOf(text: string | undefined): Qualifier {
  const parsed = qualifierSchema.safeParse(text?.trim() || 'exact');
  if (!parsed.success) throw new Error(`seed-figures.csv: unknown qualifier "${text}"`);
  return parsed.data;
}

/**
 * A report's "vượt 82% so với kế hoạch" on a percentage gives no plan (core's
 * `canDerivePlanFromClaim`): the claim is kept as the figure's note, shown, and judged against nothing.
 */
function claimWithoutPlan(claim: string, unit: IndicatorUnit | undefined): string | null {
  if (!claim || claim === 'target' || parsePlanClaim(claim) === null) return null;
  if (unit && canDerivePlanFromClaim(unit)) return null;
  return `Báo cáo nêu: “${claim}” (không suy ra được kế hoạch từ một tỷ lệ; không đánh giá) / The report says “${claim}” (no plan can be derived for a rate; not judged)`;
}

/**
 * The seed reports' titles, publishers and dates; returns each file's source reference, the
 * report's Vietnamese citation ("Title — Publisher, 20/07/2021"), which its figures carry.
 */
async function loadSourceReports(db: Db): Promise<Map<string, string>> {
  const reports = readCsv('seed-reports.csv').map((r) => {
    const report = {
      title: field(r, 'title'),
      publisher: { vi: field(r, 'publisher_vi'), en: field(r, 'publisher_en') },
      publishedOn: field(r, 'published_on'),
    };
    return { file: field(r, 'source_file'), ref: citeReport(report, 'vi'), ...report };
  });
  await db
    .insertInto('source_report')
    .values(
      reports.map((r) => ({
        ref: r.ref,
        title: r.title,
        publisher_vi: r.publisher.vi,
        publisher_en: r.publisher.en,
        published_on: r.publishedOn,
        archived_file: `seeds/${r.file}`,
      })),
    )
    .execute();
  return new Map(reports.map((r) => [r.file, r.ref]));
}

/** Every figure quoted in the provincial reports, with the report and its quote as the source. */
async function loadSeedFigures(
  db: Db,
  rules: Map<string, IndicatorRule>,
  reports: Map<string, string>,
  now: string,
): Promise<void> {
  for (const r of readCsv('seed-figures.csv')) {
    const unit = unitId(63, field(r, 'province_code'));
    const indicator = field(r, 'indicator');
    const period = field(r, 'period');
    const value = optionalNumber(r.value);
    const source = reports.get(field(r, 'source_file'));
    if (source === undefined) throw new Error(`seed-reports.csv: no report for ${field(r, 'source_file')}`);
    const quote = field(r, 'quote');
    const claim = field(r, 'plan_claim');
    if (claim === 'target') {
      // "quyết tâm hết năm 2024…": a plan, not an achieved figure.
      await db
        .insertInto('target')
        .values({
          unit_id: unit,
          indicator_key: indicator,
          period,
          comparator: '>=',
          value: value ?? 0,
          source: `${source}: «${quote}»`,
          is_derived: 0,
          derivation: null,
          is_demo: 0,
          confidence: 'reported',
        })
        .execute();
      continue;
    }
    await db
      .insertInto('observation')
      .values(
        observationRow(
          {
            unit_id: unit,
            indicator_key: indicator,
            period,
            value,
            numerator: optionalNumber(r.numerator),
            denominator: optionalNumber(r.denominator),
            qualifier: qualifierOf(r.qualifier),
            source_ref: source,
            source_quote: quote,
            note:
              value === null
                ? 'Báo cáo không nêu số chính xác / the report gives no exact figure'
                : claimWithoutPlan(claim, rules.get(indicator)?.unit),
          },
          now,
        ),
      )
      .execute();
    const aboveBy = parsePlanClaim(claim);
    const rule = rules.get(indicator);
    if (aboveBy !== null && value !== null && rule && canDerivePlanFromClaim(rule.unit)) {
      const direction = rule.direction;
      const target = deriveTargetFromPlanClaim(value, aboveBy, direction);
      await db
        .insertInto('target')
        .values({
          unit_id: unit,
          indicator_key: indicator,
          period,
          comparator: '>=',
          value: target,
          source: `${source}: «${quote}»`,
          is_derived: 1,
          derivation: `${claim}: ${value} / (1 + ${aboveBy}) = ${target.toFixed(2)}`,
          is_demo: 0,
          confidence: 'derived',
        })
        .execute();
    }
  }
}

/** Loads everything under `data/` in one transaction: all or nothing. */
export async function loadReference(db: Db, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loadUnits(trx);
    const rules = await loadIndicators(trx);
    await loadNationalTargets(trx);
    await loadPublishedRanks(trx, now);
    await loadSeedFigures(trx, rules, await loadSourceReports(trx), now);
  });
}
