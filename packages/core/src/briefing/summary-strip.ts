/**
 * The strip at the top of a province's page: how many indicators are on plan, close or behind,
 * the three most behind, and the latest published ranks with their change.
 *
 * Only the verdicts a card gives count (`progress` in core): a stock or ratio of a year not over
 * has none (`not_over`), a flow of a year not over is judged pro rata. A verdict on a demo figure
 * or against a demo plan counts, and the strip says how many of its verdicts are such.
 */
import type { Indicator } from '../indicators/indicator.ts';
import { isJudged, type Progress } from '../progress/progress.ts';

export interface StripItem {
  indicator: Pick<Indicator, 'key' | 'unit' | 'direction'>;
  value: number | null;
  progress: Progress;
  /** The period's whole plan (null without one). */
  plan: number | null;
  isDemo: boolean;
}

export interface StripCounts {
  achieved: number;
  close: number;
  behind: number;
  /** Indicators shown without a verdict: no plan, no figure, or a period not over. */
  notJudged: number;
  of: number;
  /** Of the verdicts counted, those on a demo figure or against a demo plan. */
  onDemo: number;
  /** Of the verdicts counted, those of a period not over ("tạm tính"). */
  provisional: number;
}

export interface MostBehind {
  indicatorKey: string;
  value: number;
  target: number;
  /** Achieved / target in the plan's sense (0.8 = 80% of plan). */
  ratio: number;
  /** Value − target in the indicator's unit (percentage points for a percentage). */
  gap: number;
  /** What `target` is: the whole plan, its share pro rata, or the trajectory's point to date. */
  basis: Progress['basis'];
  /** The period's whole plan, when `target` is a share of it or a point on the way to it. */
  plan: number | null;
  isDemo: boolean;
}

/** How many to name as "most behind". */
export const MOST_BEHIND = 3;

export function stripCounts(items: readonly StripItem[]): StripCounts {
  const count = (status: string) => items.filter((i) => i.progress.status === status).length;
  const judged = items.filter((i) => isJudged(i.progress.status));
  return {
    achieved: count('achieved'),
    close: count('close'),
    behind: count('behind'),
    notJudged: items.length - judged.length,
    of: items.length,
    onDemo: judged.filter((i) => i.isDemo).length,
    provisional: judged.filter((i) => i.progress.isProvisional).length,
  };
}

/** The indicators furthest below their plan, worst (lowest ratio) first; never one on plan. */
export function mostBehind(items: readonly StripItem[], n = MOST_BEHIND): MostBehind[] {
  return items
    .filter(
      (i) =>
        (i.progress.status === 'behind' || i.progress.status === 'close') &&
        i.value !== null &&
        i.progress.ratio !== null &&
        i.progress.comparedTarget !== null &&
        i.progress.gap !== null,
    )
    .sort((a, b) => (a.progress.ratio as number) - (b.progress.ratio as number))
    .slice(0, n)
    .map((i) => ({
      indicatorKey: i.indicator.key,
      value: i.value as number,
      target: i.progress.comparedTarget as number,
      ratio: i.progress.ratio as number,
      gap: i.progress.gap as number,
      basis: i.progress.basis,
      plan: i.plan,
      isDemo: i.isDemo,
    }));
}

export interface RankPoint {
  year: number;
  rank: number | null;
  /** The N of "rank r of N". */
  of: number | null;
  isDemo: boolean;
}

export interface LatestRank {
  indicatorKey: string;
  /** The year the rank was published for (earlier than the period's when carried forward). */
  year: number;
  rank: number;
  of: number | null;
  previousYear: number | null;
  previousRank: number | null;
  /** Places gained since the previous year with a rank: +3 = up three places. */
  change: number | null;
  /** Published for an earlier year than the one shown: carried forward, labelled with its year. */
  isCarriedForward: boolean;
  isDemo: boolean;
}

/**
 * The latest rank published up to `year`, with the change from the rank before it. A change is
 * given only between rankings of the same size (63 provinces then 34 are not comparable places).
 */
export function latestRank(
  indicatorKey: string,
  points: readonly RankPoint[],
  year: number,
): LatestRank | null {
  const ranked = points
    .filter((p): p is RankPoint & { rank: number } => p.rank !== null && p.year <= year)
    .sort((a, b) => b.year - a.year);
  const [latest, before] = ranked;
  if (!latest) return null;
  const comparable = !!before && before.of === latest.of;
  return {
    indicatorKey,
    year: latest.year,
    rank: latest.rank,
    of: latest.of,
    previousYear: before?.year ?? null,
    previousRank: before?.rank ?? null,
    change: comparable ? before.rank - latest.rank : null,
    isCarriedForward: latest.year < year,
    isDemo: latest.isDemo,
  };
}
