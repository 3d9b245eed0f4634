/**
 * Every unit of a period ranked on one indicator, as reported or restated: which units the
 * ranking lists, each one's figure, its rank with ties, and what the ranking as a whole is made of.
 *
 * - Restated, a ranking always lists today's 34 (rule of the restated view).
 * - As reported, it lists the period's vintage, or the 34 for an index published for them
 *   ({@link rankingVintageOf}: DTI 2024 was published after the merger, for the 34).
 * - A rank is never restated: a rank among 63 is no rank among 34, so restated rank indicators
 *   before the merger have no figures.
 * - Values are ranked as published (rounded to the published decimals), ties share a rank.
 * - A rank indicator (DTI, ICT Index) is listed at its published rank: Quảng Ngãi's 21/63 is
 *   its place even when only 12 published ranks are known, never "12 | Quảng Ngãi | 21".
 * - A ranking of values resting on fewer than half of the units ranks none (rank-shown rule 3):
 *   Sơn La alone with a figure is no "1". The figures are still listed.
 */
import { type Indicator, isRankIndicator } from '../indicators/indicator.ts';
import {
  type LineageUnit,
  type ResolveContext,
  resolveFigure,
  type View,
} from '../lineage/resolve-figure.ts';
import { rankingVintageOf, type Vintage, vintageOfPeriod } from '../lineage/vintage.ts';
import type { Period } from '../periods/period.ts';
import { NO_FIGURE, type Resolved } from '../rollup/figure.ts';
import { isTooFewProvinces } from './rank-shown.ts';
import { rankAsPublished } from './rank-units.ts';

/** A resolve context that also knows the units of each vintage, in their listing order. */
export interface RankingContext<U extends LineageUnit> extends ResolveContext {
  readonly unitsOf: (vintage: Vintage) => readonly U[];
}

export interface RankedUnit<U extends LineageUnit> {
  unit: U;
  resolved: Resolved;
  rank: number | null;
  isTied: boolean;
}

export interface IndicatorRanking<U extends LineageUnit> {
  vintage: Vintage;
  /** True when the values were computed from other units (restated before the merger). */
  isDerived: boolean;
  rows: RankedUnit<U>[];
  rankedCount: number;
  /** Whether any ranked figure is demo data. */
  hasDemo: boolean;
  /** Rank-shown rule 3: too few units have a figure for their order to be a ranking; none ranked. */
  isWithheld: boolean;
}

/** Whether a ranking of `rankedCount` figures among `of` units ranks none (rank-shown rule 3). */
export function isRankingWithheld(indicator: Indicator, rankedCount: number, of: number): boolean {
  return !isRankIndicator(indicator) && rankedCount > 0 && isTooFewProvinces(rankedCount, of);
}

/** Which units a ranking of `period` lists (see the rules above). */
export function rankingVintage<U extends LineageUnit>(
  ctx: RankingContext<U>,
  period: Period,
  view: View,
): Vintage {
  if (view === 'restated') return 34;
  const reportedBy = (v: Vintage) =>
    ctx.unitsOf(v).filter((u) => ctx.cellsOf(u.id).some((c) => c.period === period.key)).length;
  return rankingVintageOf(period, { 63: reportedBy(63), 34: reportedBy(34) });
}

/** Whether a ranking would rank ranks of another vintage (restated before the merger): it ranks none. */
export function ranksAcrossVintages(
  indicator: Indicator,
  period: Period,
  view: View,
  vintage: Vintage,
): boolean {
  return isRankIndicator(indicator) && vintage !== vintageOfPeriod(period) && view === 'restated';
}

export function rankIndicator<U extends LineageUnit>(
  ctx: RankingContext<U>,
  period: Period,
  view: View,
): IndicatorRanking<U> {
  const { indicator } = ctx;
  const vintage = rankingVintage(ctx, period, view);
  const isRestatedPast = vintage === 34 && vintageOfPeriod(period) === 63;
  const isRankAcrossVintages = ranksAcrossVintages(indicator, period, view, vintage);
  const resolved = ctx.unitsOf(vintage).map((unit) => {
    const figure = isRankAcrossVintages ? NO_FIGURE : resolveFigure(ctx, unit.id, period, view);
    return { item: { unit, resolved: figure }, value: figure.value };
  });
  const { ranked, rankedCount } = rankAsPublished(resolved, indicator.direction, indicator.unit);
  const isWithheld = isRankingWithheld(indicator, rankedCount, resolved.length);
  const isPublishedRank = isRankIndicator(indicator);
  return {
    vintage,
    isDerived: isRestatedPast && ranked.some((r) => r.item.resolved.isDerived),
    rows: ranked.map((r) => ({
      unit: r.item.unit,
      resolved: r.item.resolved,
      rank: isWithheld ? null : isPublishedRank ? r.value : r.rank,
      isTied: !isWithheld && r.isTied,
    })),
    rankedCount,
    hasDemo: ranked.some((r) => r.value !== null && r.item.resolved.isDemo),
    isWithheld,
  };
}
