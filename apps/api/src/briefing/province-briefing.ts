/**
 * A leader's briefing on one province and period: the summary strip (counts of verdicts, the
 * three most behind, the latest ranks), each indicator's yearly sparkline and pace to its next
 * plan, and sentences drafted for a meeting document. The verdicts are the cards' own
 * (`unitSummary`); what a strip, a pace or a sentence says is core's (`briefing/`).
 */
import {
  asOfMonth,
  briefOrder,
  citationDate,
  citeSource,
  type DirectionItem,
  type DirectionPace,
  draftRankSentence,
  draftSentence,
  endDate,
  type Indicator,
  isRankIndicator,
  isUnchangedTerritory,
  type LatestRank,
  latestRank,
  type MostBehind,
  mostBehind,
  type NationalTarget,
  NO_FIGURE,
  needsDirection,
  nextPlan,
  PACE_BASE_YEAR,
  type Pace,
  type Period,
  paceBaseline,
  paceToPlan,
  parsePeriod,
  periodLabel,
  periodNotOverLead,
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
import { findSourceReports } from '../routes/sources/sources.repository.ts';

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

/** A pace as the briefing gives it: core's verdict, its inputs, whose plan, and whether any is demo. */
export interface IndicatorPace extends Pace, DirectionPace {
  baseYear: number;
  baseValue: number;
}

export interface Briefing {
  period: Period;
  hasDemo: boolean;
  asOf: { period: string | null };
  strip: { counts: StripCounts; mostBehind: MostBehind[]; ranks: LatestRank[] };
  /** "Cần chỉ đạo": what is behind this period's plan, its pace, or a national target (core's `needsDirection`). */
  direction: DirectionItem[];
  items: { indicatorKey: string; sparkline: SparkPoint[]; pace: IndicatorPace | null }[];
  sentences: Sentence[];
  /** Said before the sentences when the period is not over (core's `periodNotOverLead`). */
  lead: { vi: string; en: string } | null;
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
  const [summary, rows, built, plans, sourceReports] = await Promise.all([
    unitSummary(db, catalog, unit, period, view, options),
    readFiguresOfIndicators(db, keys, [unit.id], readYears.map(String), [view]),
    builtBlocks(db, readYears),
    findTargetsOf(db, {
      indicatorKeys: keys,
      unitIds: [unit.id, ...(isUnchangedTerritory(unit) ? unit.predecessorIds : [])],
      periods: planYears,
    }),
    findSourceReports(db),
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
      since,
    };
  });
  const itemByKey = new Map(items.map((i) => [i.indicatorKey, i]));

  // The national targets' years are judged once over, and never after the period shown.
  const todayYear = Number(options.today.slice(0, 4));
  const lastCompleteYear = Math.min(todayYear - 1, period.type === 'year' ? period.year : period.year - 1);
  const nationalTargets: NationalTarget[] = plans
    .filter((p) => p.scope === 'national' && /^\d{4}$/.test(p.period))
    .map((p) => ({
      indicatorKey: p.indicatorKey,
      year: Number(p.period),
      comparator: p.comparator as NationalTarget['comparator'],
      value: p.value,
      source: p.source,
    }));
  const direction = needsDirection(
    summary.items.map((i) => {
      const item = itemByKey.get(i.indicator.key);
      return {
        indicator: i.indicator,
        value: i.figure.value,
        progress: i.progress,
        plan: i.target?.value ?? null,
        isDemo: i.figure.isDemo || i.figure.isPartlyDemo || !!i.target?.isDemo,
        pace: item?.pace ?? null,
        yearly: (item?.since ?? []).map((p) => ({
          year: Number(p.period),
          value: p.isComplete ? p.value : null,
          isDemo: p.isDemo,
        })),
      };
    }),
    nationalTargets,
    { period: period.key, lastCompleteYear },
  );

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

  // Each real figure's report, cited in each language (a restated figure may have several).
  const reports = new Map(sourceReports.map((r) => [r.ref, r]));
  const cite = (refs: readonly string[]) => {
    const [first] = refs;
    if (!first) return null;
    const more = refs.length - 1;
    return {
      vi: `${citeSource(first, reports, 'vi')}${more > 0 ? ` và ${more} nguồn khác` : ''}`,
      en: `${citeSource(first, reports, 'en')}${more > 0 ? ` and ${more} more` : ''}`,
    };
  };
  let variant = 0;
  const sentences = [
    ...summary.items
      .filter((i) => !isRankIndicator(i.indicator))
      // What needs direction first, then what reached its plan (core's `briefOrder`).
      .sort(
        (a, b) =>
          briefOrder(a.indicator.key, a.progress.status, direction) -
          briefOrder(b.indicator.key, b.progress.status, direction),
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
          source: cite(i.figure.sourceRefs),
          variant,
        });
        if (sentence) variant += 1;
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

  const asOf = asOfMonth(
    period,
    summary.items.filter((i) => !isRankIndicator(i.indicator)).map((i) => i.figure),
  );
  const asOfPeriod = asOf ? parsePeriod(asOf) : null;
  const lead =
    endDate(period) >= options.today
      ? periodNotOverLead({
          periodLabel: { vi: periodLabel(period, 'vi'), en: periodLabel(period, 'en') },
          asOf: asOfPeriod
            ? { vi: periodLabel(asOfPeriod, 'vi').toLowerCase(), en: periodLabel(asOfPeriod, 'en') }
            : null,
          today: { vi: citationDate(options.today, 'vi'), en: citationDate(options.today, 'en') },
        })
      : null;
  return {
    period,
    hasDemo: summary.hasDemo,
    asOf: { period: asOf },
    lead,
    strip: { counts: stripCounts(stripItems), mostBehind: mostBehind(stripItems), ranks },
    direction,
    items: items.map(({ since: _, ...item }) => item),
    sentences,
  };
}
