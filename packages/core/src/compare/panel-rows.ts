/**
 * One small multiple of the compare page, shaped: a row per period with each province's value
 * (or its index to the base period, = 100), each province's plan, the national and the regional
 * values. Charts only draw what this returns.
 *
 * 1. A missing value stays null (a gap), never 0 and never bridged: the chart breaks the line.
 * 2. In relative mode every series — provinces, plans, nation, regions — is divided by its own
 *    value at the base period; a plan by its province's base value (the plan is a target for
 *    that province's figure). A series without a base value has no index and says so.
 * 3. A national or regional total of a summed indicator is not drawn on the provinces' scale
 *    (the nation's telecom revenue is ~100 times a province's: the provinces would flatten into
 *    the floor); indexed, it is comparable and is drawn.
 */
import type { Locale } from '../i18n/locale.ts';
import type { Indicator } from '../indicators/indicator.ts';
import { periodOf } from '../periods/period.ts';
import { periodShortLabel } from '../periods/period-label.ts';
import { type BaseProblem, indexToBase } from './index-to-base.ts';

export interface PanelPoint {
  period: string;
  value: number | null;
  basis: string;
  isComplete: boolean;
  isDemo: boolean;
  isPartlyDemo: boolean;
}

export interface PanelAggregatePoint {
  period: string;
  value: number | null;
  isPartial: boolean;
  isDemo: boolean;
  isPartlyDemo: boolean;
}

export interface PanelPlan {
  /** null: the nation's plan (not drawn per province). */
  unitId: string | null;
  period: string;
  value: number;
  isDemo: boolean;
  isDerived: boolean;
}

export interface PanelInput {
  indicator: Pick<Indicator, 'acrossUnits' | 'unit'>;
  periods: readonly string[];
  series: readonly { unitId: string; points: readonly PanelPoint[] }[];
  national: readonly PanelAggregatePoint[];
  regional: readonly { regionCode: string; points: readonly PanelAggregatePoint[] }[];
  plans: readonly PanelPlan[];
  /** Relative mode's base period, or null for the values themselves. */
  base: string | null;
}

/** What a chart needs of one province's point: the drawn value and how to mark it. */
export interface PanelCell {
  /** The value drawn: the figure, or its index to the base. */
  shown: number | null;
  /** The figure itself (tooltips and tables say both in relative mode). */
  value: number | null;
  /** Restated or incomplete: drawn hollow. */
  isHollow: boolean;
  isRestated: boolean;
  isIncomplete: boolean;
  isDemo: boolean;
  isPartlyDemo: boolean;
}

export interface PanelRow {
  period: string;
  label: string;
  cells: Record<string, PanelCell>;
  plans: Record<string, { shown: number; value: number; isDemo: boolean; isDerived: boolean }>;
  national: { shown: number; value: number; isPartial: boolean; isDemo: boolean } | null;
  regional: Record<string, { shown: number; value: number; isPartial: boolean; isDemo: boolean }>;
}

export interface Panel {
  rows: PanelRow[];
  /** Whether the national and regional lines are drawn (rule 3). */
  drawsAggregates: boolean;
  /** Series that have no index in relative mode, and why ('national', a region code, or a unit id). */
  baseProblems: { seriesId: string; problem: Exclude<BaseProblem, null> }[];
}

/** Rule 3: a total over all provinces is on another scale than one province's figure. */
export function drawsAggregates(acrossUnits: Indicator['acrossUnits'], isRelative: boolean): boolean {
  return isRelative || acrossUnits !== 'sum';
}

type Scaler = (value: number | null) => number | null;

/** Rule 2: how a series' values become what is drawn. */
function scalerFor(
  seriesId: string,
  points: readonly { period: string; value: number | null }[],
  base: string | null,
  problems: Panel['baseProblems'],
): Scaler {
  if (base === null) return (v) => v;
  const { problem } = indexToBase(points, base);
  if (problem !== null) {
    if (points.some((p) => p.value !== null)) problems.push({ seriesId, problem });
    return () => null;
  }
  const baseValue = points.find((p) => p.period === base)?.value as number;
  return (v) => (v === null ? null : (100 * v) / baseValue);
}

export function buildPanel(input: PanelInput, locale: Locale): Panel {
  const { indicator, periods, series, national, regional, plans, base } = input;
  const isRelative = base !== null;
  const withAggregates = drawsAggregates(indicator.acrossUnits, isRelative);
  const baseProblems: Panel['baseProblems'] = [];
  const unitScale = new Map(series.map((s) => [s.unitId, scalerFor(s.unitId, s.points, base, baseProblems)]));
  const nationalScale = withAggregates ? scalerFor('national', national, base, baseProblems) : () => null;
  const regionScale = new Map(
    regional.map((r) => [
      r.regionCode,
      withAggregates ? scalerFor(r.regionCode, r.points, base, baseProblems) : () => null,
    ]),
  );
  const rows = periods.map((period): PanelRow => {
    const cells: PanelRow['cells'] = {};
    for (const s of series) {
      const p = s.points.find((x) => x.period === period);
      const value = p?.value ?? null;
      const isRestated = p?.basis === 'restated';
      const isIncomplete = value !== null && p?.isComplete === false;
      cells[s.unitId] = {
        shown: (unitScale.get(s.unitId) as Scaler)(value),
        value,
        isHollow: isRestated || isIncomplete,
        isRestated,
        isIncomplete,
        isDemo: p?.isDemo ?? false,
        isPartlyDemo: p?.isPartlyDemo ?? false,
      };
    }
    const rowPlans: PanelRow['plans'] = {};
    for (const s of series) {
      const plan = plans.find((t) => t.unitId === s.unitId && t.period === period);
      const shown = plan ? (unitScale.get(s.unitId) as Scaler)(plan.value) : null;
      if (plan && shown !== null)
        rowPlans[s.unitId] = { shown, value: plan.value, isDemo: plan.isDemo, isDerived: plan.isDerived };
    }
    const aggregate = (points: readonly PanelAggregatePoint[], scale: Scaler) => {
      const p = points.find((x) => x.period === period);
      const shown = p ? scale(p.value) : null;
      return p && shown !== null && p.value !== null
        ? { shown, value: p.value, isPartial: p.isPartial, isDemo: p.isDemo || p.isPartlyDemo }
        : null;
    };
    const rowRegional: PanelRow['regional'] = {};
    for (const r of regional) {
      const point = aggregate(r.points, regionScale.get(r.regionCode) as Scaler);
      if (point) rowRegional[r.regionCode] = point;
    }
    return {
      period,
      label: periodShortLabel(periodOf(period), locale),
      cells,
      plans: rowPlans,
      national: aggregate(national, nationalScale),
      regional: rowRegional,
    };
  });
  return { rows, drawsAggregates: withAggregates, baseProblems };
}

/** Every value a panel draws, for its shared scale. */
export function shownValues(panel: Panel): number[] {
  return panel.rows.flatMap((row) => [
    ...Object.values(row.cells).flatMap((c) => (c.shown === null ? [] : [c.shown])),
    ...Object.values(row.plans).map((p) => p.shown),
    ...(panel.drawsAggregates && row.national ? [row.national.shown] : []),
    ...(panel.drawsAggregates ? Object.values(row.regional).map((r) => r.shown) : []),
  ]);
}
