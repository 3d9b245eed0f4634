/**
 * Shapes resolved series (one or several units) and targets into the rows a trend
 * chart and its table draw, so components only draw. Missing points stay `null`
 * (a gap), never zero.
 */
import type { Locale } from '../i18n/locale.ts';
import { vintageOfPeriod } from '../lineage/vintage.ts';
import { periodOf } from '../periods/period.ts';
import { periodShortLabel } from '../periods/period-label.ts';

export interface TrendPoint {
  readonly unitId: string;
  readonly period: string;
  readonly value: number | null;
  readonly isComplete: boolean;
  readonly isDemo: boolean;
  readonly isDerived: boolean;
  readonly basis: string;
  readonly missing: readonly string[];
  readonly components?: readonly {
    unitId: string;
    value: number | null;
    isComplete: boolean;
    isDemo: boolean;
  }[];
}

export interface TrendTarget {
  readonly unitId: string | null;
  readonly period: string;
  readonly value: number;
  readonly isDerived: boolean;
  readonly isDemo: boolean;
  readonly scope: 'unit' | 'national';
}

export interface TrendRow {
  period: string;
  label: string;
  /** The point of each unit drawn, by unit id; absent where the unit has no point. */
  cells: Record<string, TrendPoint>;
  target: number | null;
  isTargetDerived: boolean;
  nationalTarget: number | null;
}

/**
 * @param targetUnitId whose plan the target line shows (the province the page is about).
 */
export function buildTrendRows(
  points: readonly TrendPoint[],
  targets: readonly TrendTarget[],
  targetUnitId: string,
  locale: Locale,
): TrendRow[] {
  const rows = new Map<string, TrendRow>();
  for (const p of points) {
    let row = rows.get(p.period);
    if (!row) {
      const own = targets.find((t) => t.period === p.period && t.unitId === targetUnitId);
      const national = targets.find((t) => t.period === p.period && t.scope === 'national');
      row = {
        period: p.period,
        label: periodShortLabel(periodOf(p.period), locale),
        cells: {},
        target: own?.value ?? null,
        isTargetDerived: own?.isDerived ?? false,
        nationalTarget: national?.value ?? null,
      };
      rows.set(p.period, row);
    }
    row.cells[p.unitId] = p;
  }
  return [...rows.values()];
}

/** Whether a unit has any value in the rows (a line worth drawing). */
export function hasValues(rows: readonly TrendRow[], unitId: string): boolean {
  return rows.some((r) => r.cells[unitId]?.value != null);
}

/** The first period of the series that belongs to the 34-unit vintage, where the merger marker goes. */
export function mergerBoundary(periods: readonly string[]): string | null {
  const first = periods.find((p) => vintageOfPeriod(periodOf(p)) === 34);
  return first && first !== periods[0] ? first : null;
}
