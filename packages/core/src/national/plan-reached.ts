/**
 * How many provinces have reached the plan: each province against its own plan for the period,
 * else against the national target (and the count says how many were judged against which), by
 * the verdicts of `progress/progress.ts`. A province without a figure, or whose figure covers only
 * part of the period, is counted apart, never as behind. When fewer than half of the provinces
 * have a figure, nobody is judged (rank-shown rule 3): "1/1 reached" would speak for the country.
 *
 * @example
 * planReached([{ value: 96, target: null, isComplete: true }], { value: 95, comparator: '>=' }, 'higher')
 * // { achieved: 1, close: 0, behind: 0, notOver: 0, noPlan: 0, noData: 0, judged: 1, againstNational: 1, total: 1 }
 */
import { type Comparator, type Direction, progress } from '../progress/progress.ts';
import { isTooFewProvinces } from '../ranking/rank-shown.ts';

export interface PlanLine {
  value: number;
  /** The plan's comparator as stored ("≥ 95%"); anything else falls back to the direction. */
  comparator?: string | null;
}

export interface PlanReachedRow {
  value: number | null;
  /** The province's own plan for the period. */
  target: PlanLine | null;
  /** False when the value covers only part of the period (a year to date). */
  isComplete: boolean;
}

export interface PlanReached {
  achieved: number;
  close: number;
  behind: number;
  /** Values of part of the period: no verdict yet. */
  notOver: number;
  /** A value, but neither the province's nor a national plan. */
  noPlan: number;
  noData: number;
  /** Provinces with a verdict (achieved + close + behind). */
  judged: number;
  /** Of those judged, how many against the national target (no plan of their own). */
  againstNational: number;
  total: number;
  /** Rank-shown rule 3: too few provinces have a figure; none judged. */
  isWithheld: boolean;
}

const COMPARATORS: readonly string[] = ['>=', '>', '<=', '<', '='];
const asComparator = (c: string | null | undefined): Comparator | null =>
  c && COMPARATORS.includes(c) ? (c as Comparator) : null;

export function planReached(
  rows: readonly PlanReachedRow[],
  nationalTarget: PlanLine | null,
  direction: Direction,
): PlanReached {
  const counts: PlanReached = {
    achieved: 0,
    close: 0,
    behind: 0,
    notOver: 0,
    noPlan: 0,
    noData: 0,
    judged: 0,
    againstNational: 0,
    total: rows.length,
    isWithheld: false,
  };
  const withData = rows.filter((r) => r.value !== null).length;
  if (withData > 0 && isTooFewProvinces(withData, rows.length)) {
    return { ...counts, noData: rows.length - withData, isWithheld: true };
  }
  for (const row of rows) {
    const plan = row.target ?? nationalTarget;
    if (row.value === null) counts.noData++;
    else if (!plan) counts.noPlan++;
    else if (!row.isComplete) counts.notOver++;
    else {
      const { status } = progress(row.value, plan.value, direction, {
        comparator: asComparator(plan.comparator),
      });
      if (status === 'achieved' || status === 'close' || status === 'behind') {
        counts[status]++;
        counts.judged++;
        if (!row.target) counts.againstNational++;
      } else counts.noPlan++;
    }
  }
  return counts;
}
