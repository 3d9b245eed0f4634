/**
 * Rolls one unit's figures for shorter periods up into a longer one, following the
 * indicator's over-time rule. A figure reported for the period itself always wins; a
 * roll-up with missing parts says so (`isComplete: false`, `missing`) instead of filling.
 */
import type { Indicator } from '../indicators/indicator.ts';
import { isRankIndicator } from '../indicators/indicator.ts';
import { MONTHS_IN, type Period, type PeriodType, periodOf, subPeriods } from '../periods/period.ts';
import { type Cell, NO_FIGURE, type Resolved, ratioValue, uniqueSources } from './figure.ts';

/** Finer period types, finest first: a roll-up prefers months, then quarters, then halves. */
const FINER: readonly PeriodType[] = ['month', 'quarter', 'half'];

type RollUpIndicator = Pick<Indicator, 'overTime' | 'unit'>;

/** A reported cell as a resolved figure. */
export function asReported(cell: Cell): Resolved {
  return {
    value: cell.value,
    numerator: cell.numerator,
    denominator: cell.denominator,
    basis: 'reported',
    isComplete: cell.value !== null,
    isDemo: cell.isDemo,
    isDerived: false,
    parts: [cell.period],
    missing: [],
    sourceRefs: cell.sourceRef ? [cell.sourceRef] : [],
  };
}

/** Whether a cell can take part in a roll-up under the rule (ratios need num/den). */
function isUsable(indicator: RollUpIndicator, cell: Cell): boolean {
  if (indicator.overTime === 'ratio') return cell.numerator !== null && cell.denominator !== null;
  return cell.value !== null || (cell.numerator !== null && cell.denominator !== null);
}

function cellValue(indicator: RollUpIndicator, cell: Cell): number | null {
  if (cell.value !== null) return cell.value;
  if (cell.numerator === null || cell.denominator === null) return null;
  return ratioValue(cell.numerator, cell.denominator, indicator.unit === 'percent');
}

/** Picks the granularity to roll up from: complete if possible, else the one covering most months. */
function chooseParts(
  indicator: RollUpIndicator,
  period: Period,
  byKey: ReadonlyMap<string, Cell>,
): { expected: Period[]; present: Cell[] } | null {
  let best: { expected: Period[]; present: Cell[]; coverage: number } | null = null;
  for (const type of FINER) {
    if (MONTHS_IN[type] >= MONTHS_IN[period.type]) break;
    const expected = subPeriods(period, type);
    const present = expected
      .map((p) => byKey.get(p.key))
      .filter((c): c is Cell => c !== undefined && isUsable(indicator, c));
    if (present.length === 0) continue;
    if (present.length === expected.length) return { expected, present };
    const coverage = present.length / expected.length;
    if (!best || coverage > best.coverage) best = { expected, present, coverage };
  }
  return best;
}

/**
 * @param cells the unit's cells for this indicator inside `period` (any granularity).
 * @example
 * // Quarterly telecom revenue (a flow) from three months:
 * rollUpOverTime(telecomRevenue, periodOf('2023-Q1'), [jan, feb, mar]).value // jan + feb + mar
 */
export function rollUpOverTime(indicator: RollUpIndicator, period: Period, cells: readonly Cell[]): Resolved {
  const byKey = new Map(cells.map((c) => [c.period, c]));
  const own = byKey.get(period.key);
  if (own) return asReported(own);
  if (period.type === 'month' || isRankIndicator(indicator)) return NO_FIGURE;

  const chosen = chooseParts(indicator, period, byKey);
  if (!chosen) return NO_FIGURE;
  const { expected, present } = chosen;
  const presentKeys = new Set(present.map((c) => c.period));
  const missing = expected.filter((p) => !presentKeys.has(p.key)).map((p) => p.key);
  const common = {
    basis: 'rolled_up' as const,
    isComplete: missing.length === 0,
    isDemo: present.some((c) => c.isDemo),
    isDerived: true,
    parts: present.map((c) => c.period),
    missing,
    sourceRefs: uniqueSources(present),
  };

  switch (indicator.overTime) {
    case 'last': {
      // A stock: the value at the end of the period, or the latest known one when the end is missing.
      const latest = present[present.length - 1] as Cell;
      return {
        ...common,
        value: cellValue(indicator, latest),
        numerator: latest.numerator,
        denominator: latest.denominator,
        parts: [latest.period],
      };
    }
    case 'sum': {
      const value = present.reduce((sum, c) => sum + (cellValue(indicator, c) ?? 0), 0);
      return { ...common, value, numerator: null, denominator: null };
    }
    case 'ratio': {
      const numerator = present.reduce((sum, c) => sum + (c.numerator ?? 0), 0);
      const denominator = present.reduce((sum, c) => sum + (c.denominator ?? 0), 0);
      const value = ratioValue(numerator, denominator, indicator.unit === 'percent');
      return { ...common, value, numerator, denominator };
    }
  }
}

/** Convenience for callers holding a period key. */
export function rollUpKey(indicator: RollUpIndicator, periodKey: string, cells: readonly Cell[]): Resolved {
  return rollUpOverTime(indicator, periodOf(periodKey), cells);
}
