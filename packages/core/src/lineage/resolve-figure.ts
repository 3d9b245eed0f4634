/**
 * Resolves the figure the dashboard shows for one unit, indicator and period, in the
 * "as reported" or the "restated" view. This is where the vintage rules of
 * `vintage.ts` meet the roll-up rules of `rollup/`.
 */
import type { Indicator } from '../indicators/indicator.ts';
import { isRankIndicator } from '../indicators/indicator.ts';
import { endDate, MONTHS_IN, type Period, type PeriodType, periodOf, subPeriods } from '../periods/period.ts';
import { combineAcrossUnits } from '../rollup/combine-across-units.ts';
import { type Cell, NO_FIGURE, type Resolved } from '../rollup/figure.ts';
import { asReported, rollUpOverTime } from '../rollup/roll-up-over-time.ts';
import { MERGER_DATE, spansMerger, type Vintage, vintageOfPeriod } from './vintage.ts';

export type View = 'reported' | 'restated';

export interface LineageUnit {
  readonly id: string;
  readonly vintage: Vintage;
  /** Ids of the 63-vintage units a 34-vintage unit was formed from (empty for the 63). */
  readonly predecessorIds: readonly string[];
  /** The socio-economic region (for a province of the 34, that of the province whose name it kept). */
  readonly regionCode?: string | null;
}

export interface ResolveContext {
  readonly indicator: Indicator;
  readonly unit: (id: string) => LineageUnit | undefined;
  /** All cells of a unit for the indicator (at least those inside the period asked for). */
  readonly cellsOf: (unitId: string) => readonly Cell[];
}

function cellsWithin(cells: readonly Cell[], period: Period): Cell[] {
  const start = period.key.slice(0, 4);
  return cells.filter((c) => c.period.startsWith(start));
}

/** A predecessor part combined into a synthetic cell of the new unit, for rule 3. */
function restatedCell(ctx: ResolveContext, unit: LineageUnit, sub: Period): Cell | null {
  const parts = unit.predecessorIds.map((id) => {
    const own = ctx.cellsOf(id).find((c) => c.period === sub.key);
    return { unitId: id, resolved: own ? asReported(own) : NO_FIGURE };
  });
  const combined = passThroughOrCombine(ctx.indicator, sub.key, parts);
  // A month short of a predecessor is a month missing from the roll-up (which says which), not
  // a partial month that would pass for a whole one.
  if (combined.value === null || combined.missing.length > 0) return null;
  return {
    period: sub.key,
    value: combined.value,
    numerator: combined.numerator,
    denominator: combined.denominator,
    isDemo: combined.isDemo,
    sourceRef: combined.sourceRefs[0] ?? null,
    // "trên 90" stays a bound through the merger roll-up (qualifier rule 2), never exact.
    qualifier: combined.qualifier,
  };
}

/** One predecessor is the same province under a new id: its figures carry over as they are. */
function passThroughOrCombine(
  indicator: Indicator,
  period: string,
  parts: readonly { unitId: string; resolved: Resolved }[],
): Resolved {
  const [only] = parts;
  if (parts.length === 1 && only && !isRankIndicator(indicator)) {
    return { ...only.resolved, basis: 'restated', isDerived: true, parts: [`${only.unitId}@${period}`] };
  }
  if (isRankIndicator(indicator)) return NO_FIGURE;
  return combineAcrossUnits(indicator, period, parts);
}

/** Rule 3: a new unit's figure for a period that spans the merger. */
function resolveAcrossMerger(ctx: ResolveContext, unit: LineageUnit, period: Period): Resolved {
  const own = cellsWithin(ctx.cellsOf(unit.id), period);
  const reported = own.find((c) => c.period === period.key);
  if (reported) return asReported(reported);
  if (isRankIndicator(ctx.indicator)) return NO_FIGURE;
  const synthetic: Cell[] = [...own];
  const types: PeriodType[] = ['month', 'quarter', 'half'];
  for (const type of types) {
    if (MONTHS_IN[type] >= MONTHS_IN[period.type]) break;
    for (const sub of subPeriods(period, type)) {
      if (endDate(sub) >= MERGER_DATE) continue;
      const cell = restatedCell(ctx, unit, sub);
      if (cell) synthetic.push(cell);
    }
  }
  const rolled = rollUpOverTime(ctx.indicator, period, synthetic);
  if (rolled.basis === 'none') return rolled;
  // Months before the merger came from the predecessors: say the value is restated.
  const usedPredecessors = rolled.parts.some((p) => !own.some((c) => c.period === p));
  return { ...rolled, isDerived: true, basis: usedPredecessors ? 'restated' : rolled.basis };
}

/**
 * Rule 6 (of this module): a new unit formed from exactly one predecessor kept its territory
 * (Sơn La, Điện Biên, Lai Châu, Cao Bằng, … — 11 of the 34). It has one continuous history: the
 * predecessor's figures before the merger are its own, in both views, never "restated" or
 * "(cũ)". Only the unit id changed on 1 July 2025.
 */
export function isUnchangedTerritory(unit: LineageUnit): boolean {
  return unit.vintage === 34 && unit.predecessorIds.length === 1;
}

/** An unchanged unit's cells: its own, and its predecessor's from before the merger (rule 6). */
function continuousCells(ctx: ResolveContext, unit: LineageUnit): readonly Cell[] {
  const [predecessor] = unit.predecessorIds;
  const own = ctx.cellsOf(unit.id);
  if (!predecessor) return own;
  const ownKeys = new Set(own.map((c) => c.period));
  const before = ctx
    .cellsOf(predecessor)
    .filter((c) => endDate(periodOf(c.period)) < MERGER_DATE && !ownKeys.has(c.period));
  return [...before, ...own];
}

/**
 * @example
 * // Quảng Trị (v34-44) in 2023, restated: Quảng Bình (v63-44) + old Quảng Trị (v63-45).
 * resolveFigure(ctx, 'v34-44', periodOf('2023'), 'restated')
 */
export function resolveFigure(ctx: ResolveContext, unitId: string, period: Period, view: View): Resolved {
  const unit = ctx.unit(unitId);
  if (!unit) return NO_FIGURE;
  // Rule 5: a figure stored for this very unit and period is shown as reported, whatever
  // the vintage rules expect (DTI 2024 was published for the 34 new units).
  const own = ctx.cellsOf(unit.id).find((c) => c.period === period.key);
  if (own) return asReported(own);
  if (isUnchangedTerritory(unit)) {
    const cells = continuousCells(ctx, unit);
    const carried = cells.find((c) => c.period === period.key);
    if (carried) return asReported(carried);
    return rollUpOverTime(ctx.indicator, period, cellsWithin(cells, period));
  }
  const periodVintage = vintageOfPeriod(period);

  if (unit.vintage === periodVintage) {
    if (spansMerger(period) && unit.predecessorIds.length > 0) return resolveAcrossMerger(ctx, unit, period);
    return rollUpOverTime(ctx.indicator, period, cellsWithin(ctx.cellsOf(unit.id), period));
  }
  // A 63-unit after the merger no longer exists; a 34-unit before it exists only restated.
  if (unit.vintage === 63 || view === 'reported') return NO_FIGURE;
  const parts = unit.predecessorIds.map((id) => ({
    unitId: id,
    resolved: rollUpOverTime(ctx.indicator, period, cellsWithin(ctx.cellsOf(id), period)),
  }));
  return passThroughOrCombine(ctx.indicator, period.key, parts);
}
