/**
 * One block of the resolved-figures store: every figure of one indicator in one year, for every
 * period of the year (the year, its halves, quarters and months) and both views, with the rankings
 * of those periods. A change to any figure of the block is resolved again as a whole block: the
 * figures of a year depend only on the cells of that year (roll-ups stay inside their year, and so
 * do restatements, which combine the predecessors' cells of the same periods).
 *
 * What a block holds, per period and view:
 * - the ranking (`rankIndicator`): which vintage it lists, and each listed unit's figure and rank;
 * - as reported, the figures of the other vintage's units too (a summary asks for them);
 * - restated, only today's 34 (a ranking restated lists them, and so does the dashboard).
 * A figure that says nothing is left out (`isEmptyFigure`): it reads back as "no figure", and a
 * ranking's units without a figure come back, unranked, from the vintage's list.
 */
import { type NationalValue, nationalValue } from '../compare/national-value.ts';
import type { LineageUnit, View } from '../lineage/resolve-figure.ts';
import { resolveFigure } from '../lineage/resolve-figure.ts';
import type { Vintage } from '../lineage/vintage.ts';
import { contains, makePeriod, type Period, type PeriodType } from '../periods/period.ts';
import { type RankingContext, rankIndicator, ranksAcrossVintages } from '../ranking/rank-indicator.ts';
import { NO_FIGURE, type Resolved } from '../rollup/figure.ts';

export const VIEWS: readonly View[] = ['reported', 'restated'];

export interface BlockFigure {
  unitId: string;
  period: string;
  view: View;
  figure: Resolved;
  /** Whether the period's ranking lists the unit; its rank when it has a figure to rank. */
  isRanked: boolean;
  rank: number | null;
  isTied: boolean;
}

export interface BlockRanking {
  period: string;
  view: View;
  vintage: Vintage;
  rankedCount: number;
  /** The N of "rank r of N": the units the ranking lists. */
  unitCount: number;
  hasDemo: boolean;
  isDerived: boolean;
  /** The value of the whole country from the listed units' figures (`nationalValue`). */
  national: NationalValue;
  /** The same for each region of the listed units, in the order of their first unit. */
  regional: RegionalValue[];
}

export interface RegionalValue extends NationalValue {
  regionCode: string;
}

export interface ResolvedBlock {
  indicatorKey: string;
  year: number;
  figures: BlockFigure[];
  rankings: BlockRanking[];
}

const COUNT: Record<PeriodType, number> = { year: 1, half: 2, quarter: 4, month: 12 };

/** The 19 periods of a year: the year, its halves, quarters and months. */
export function periodsOfYear(year: number): Period[] {
  return (['year', 'half', 'quarter', 'month'] as const).flatMap((type) =>
    Array.from({ length: COUNT[type] }, (_, i) => makePeriod(type, year, i + 1)),
  );
}

/** Whether a figure says nothing at all: exactly the "no figure" a missing row reads back as. */
export function isEmptyFigure(figure: Resolved): boolean {
  return (
    figure.basis === 'none' &&
    figure.value === null &&
    figure.numerator === null &&
    figure.denominator === null &&
    !figure.isComplete &&
    !figure.isDemo &&
    !figure.isPartlyDemo &&
    figure.qualifier === 'exact' &&
    figure.rankedOf === null &&
    !figure.isDerived &&
    figure.parts.length === 0 &&
    figure.missing.length === 0 &&
    figure.sourceRefs.length === 0
  );
}

/**
 * The periods of a block a change to `changed` can alter: those that contain it (itself, and the
 * quarter, half and year it rolls up into) — for every unit, since ranks and restatements move.
 */
export function periodsAffectedBy(changed: Period): Period[] {
  return periodsOfYear(changed.year).filter((p) => contains(p, changed));
}

/** Resolves a block, or only some of its periods (`periodsAffectedBy` a change). */
export function resolveBlock<U extends LineageUnit>(
  ctx: RankingContext<U>,
  year: number,
  only?: readonly Period[],
): ResolvedBlock {
  const figures: BlockFigure[] = [];
  const rankings: BlockRanking[] = [];
  for (const period of only ?? periodsOfYear(year)) {
    for (const view of VIEWS) {
      const ranking = rankIndicator(ctx, period, view);
      // The unit's own figure, as a summary shows it: a ranking across vintages ranks no figure,
      // but the figure is still there to be shown (and compared with).
      const isAcross = ranksAcrossVintages(ctx.indicator, period, view, ranking.vintage);
      const listed = ranking.rows.map((row) => ({
        row,
        figure: isAcross ? resolveFigure(ctx, row.unit.id, period, view) : row.resolved,
      }));
      rankings.push({
        period: period.key,
        view,
        vintage: ranking.vintage,
        rankedCount: ranking.rankedCount,
        unitCount: ranking.rows.length,
        hasDemo: ranking.hasDemo,
        isDerived: ranking.isDerived,
        ...aggregates(
          ctx.indicator,
          period.key,
          // The figures the ranking shows (none, for a ranking across vintages).
          ranking.rows.map((row) => ({
            unitId: row.unit.id,
            regionCode: row.unit.regionCode ?? null,
            resolved: row.resolved,
          })),
        ),
      });
      for (const { row, figure } of listed) {
        if (isEmptyFigure(figure)) continue;
        figures.push({
          unitId: row.unit.id,
          period: period.key,
          view,
          figure,
          isRanked: true,
          rank: row.rank,
          isTied: row.isTied,
        });
      }
      if (view === 'restated') continue;
      const other: Vintage = ranking.vintage === 63 ? 34 : 63;
      for (const unit of ctx.unitsOf(other)) {
        const figure = resolveFigure(ctx, unit.id, period, view);
        if (isEmptyFigure(figure)) continue;
        figures.push({
          unitId: unit.id,
          period: period.key,
          view,
          figure,
          isRanked: false,
          rank: null,
          isTied: false,
        });
      }
    }
  }
  return { indicatorKey: ctx.indicator.key, year, figures, rankings };
}

/** The national value and each region's from the figures of every unit a ranking lists. */
function aggregates(
  indicator: RankingContext<LineageUnit>['indicator'],
  period: string,
  figures: readonly { unitId: string; regionCode: string | null; resolved: Resolved }[],
): { national: NationalValue; regional: RegionalValue[] } {
  const regions = [...new Set(figures.flatMap((f) => (f.regionCode === null ? [] : [f.regionCode])))];
  return {
    national: nationalValue(indicator, period, figures),
    regional: regions.map((regionCode) => ({
      regionCode,
      ...nationalValue(
        indicator,
        period,
        figures.filter((f) => f.regionCode === regionCode),
      ),
    })),
  };
}

/** A figure of the block, or "no figure" when the block holds none for it. */
export function blockFigure(
  figures: ReadonlyMap<string, BlockFigure>,
  unitId: string,
  period: string,
  view: View,
): Resolved {
  return figures.get(figureKey(unitId, period, view))?.figure ?? NO_FIGURE;
}

export const figureKey = (unitId: string, period: string, view: View): string =>
  `${unitId}|${period}|${view}`;
