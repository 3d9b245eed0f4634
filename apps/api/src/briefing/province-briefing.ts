/**
 * A leader's briefing on one province and period: the summary strip (counts of verdicts, the
 * three most behind, the latest ranks), each indicator's yearly sparkline and pace to its next
 * plan, and sentences drafted for a meeting document. The verdicts are the cards' own
 * (`unitSummary`); what a strip, a pace or a sentence says is core's (`briefing/`).
 */
import {
  asOfMonth,
  draftRankSentence,
  draftSentence,
  type Indicator,
  isRankIndicator,
  isUnchangedTerritory,
  type LatestRank,
  latestRank,
  type MostBehind,
  mostBehind,
  NO_FIGURE,
  nextPlan,
  PACE_BASE_YEAR,
  type Pace,
  type Period,
  paceBaseline,
  paceToPlan,
  periodOf,
  type Resolved,
  type Sentence,
  type StripCounts,
  stripCounts,
  type View,
} from '@cds/core';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import type { Db } from '../db/connection.ts';
import { findTargetsOf, type TargetView } from '../plans/targets.repository.ts';
import { unitSummary } from '../province-summary/unit-summary.ts';
import { resolveWithoutCells } from '../resolved-store/figure-lookup.ts';
import { builtBlocks, readFiguresOfIndicators } from '../resolved-store/resolved-store.repository.ts';

/** Sparklines start here (or eight years before the period, whichever is later). */
const SPARK_YEARS = 8;
/** The furthest plan year a pace looks to (the national targets run to 2030). */
const LAST_PLAN_YEAR = 2030;
/** The ranks the strip names, in this order. */
const STRIP_RANKS = ['dti_rank', 'ict_index_rank'];

export interface SparkPoint {
  period: string;
  value: number | null;
  isComplete: boolean;
  isDemo: boolean;
  basis: Resolved['basis'];
}

export interface IndicatorPace extends Pace {
  baseYear: number;
  baseValue: number;
  currentYear: number;
  currentValue: number;
  targetYear: number;
  targetValue: number;
  targetScope: 'unit' | 'national';
  /** The baseline, latest value or plan is demo data. */
  isDemo: boolean;
}

export interface Briefing {
  period: Period;
  hasDemo: boolean;
  asOf: { period: string | null };
  strip: { counts: StripCounts; mostBehind: MostBehind[]; ranks: LatestRank[] };
  items: { indicatorKey: string; sparkline: SparkPoint[]; pace: IndicatorPace | null }[];
  sentences: Sentence[];
}

/**
 * Pace to the next plan after the latest complete year, chosen by core's rules (`nextPlan`: the
 * province's own, its predecessor's where it kept its territory, else the national target); the
 * baseline is core's (`paceBaseline`: 2020's value, or the first later one), read from the yearly
 * figures since 2020 — never the sparkline's first year.
 */
function paceOf(
  indicator: Indicator,
  sparkline: readonly SparkPoint[],
  plans: readonly TargetView[],
  unit: CatalogUnit,
): IndicatorPace | null {
  if (isRankIndicator(indicator)) return null;
  const complete = sparkline.filter((p) => p.value !== null && p.isComplete);
  const baseline = paceBaseline(
    sparkline.map((p) => ({ year: Number(p.period), value: p.isComplete ? p.value : null })),
  );
  const base = complete.find((p) => Number(p.period) === baseline?.year);
  const current = complete[complete.length - 1];
  if (!base || !current || base === current) return null;
  const currentYear = Number(current.period);
  const plan = nextPlan(plans, { unit, indicatorKey: indicator.key, afterYear: currentYear });
  if (!plan) return null;
  const inputs = {
    baseYear: Number(base.period),
    baseValue: base.value as number,
    currentYear,
    currentValue: current.value as number,
    targetYear: Number(plan.period),
    targetValue: plan.value,
  };
  const pace = paceToPlan({ ...inputs, direction: indicator.direction });
  if (!pace) return null;
  return {
    ...pace,
    ...inputs,
    targetScope: plan.chosenAs === 'national' ? 'national' : 'unit',
    isDemo: base.isDemo || current.isDemo || plan.isDemo,
  };
}

export async function provinceBriefing(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  view: View,
  options: { today: string },
): Promise<Briefing> {
  const lastYear = period.year;
  const firstYear = Math.max(2015, lastYear - SPARK_YEARS + 1);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  // The pace's baseline is 2020's value whatever window the sparkline shows: read from there too.
  const firstRead = Math.min(firstYear, PACE_BASE_YEAR);
  const readYears = Array.from({ length: lastYear - firstRead + 1 }, (_, i) => firstRead + i);
  const planYears = Array.from({ length: Math.max(0, LAST_PLAN_YEAR - firstRead) + 1 }, (_, i) =>
    String(firstRead + i),
  );
  const keys = catalog.indicators.map((i) => i.key);
  const [summary, rows, built, plans] = await Promise.all([
    unitSummary(db, catalog, unit, period, view, options),
    readFiguresOfIndicators(db, keys, [unit.id], readYears.map(String), [view]),
    builtBlocks(db, readYears),
    findTargetsOf(db, {
      indicatorKeys: keys,
      unitIds: [unit.id, ...(isUnchangedTerritory(unit) ? unit.predecessorIds : [])],
      periods: planYears,
    }),
  ]);
  const row = new Map(rows.map((r) => [`${r.indicatorKey}|${r.period}`, r.figure]));
  const yearly = (indicator: Indicator, year: number): Resolved =>
    built.has(`${indicator.key}|${year}`)
      ? (row.get(`${indicator.key}|${year}`) ?? NO_FIGURE)
      : resolveWithoutCells(catalog, indicator, unit.id, periodOf(String(year)), view);

  const items = summary.items.map((item) => {
    const since = readYears.map((year): SparkPoint => {
      const f = yearly(item.indicator, year);
      return {
        period: String(year),
        value: f.value,
        isComplete: f.isComplete,
        isDemo: f.isDemo,
        basis: f.basis,
      };
    });
    return {
      indicatorKey: item.indicator.key,
      sparkline: since.filter((p) => Number(p.period) >= firstYear),
      pace: paceOf(item.indicator, since, plans, unit),
    };
  });

  const stripItems = summary.items
    .filter((i) => !isRankIndicator(i.indicator))
    .map((i) => ({
      indicator: i.indicator,
      value: i.figure.value,
      progress: i.progress,
      plan: i.target?.value ?? null,
      isDemo: i.figure.isDemo || i.figure.isPartlyDemo || !!i.target?.isDemo,
    }));
  const ranks = STRIP_RANKS.flatMap((key) => {
    const indicator = catalog.indicator(key);
    if (!indicator) return [];
    const points = years.map((year) => {
      const f = yearly(indicator, year);
      return { year, rank: f.value, of: f.rankedOf, isDemo: f.isDemo };
    });
    const latest = latestRank(key, points, lastYear);
    return latest ? [latest] : [];
  });

  const sentences = [
    ...summary.items
      .filter((i) => !isRankIndicator(i.indicator))
      // Those judged against a plan first: a meeting reads those.
      .sort(
        (a, b) =>
          Number(['achieved', 'close', 'behind'].includes(b.progress.status)) -
          Number(['achieved', 'close', 'behind'].includes(a.progress.status)),
      )
      .flatMap((i) => {
        const sentence = draftSentence({
          indicator: i.indicator,
          period: period.key,
          figure: {
            value: i.figure.value,
            numerator: i.figure.numerator,
            denominator: i.figure.denominator,
            isDemo: i.figure.isDemo || i.figure.isPartlyDemo,
            isDerived: i.figure.basis === 'restated',
            qualifier: i.figure.qualifier,
          },
          plan: i.target
            ? { value: i.target.value, isDerived: i.target.isDerived, isDemo: i.target.isDemo }
            : null,
          progress: i.progress,
        });
        return sentence ? [sentence] : [];
      }),
    ...ranks.map((r) =>
      draftRankSentence({
        indicator: catalog.indicator(r.indicatorKey) as Indicator,
        year: r.year,
        rank: r.rank,
        of: r.of,
        previousYear: r.previousYear,
        change: r.change,
        isDemo: r.isDemo,
      }),
    ),
  ];

  return {
    period,
    hasDemo: summary.hasDemo,
    asOf: {
      period: asOfMonth(
        period,
        summary.items.filter((i) => !isRankIndicator(i.indicator)).map((i) => i.figure),
      ),
    },
    strip: { counts: stripCounts(stripItems), mostBehind: mostBehind(stripItems), ranks },
    items,
    sentences,
  };
}
