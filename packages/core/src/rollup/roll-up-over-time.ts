/**
 * Rolls one unit's figures for shorter periods up into a longer one, following the
 * indicator's over-time rule. A figure reported for the period itself always wins; a
 * roll-up with missing parts says so (`isComplete: false`, `missing`) instead of filling.
 */
import type { Indicator } from '../indicators/indicator.ts';
import { isRankIndicator } from '../indicators/indicator.ts';
import { MONTHS_IN, type Period, type PeriodType, periodOf, subPeriods } from '../periods/period.ts';
import { type Cell, NO_FIGURE, partsFlags, type Resolved, ratioValue, uniqueSources } from './figure.ts';

/** Finer period types, finest first: a roll-up tiles the period with these. */
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
    isPartlyDemo: false,
    qualifier: cell.qualifier ?? 'exact',
    rankedOf: cell.rankedOf ?? null,
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

interface Tiling {
  /** Cells used, in time order, covering disjoint runs of months. */
  present: Cell[];
  /** Months (0-based offsets inside the period) that no cell covers. */
  uncovered: number[];
  /** The finest type among the cells used. */
  finest: PeriodType;
}

/**
 * Covers the period's months with reported sub-periods of any finer granularity — months 1–9
 * with Q4, or quarters before the merger and months after it — choosing the tiling that covers
 * most months and, among those, the finest cells (months before quarters before halves).
 */
function tile(indicator: RollUpIndicator, period: Period, byKey: ReadonlyMap<string, Cell>): Tiling | null {
  const size = MONTHS_IN[period.type];
  const start = (period.index - 1) * size;
  /** Tiles starting at each month offset: [length, cell]. */
  const startingAt: [number, Cell][][] = Array.from({ length: size }, () => []);
  for (const type of FINER) {
    if (MONTHS_IN[type] >= size) break;
    for (const sub of subPeriods(period, type)) {
      const cell = byKey.get(sub.key);
      if (!cell || !isUsable(indicator, cell)) continue;
      const offset = (sub.index - 1) * MONTHS_IN[type] - start;
      startingAt[offset]?.push([MONTHS_IN[type], cell]);
    }
  }
  // best[i]: the best tiling of months i..size-1 as [covered months, cells used, choice].
  const best: { covered: number; cells: number; take: [number, Cell] | null }[] = [];
  best[size] = { covered: 0, cells: 0, take: null };
  for (let i = size - 1; i >= 0; i--) {
    const next = best[i + 1] as (typeof best)[number];
    let choice = { covered: next.covered, cells: next.cells, take: null as [number, Cell] | null };
    for (const option of startingAt[i] ?? []) {
      const after = best[i + option[0]] as (typeof best)[number];
      const covered = after.covered + option[0];
      const cells = after.cells + 1;
      if (covered > choice.covered || (covered === choice.covered && cells > choice.cells)) {
        choice = { covered, cells, take: option };
      }
    }
    best[i] = choice;
  }
  const present: Cell[] = [];
  const uncovered: number[] = [];
  let finest: PeriodType = 'half';
  for (let i = 0; i < size; ) {
    const take = best[i]?.take;
    if (!take) {
      uncovered.push(i);
      i += 1;
      continue;
    }
    present.push(take[1]);
    const type = periodOf(take[1].period).type;
    if (MONTHS_IN[type] < MONTHS_IN[finest]) finest = type;
    i += take[0];
  }
  return present.length === 0 ? null : { present, uncovered, finest };
}

/** Uncovered months named as periods of the finest type used (months 11–12, or Q4). */
function missingKeys(period: Period, uncovered: readonly number[], finest: PeriodType): string[] {
  const gone = new Set(uncovered);
  const start = (period.index - 1) * MONTHS_IN[period.type];
  return subPeriods(period, finest)
    .filter((sub) => {
      const offset = (sub.index - 1) * MONTHS_IN[finest] - start;
      return Array.from({ length: MONTHS_IN[finest] }, (_, k) => offset + k).some((m) => gone.has(m));
    })
    .map((sub) => sub.key);
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

  const tiling = tile(indicator, period, byKey);
  if (!tiling) return NO_FIGURE;
  const { present, uncovered, finest } = tiling;
  const size = MONTHS_IN[period.type];
  const isEndKnown = !uncovered.includes(size - 1);
  // A stock's value is its value at the end of the period: months missing before a known end
  // do not change it, so only the months after the last known one are missing.
  const lastKnown = size - 1 - [...Array(size).keys()].reverse().findIndex((m) => !uncovered.includes(m));
  const missingMonths = indicator.overTime === 'last' ? uncovered.filter((m) => m > lastKnown) : uncovered;
  const missing = missingKeys(period, missingMonths, finest);
  const common = {
    basis: 'rolled_up' as const,
    isComplete: indicator.overTime === 'last' ? isEndKnown : missing.length === 0,
    ...partsFlags(present),
    rankedOf: null,
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
        qualifier: latest.qualifier ?? 'exact',
        isDemo: latest.isDemo,
        isPartlyDemo: false,
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
