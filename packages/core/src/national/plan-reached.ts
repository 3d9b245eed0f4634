/**
 * How many provinces have reached the plan, counted from the verdicts every screen gives (core's
 * `summarizeIndicator` with `choosePlan`: each province's own plan, its predecessor's where it kept
 * its territory, else the national target; pro rata or on the trajectory in a period not over). It
 * judges nothing itself, so the national page can never disagree with a province's card. A
 * province without a figure, or without a verdict (period not over, figures missing), is counted
 * apart, never as behind. When fewer than half of the provinces have a figure, nobody is counted
 * (rank-shown rule 3): "1/1 reached" would speak for the country.
 *
 * @example
 * planReached([{ value: 96, progress: { status: 'achieved' }, plan: { chosenAs: 'national' } }])
 * // { achieved: 1, close: 0, behind: 0, notOver: 0, noPlan: 0, noData: 0, judged: 1, againstNational: 1, total: 1, isWithheld: false }
 */
import type { PlanScope } from '../plans/choose-plan.ts';
import type { ProgressStatus } from '../progress/progress.ts';
import { isTooFewProvinces } from '../ranking/rank-shown.ts';

export interface PlanReachedRow {
  value: number | null;
  /** The row's verdict, as its province's card gives it. */
  progress: { status: ProgressStatus };
  /** Whose plan it was judged against (null: no plan). */
  plan: { chosenAs: PlanScope } | null;
}

export interface PlanReached {
  achieved: number;
  close: number;
  behind: number;
  /** A value but no verdict yet: the period is not over, or figures are missing. */
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

export function planReached(rows: readonly PlanReachedRow[]): PlanReached {
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
    const { status } = row.progress;
    if (row.value === null || status === 'no_data') counts.noData++;
    else if (status === 'achieved' || status === 'close' || status === 'behind') {
      counts[status]++;
      counts.judged++;
      if (row.plan?.chosenAs === 'national') counts.againstNational++;
    } else if (status === 'not_over' || status === 'incomplete') counts.notOver++;
    else counts.noPlan++;
  }
  return counts;
}
