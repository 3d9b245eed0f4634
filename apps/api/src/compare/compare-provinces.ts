/**
 * Provinces side by side: several indicators over a range of periods, each province's points, the
 * national and regional values, the plans, and a card's verdicts for one period (the table) — from
 * the resolved-figures store in four indexed reads, whatever the number of provinces and
 * indicators. What a verdict says is `summarizeIndicator` in core, as on a province's cards.
 */
import {
  type BlockRanking,
  type ChosenPlan,
  choosePlan,
  historyOwner,
  type Indicator,
  isRankIndicator,
  isSameRankingAsPrevious,
  isUnchangedTerritory,
  keysWithin,
  NO_FIGURE,
  needsSameMonths,
  type Period,
  periodBefore,
  previousAcrossMerger,
  previousFigure,
  type Resolved,
  rankInputsAt,
  type SummaryVerdicts,
  suggestComparators,
  summarizeIndicator,
  type View,
  vintageOfPeriod,
} from '@cds/core';
import type { Catalog, CatalogUnit } from '../catalog/catalog.ts';
import { loadCells } from '../cells/cells.repository.ts';
import { resolveContext } from '../cells/resolve-context.ts';
import type { Db } from '../db/connection.ts';
import { findTargetsOf, type TargetView } from '../plans/targets.repository.ts';
import { resolveWithoutCells } from '../resolved-store/figure-lookup.ts';
import {
  builtBlocks,
  readFiguresOfIndicators,
  readPeriodFigures,
  readRankingsOfIndicators,
  type StoredFigure,
} from '../resolved-store/resolved-store.repository.ts';

export interface ComparisonRequest {
  units: readonly CatalogUnit[];
  indicators: readonly Indicator[];
  periods: readonly Period[];
  /** The period of the table (one of `periods`). */
  at: Period;
  view: View;
  /** Today's date in Vietnam: whether the table's period is over. */
  today: string;
}

/** A point of a line: the figure's value and what kind of figure it is, and its rank. */
export interface ComparisonPoint {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  basis: Resolved['basis'];
  isComplete: boolean;
  isDemo: boolean;
  isPartlyDemo: boolean;
  qualifier: Resolved['qualifier'];
  isDerived: boolean;
  rankedOf: number | null;
  /** The parts a restated figure misses (unit ids). */
  missing: readonly string[];
  rank: number | null;
  isTied: boolean;
}

export interface AggregatePoint {
  period: string;
  value: number | null;
  reporting: number;
  of: number;
  isPartial: boolean;
  isDemo: boolean;
  isPartlyDemo: boolean;
}

export interface ComparisonRow extends SummaryVerdicts {
  unitId: string;
  /** The figure of the table's period and its sources (without the list of its parts, which a card's history gives). */
  figure: Omit<Resolved, 'parts'>;
  /** The plan judged against: core's `choosePlan`, as on the province's cards. */
  target: ChosenPlan<TargetView> | null;
  previous: { period: string | null; value: number | null; isDemo: boolean; isPartlyDemo: boolean };
}

/** A plan line's point: what a chart draws, without the source text (the table's rows carry it). */
export type PlanPoint = Pick<
  TargetView,
  'unitId' | 'period' | 'value' | 'comparator' | 'isDemo' | 'isDerived'
>;

export interface IndicatorComparison {
  indicator: Indicator;
  series: { unitId: string; points: ComparisonPoint[] }[];
  national: AggregatePoint[];
  regional: { regionCode: string; points: AggregatePoint[] }[];
  targets: PlanPoint[];
  table: ComparisonRow[];
}

export interface Comparison {
  indicators: IndicatorComparison[];
  suggestions: {
    unitId: string;
    indicatorKey: string;
    sameRegion: string[];
    similarRank: string[];
    mergedPartners: string[];
  };
  hasDemo: boolean;
}

const pointOf = (period: string, figure: Resolved, row: StoredFigure | undefined): ComparisonPoint => ({
  period,
  value: figure.value,
  numerator: figure.numerator,
  denominator: figure.denominator,
  basis: figure.basis,
  isComplete: figure.isComplete,
  isDemo: figure.isDemo,
  isPartlyDemo: figure.isPartlyDemo,
  qualifier: figure.qualifier,
  isDerived: figure.isDerived,
  rankedOf: figure.rankedOf,
  missing: figure.missing,
  rank: row?.isRanked ? row.rank : null,
  isTied: row?.isRanked ? row.isTied : false,
});

const withoutParts = ({ parts: _parts, sourceRefs: _refs, ...figure }: Resolved) => figure;

const NO_AGGREGATE = {
  value: null,
  reporting: 0,
  of: 0,
  isPartial: true,
  isDemo: false,
  isPartlyDemo: false,
} as const;

export async function compareProvinces(
  db: Db,
  catalog: Catalog,
  request: ComparisonRequest,
): Promise<Comparison> {
  const { units, indicators, periods, at, view, today } = request;
  const prev = periodBefore(at);
  const periodKeys = [...new Set([...periods.map((p) => p.key), ...(prev ? [prev.key] : [])])];
  const years = [...new Set([...periods.map((p) => p.year), ...(prev ? [prev.year] : [])])];
  const indicatorKeys = indicators.map((i) => i.key);
  const unitIds = units.map((u) => u.id);
  // A province that kept its territory (core's rule 6) owns its predecessor's history: before the
  // merger its plans and its rank among the 63 are the predecessor's, as its figures are.
  const ownerBefore = new Map(
    units.flatMap((u) => (isUnchangedTerritory(u) ? [[u.id, u.predecessorIds[0] as string] as const] : [])),
  );
  const readIds = [...new Set([...unitIds, ...ownerBefore.values()])];
  // A new province's previous figure before the merger falls back on its restated one: that
  // period's restated rows are read beside the view's.
  const needsRestatedPrev =
    view === 'reported' && !!prev && vintageOfPeriod(prev) === 63 && units.some((u) => u.vintage === 34);
  const first = units[0] as CatalogUnit;
  const firstIndicator = indicators[0] as Indicator;
  const [rows, restatedPrev, rankings, built, targets, rankedAt] = await Promise.all([
    readFiguresOfIndicators(db, indicatorKeys, readIds, periodKeys, [view]),
    needsRestatedPrev && prev
      ? readFiguresOfIndicators(db, indicatorKeys, unitIds, [prev.key], ['restated'])
      : Promise.resolve([]),
    readRankingsOfIndicators(db, indicatorKeys, periodKeys, view),
    builtBlocks(db, years),
    findTargetsOf(db, { indicatorKeys, unitIds: readIds, periods: periodKeys }),
    readPeriodFigures(db, firstIndicator.key, at.key, view),
  ]);
  const row = new Map(
    [...rows, ...restatedPrev].map((r) => [`${r.indicatorKey}|${r.unitId}|${r.period}|${r.view}`, r]),
  );
  const ranking = new Map(rankings.map((r) => [`${r.indicatorKey}|${r.period}`, r]));
  // The plan lines: a predecessor's plan before the merger is its unchanged heir's (as choosePlan takes it).
  const heirOf = new Map([...ownerBefore].map(([heir, predecessor]) => [predecessor, heir]));
  const periodByKey = new Map([...periods, ...(prev ? [prev] : [])].map((p) => [p.key, p]));
  const ownTargets = targets.flatMap((t): TargetView[] => {
    if (t.unitId === null || unitIds.includes(t.unitId)) return [t];
    const heir = heirOf.get(t.unitId);
    const p = periodByKey.get(t.period);
    return heir && p && vintageOfPeriod(p) === 63 ? [{ ...t, unitId: heir }] : [];
  });
  const stored = (indicator: Indicator, unitId: string, p: Period, v: View): Resolved =>
    built.has(`${indicator.key}|${p.year}`)
      ? (row.get(`${indicator.key}|${unitId}|${p.key}|${v}`)?.figure ?? NO_FIGURE)
      : resolveWithoutCells(catalog, indicator, unitId, p, v);

  // A period not over is compared with the same months of the one before, which no stored period
  // holds: those few figures are resolved from the provinces' cells, as a card does.
  const sameMonths = new Map<string, Resolved>();
  const needed = prev
    ? indicators.flatMap((i) =>
        units.filter((u) => needsSameMonths(stored(i, u.id, at, view))).map((u) => ({ i, u })),
      )
    : [];
  if (prev && needed.length > 0) {
    const cells = await loadCells(db, {
      indicatorKeys: [...new Set(needed.map(({ i }) => i.key))],
      years: [prev.year],
      unitIds: [...new Set(needed.flatMap(({ u }) => [u.id, ...u.predecessorIds]))],
      periods: keysWithin(prev),
    });
    for (const { i, u } of needed) {
      const ctx = resolveContext(catalog, cells, i);
      sameMonths.set(`${i.key}|${u.id}`, previousFigure(ctx, u, at, stored(i, u.id, at, view), view));
    }
  }

  const aggregate = (
    indicator: Indicator,
    pick: (r: BlockRanking) => Omit<AggregatePoint, 'period'> | undefined,
  ): AggregatePoint[] =>
    periods.map((p) => {
      const r = ranking.get(`${indicator.key}|${p.key}`);
      return { period: p.key, ...((r && pick(r)) ?? NO_AGGREGATE) };
    });
  const regionCodes = [...new Set(units.flatMap((u) => (u.regionCode ? [u.regionCode] : [])))];

  const compared = indicators.map((indicator): IndicatorComparison => {
    const table = units.map((unit): ComparisonRow => {
      const figure = stored(indicator, unit.id, at, view);
      const previous =
        sameMonths.get(`${indicator.key}|${unit.id}`) ??
        (prev
          ? previousAcrossMerger((p, v) => stored(indicator, unit.id, p, v), unit, prev, view)
          : NO_FIGURE);
      const now = ranking.get(`${indicator.key}|${at.key}`);
      const mine = row.get(`${indicator.key}|${historyOwner(unit, at.key)}|${at.key}|${view}`);
      const before = prev ? ranking.get(`${indicator.key}|${prev.key}`) : undefined;
      const beforeRow = prev
        ? row.get(`${indicator.key}|${historyOwner(unit, prev.key)}|${prev.key}|${view}`)
        : undefined;
      const rank =
        isRankIndicator(indicator) || figure.value === null || !now || !mine?.isRanked
          ? null
          : rankInputsAt(
              now,
              mine,
              before ? { vintage: before.vintage, rank: beforeRow?.isRanked ? beforeRow.rank : null } : null,
            );
      const target = choosePlan(targets, { unit, indicatorKey: indicator.key, period: at.key });
      const start =
        prev && indicator.overTime !== 'sum'
          ? previousAcrossMerger((p, v) => stored(indicator, unit.id, p, v), unit, prev, view)
          : null;
      return {
        unitId: unit.id,
        ...summarizeIndicator({
          indicator,
          period: at,
          figure,
          plan: target,
          previous,
          previousPeriod: prev,
          start,
          today,
          rank,
          isSameRankingAsPrevious: isSameRankingAsPrevious(at, figure, previous),
        }),
        figure: { ...withoutParts(figure), sourceRefs: figure.sourceRefs },
        target,
        previous: {
          period: prev?.key ?? null,
          value: previous.value,
          isDemo: previous.isDemo,
          isPartlyDemo: previous.isPartlyDemo,
        },
      };
    });
    return {
      indicator,
      series: units.map((unit) => ({
        unitId: unit.id,
        points: periods.map((p) =>
          pointOf(
            p.key,
            stored(indicator, unit.id, p, view),
            row.get(`${indicator.key}|${historyOwner(unit, p.key)}|${p.key}|${view}`),
          ),
        ),
      })),
      national: aggregate(indicator, (r) => r.national),
      regional: regionCodes.map((regionCode) => ({
        regionCode,
        points: aggregate(indicator, (r) => {
          const found = r.regional.find((x) => x.regionCode === regionCode);
          if (!found) return undefined;
          const { regionCode: _code, ...value } = found;
          return value;
        }),
      })),
      targets: ownTargets
        .filter((t) => t.indicatorKey === indicator.key && periods.some((p) => p.key === t.period))
        .map(({ unitId, period, value, comparator, isDemo, isDerived }) => ({
          unitId,
          period,
          value,
          comparator,
          isDemo,
          isDerived,
        })),
      table,
    };
  });

  const comparable = catalog.unitsOf(first.vintage).map((u) => ({
    id: u.id,
    regionCode: u.regionCode,
    predecessorIds: u.predecessorIds,
    successorId: u.successorId,
  }));
  const suggestions = suggestComparators(
    first.id,
    comparable,
    rankedAt.filter((f) => f.isRanked).map((f) => ({ unitId: f.unitId, rank: f.rank })),
  );
  const hasDemo =
    compared.some((c) => c.series.some((s) => s.points.some((p) => p.isDemo || p.isPartlyDemo))) ||
    compared.some((c) => c.targets.some((t) => t.isDemo));
  return {
    indicators: compared,
    suggestions: { unitId: first.id, indicatorKey: firstIndicator.key, ...suggestions },
    hasDemo,
  };
}
