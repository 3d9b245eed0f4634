/**
 * Shapes a resolved series and its targets into the rows a trend chart draws, so the
 * chart component only draws. Missing points stay `null` (a gap), never zero.
 */
import type { Locale } from '../i18n/locale.ts';
import { vintageOfPeriod } from '../lineage/vintage.ts';
import { periodOf } from '../periods/period.ts';
import { periodShortLabel } from '../periods/period-label.ts';

export interface TrendPoint {
  readonly period: string;
  readonly value: number | null;
  readonly isComplete: boolean;
  readonly isDemo: boolean;
  readonly isDerived: boolean;
  readonly basis: string;
  readonly missing: readonly string[];
}

export interface TrendTarget {
  readonly period: string;
  readonly value: number;
  readonly isDerived: boolean;
  readonly isDemo: boolean;
  readonly scope: 'unit' | 'national';
}

export interface TrendRow {
  period: string;
  label: string;
  value: number | null;
  target: number | null;
  nationalTarget: number | null;
  isDemo: boolean;
  isComplete: boolean;
  isDerived: boolean;
  isTargetDerived: boolean;
  basis: string;
  missing: readonly string[];
}

export function buildTrendRows(
  points: readonly TrendPoint[],
  targets: readonly TrendTarget[],
  locale: Locale,
): TrendRow[] {
  return points.map((p) => {
    const own = targets.find((t) => t.period === p.period && t.scope === 'unit');
    const national = targets.find((t) => t.period === p.period && t.scope === 'national');
    return {
      period: p.period,
      label: periodShortLabel(periodOf(p.period), locale),
      value: p.value,
      target: own?.value ?? null,
      nationalTarget: national?.value ?? null,
      isDemo: p.isDemo,
      isComplete: p.isComplete,
      isDerived: p.isDerived,
      isTargetDerived: own?.isDerived ?? false,
      basis: p.basis,
      missing: p.missing,
    };
  });
}

/** The first period of the series that belongs to the 34-unit vintage, where the merger marker goes. */
export function mergerBoundary(periods: readonly string[]): string | null {
  const first = periods.find((p) => vintageOfPeriod(periodOf(p)) === 34);
  return first && first !== periods[0] ? first : null;
}
