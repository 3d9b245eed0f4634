/**
 * A province's figures for one period, indicator by indicator: value, target, progress, change
 * on the previous period and rank among the provinces. This module only loads: which figures a
 * summary shows is `summary-figures.ts` in core, what a card says `summarizeIndicator`.
 */
import {
  endDate,
  type Indicator,
  isIndicatorValidFor,
  keysWithin,
  type Period,
  periodBefore,
  previousFigure,
  type Resolved,
  rankInputs,
  resolveFigure,
  type SummaryVerdicts,
  startDate,
  summarizeIndicator,
  type View,
} from '@cds/core';
import type { Db } from '../db/connection.ts';
import type { Catalog, CatalogUnit } from './catalog.ts';
import { cellsOf, loadCells } from './cells.repository.ts';
import { resolveContext } from './resolve-context.ts';
import { findTargets, type TargetView } from './targets.repository.ts';

export interface SummaryItem extends SummaryVerdicts {
  indicator: Indicator;
  figure: Resolved;
  sourceQuote: string | null;
  note: string | null;
  target: TargetView | null;
  /** `period` is null for the first period the calendar knows (1990 has no year before it). */
  previous: {
    period: string | null;
    value: number | null;
    isDerived: boolean;
    isDemo: boolean;
    isPartlyDemo: boolean;
    rankedOf: number | null;
  };
}

export interface UnitSummary {
  unit: CatalogUnit;
  period: Period;
  view: View;
  items: SummaryItem[];
  hasDemo: boolean;
}

export async function unitSummary(
  db: Db,
  catalog: Catalog,
  unit: CatalogUnit,
  period: Period,
  view: View,
): Promise<UnitSummary> {
  const prev = periodBefore(period);
  const years = [...new Set([period.year, prev?.year ?? period.year])];
  const [cells, ownText, targets] = await Promise.all([
    loadCells(db, { years, periods: [...keysWithin(period), ...(prev ? keysWithin(prev) : [])] }),
    // Quotes and notes only for this province's own figures of the period.
    loadCells(db, { years: [period.year], unitIds: [unit.id], periods: [period.key], withText: true }),
    findTargets(db, { unitId: unit.id, periods: [period.key] }),
  ]);
  const indicators = catalog.indicators.filter((i) =>
    isIndicatorValidFor(i, startDate(period), endDate(period)),
  );

  const items = indicators.map((indicator): SummaryItem => {
    const ctx = resolveContext(catalog, cells, indicator);
    const figure = resolveFigure(ctx, unit.id, period, view);
    const exact = cellsOf(ownText, indicator.key, unit.id)[0];
    const target =
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === unit.id) ??
      targets.find((t) => t.indicatorKey === indicator.key && t.unitId === null) ??
      null;
    const previous = previousFigure(ctx, unit, period, figure, view);
    const verdicts = summarizeIndicator({
      indicator,
      period,
      figure,
      plan: target,
      previous,
      rank: figure.value === null ? null : rankInputs(ctx, unit.id, period, view),
      isSameRankingAsPrevious: (figure.rankedOf ?? 0) === (previous.rankedOf ?? 0),
    });
    return {
      ...verdicts,
      indicator,
      figure,
      sourceQuote: exact?.sourceQuote ?? null,
      note: exact?.note ?? null,
      target,
      previous: {
        period: prev?.key ?? null,
        value: previous.value,
        isDerived: previous.isDerived,
        isDemo: previous.isDemo,
        isPartlyDemo: previous.isPartlyDemo,
        rankedOf: previous.rankedOf,
      },
    };
  });
  return { unit, period, view, items, hasDemo: items.some((i) => i.figure.isDemo || i.target?.isDemo) };
}
