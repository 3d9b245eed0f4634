/**
 * Progress against a plan target, change between periods, and change of rank.
 *
 * Status bands (the one place they are defined), on `ratio` = achieved / target read in the
 * plan's sense (a plan "≥ X" or a higher-is-better indicator → value / target; a plan "≤ X" or
 * lower-is-better → target / value; a plan "= X" → the smaller of the two):
 * - `achieved`: the plan's comparator holds (value ≥ target for "≥", value < target for "<", …)
 * - `close`:    not achieved, and ratio ≥ CLOSE_BAND (within 10% of the target)
 * - `behind`:   ratio < CLOSE_BAND
 * - `not_over`: the period is not over, the indicator is a stock or a ratio, the figure has not
 *   reached the plan yet and there is no figure at the end of the period before to draw its
 *   trajectory from: no verdict yet (the gap is given)
 * - `incomplete`: the period is over but the figure misses months (or provinces, for a sum of
 *   several): it is not the period's, and is judged against nothing
 * - `no_target`: there is a value but no usable target — target missing, or a ratio is undefined
 *   (target 0 when higher is better, value 0 when lower is better)
 * - `no_data`:  the value is missing
 *
 * A period not over is judged on where the figure should be by now, and every such verdict is
 * provisional (`isProvisional`, "đạt (tạm tính)"):
 * - a flow (summed over time) against the plan **pro rata** (10 of 12 months → 10/12 of the
 *   year's plan; `basis: 'pro_rata'`);
 * - a stock or a ratio against its **trajectory**: the straight line from the figure at the end of
 *   the period before to this period's plan, at the months elapsed (`basis: 'trajectory'`);
 * - either, once already at or past the whole plan, is achieved against it (`basis: 'full'`).
 * A bound or approximate figure ("trên 90%") gets its verdict on the stated number, marked
 * uncertain unless the bound settles it (rule 3 of `qualifier/qualifier.ts`).
 */

import type { OverTime } from '../indicators/indicator.ts';
import { boundSide, type Qualifier } from '../qualifier/qualifier.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';

export type Direction = 'higher' | 'lower';
export type ProgressStatus =
  | 'achieved'
  | 'close'
  | 'behind'
  | 'not_over'
  | 'incomplete'
  | 'no_target'
  | 'no_data';

/** The statuses that are verdicts against a plan: what the strip counts and "most behind" sorts. */
export const JUDGED_STATUSES = ['achieved', 'close', 'behind'] as const;
export type JudgedStatus = (typeof JUDGED_STATUSES)[number];

/** Whether a status is a verdict against a plan (achieved, close or behind). */
export function isJudged(status: ProgressStatus): status is JudgedStatus {
  return (JUDGED_STATUSES as readonly string[]).includes(status);
}
/** How a plan is stated: "≥ 95%", "≤ 5 ngày", "= 100%". */
export type Comparator = '>=' | '>' | '<=' | '<' | '=';
/** Every comparator a plan may state, in the order a form offers them. */
export const COMPARATORS = ['>=', '>', '<=', '<', '='] as const satisfies readonly Comparator[];

export interface Progress {
  status: ProgressStatus;
  /** Achieved / target in the plan's sense: "≥" → value / target; "≤" → target / value. */
  ratio: number | null;
  /** Signed "above plan" fraction, ratio − 1: 0.08 means 8% above plan. */
  vsPlan: number | null;
  /**
   * Value − target, in the indicator's unit: for a percentage, in percentage points
   * (86,4% against 95,2% is −8,8 điểm %).
   */
  gap: number | null;
  /**
   * `full`: against the whole plan; `pro_rata`: a flow's plan scaled to the months covered;
   * `trajectory`: a stock's or ratio's straight line from the period before's figure to the plan.
   */
  basis: 'full' | 'pro_rata' | 'trajectory';
  /** The target compared with (the pro-rata share or the trajectory's point in a period not over). */
  comparedTarget: number | null;
  /** False when a bound or approximate figure leaves the verdict open. */
  isCertain: boolean;
  /** A verdict in a period not over: it may change by the period's end ("tạm tính"). */
  isProvisional: boolean;
}

/** What else decides a verdict besides value, target and direction. */
export interface ProgressOptions {
  /** The plan's comparator; without one, the indicator's direction decides ("≥" or "≤"). */
  comparator?: Comparator | null;
  qualifier?: Qualifier;
  /** A figure covering part of the period: the months it covers, and the indicator's rule. */
  coverage?: {
    months: number;
    of: number;
    overTime: OverTime;
    /** The period is over: missing months are missing figures, not months still to come. */
    isPeriodOver?: boolean;
    /** The figure at the end of the period before: where a stock's trajectory starts. */
    start?: number | null;
  } | null;
}

/** Lower edge of the `close` band: within 10% of the target. */
export const CLOSE_BAND = 0.9;

const isNumber = (x: number | null): x is number => x !== null && Number.isFinite(x);

const NO_VERDICT = {
  ratio: null,
  vsPlan: null,
  gap: null,
  basis: 'full',
  comparedTarget: null,
  isCertain: true,
  isProvisional: false,
} as const;

function sense(
  comparator: Comparator | null | undefined,
  direction: Direction,
): 'higher' | 'lower' | 'equal' {
  if (comparator === '>=' || comparator === '>') return 'higher';
  if (comparator === '<=' || comparator === '<') return 'lower';
  if (comparator === '=') return 'equal';
  return direction;
}

function holds(comparator: Comparator, value: number, target: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
    case '=':
      return value === target;
  }
}

/**
 * Compares a value with its target.
 * @example progress(1463, 1354.63, 'higher') // { status: 'achieved', ratio: ≈1.08, vsPlan: ≈0.08, … }
 * @example progress(12, 10, 'lower')          // { status: 'behind', ratio: ≈0.833, vsPlan: ≈−0.167, … }
 * @example progress(5, 5, 'higher', { comparator: '>' }) // close: the plan asks for more than 5
 */
export function progress(
  value: number | null,
  target: number | null,
  direction: Direction,
  options: ProgressOptions = {},
): Progress {
  if (!isNumber(value)) return { status: 'no_data', ...NO_VERDICT };
  if (!isNumber(target)) return { status: 'no_target', ...NO_VERDICT };
  const coverage = options.coverage;
  const isPartial = !!coverage && coverage.months < coverage.of;
  // A closed period with months missing: the figure is not the period's, and no share of the plan is fair.
  if (isPartial && coverage.isPeriodOver) return { status: 'incomplete', ...NO_VERDICT };
  const way = sense(options.comparator, direction);
  const comparator: Comparator = options.comparator ?? (way === 'lower' ? '<=' : '>=');
  const start = coverage?.start;
  const isPastPlan = isPartial && holds(comparator, value, target);
  const isProRata = isPartial && !isPastPlan && coverage.overTime === 'sum';
  const isTrajectory = isPartial && !isPastPlan && !isProRata && isNumber(start ?? null);
  const elapsed = isPartial ? coverage.months / coverage.of : 1;
  const compared = isProRata
    ? target * elapsed
    : isTrajectory
      ? (start as number) + (target - (start as number)) * elapsed
      : target;
  const [numerator, denominator] =
    way === 'higher'
      ? [value, compared]
      : way === 'lower'
        ? [compared, value]
        : value <= compared
          ? [value, compared]
          : [compared, value];
  const gap = value - compared;
  const basis = isProRata ? 'pro_rata' : isTrajectory ? 'trajectory' : 'full';
  const isProvisional = isPartial;
  if (denominator === 0) {
    return {
      status: 'no_target',
      ratio: null,
      vsPlan: null,
      gap,
      basis,
      comparedTarget: compared,
      isCertain: true,
      isProvisional: false,
    };
  }
  const ratio = numerator / denominator;
  const verdict: ProgressStatus = holds(comparator, value, compared)
    ? 'achieved'
    : ratio >= CLOSE_BAND
      ? 'close'
      : 'behind';
  const isJudgedInYear = !isPartial || isPastPlan || isProRata || isTrajectory;
  const status: ProgressStatus = isJudgedInYear ? verdict : 'not_over';
  const side = boundSide(options.qualifier ?? 'exact', way === 'lower' ? 'lower' : 'higher');
  const isCertain =
    way === 'equal'
      ? side === 'exact'
      : side === 'exact' ||
        (side === 'better' && status === 'achieved') ||
        (side === 'worse' && status === 'behind');
  return {
    status,
    ratio,
    vsPlan: ratio - 1,
    gap,
    basis,
    comparedTarget: compared,
    isCertain,
    isProvisional: isProvisional && status !== 'not_over',
  };
}

/**
 * The target implied by a claim such as "vượt 8% so với kế hoạch" (8% above plan), the inverse
 * of {@link progress}'s `vsPlan`. Reports state such claims without the plan value, so the
 * product derives it — and must say the target is derived.
 * @example deriveTargetFromPlanClaim(1463, 0.08, 'higher') // ≈ 1354.63
 */
export function deriveTargetFromPlanClaim(value: number, aboveBy: number, direction: Direction): number {
  // aboveBy ≤ −1 would mean a ratio of zero or less, which no real target produces.
  if (!Number.isFinite(value) || !Number.isFinite(aboveBy) || aboveBy <= -1) {
    throw new RangeError(`cannot derive a target from value ${value} and claim ${aboveBy}`);
  }
  return direction === 'higher' ? value / (1 + aboveBy) : value * (1 + aboveBy);
}

/**
 * Whether "vượt X% so với kế hoạch" gives a plan by arithmetic: for amounts, counts and flows it
 * does (1.463 tỷ, 8% above plan → 1.354,63 tỷ). For a bounded percentage it does not: "212/216
 * bản (98,15%), vượt 82% so với kế hoạch" would give a plan of 53,93% — the report meant more
 * villages than planned, not a rate. The claim is kept and shown; nothing is judged from it.
 */
export function canDerivePlanFromClaim(unit: IndicatorUnit): boolean {
  return unit !== 'percent' && unit !== 'rank' && unit !== 'index';
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)\s*%`;
const PLAN_CLAIMS = [
  new RegExp(`^exceeds? (?:the )?plan by ${NUMBER}$`, 'iu'),
  new RegExp(`^${NUMBER} above (?:the )?plan$`, 'iu'),
  new RegExp(`^vượt ${NUMBER} so với kế hoạch(?: đề ra| năm)?$`, 'iu'),
  new RegExp(`^vượt kế hoạch(?: đề ra)? ${NUMBER}$`, 'iu'),
];

/**
 * Reads an "above plan" claim as a fraction; `null` when the text is not such a claim.
 * @example parsePlanClaim('exceeds plan by 8%')      // 0.08
 * @example parsePlanClaim('vượt 8% so với kế hoạch') // 0.08
 */
export function parsePlanClaim(text: string): number | null {
  // Reports arrive in either Unicode normal form; the patterns are written in NFC.
  const normalized = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const pattern of PLAN_CLAIMS) {
    const match = pattern.exec(normalized);
    if (match?.[1]) return Number(match[1].replace(',', '.')) / 100;
  }
  return null;
}

export interface Change {
  /** current − previous in the indicator's unit: for a percentage, percentage points. */
  delta: number | null;
  relative: number | null;
  isImprovement: boolean | null;
}

/**
 * Change from a previous value, judged in the indicator's direction.
 * @example change(110, 100, 'higher') // { delta: 10, relative: 0.1, isImprovement: true }
 */
export function change(current: number | null, previous: number | null, direction: Direction): Change {
  if (!isNumber(current) || !isNumber(previous)) return { delta: null, relative: null, isImprovement: null };
  const delta = current - previous;
  // Divide by |previous| so a rise from a negative base still reads as a positive change.
  const relative = previous === 0 ? null : delta / Math.abs(previous);
  const isImprovement = delta === 0 ? null : direction === 'higher' ? delta > 0 : delta < 0;
  return { delta, relative, isImprovement };
}

/**
 * Movement between two ranks, where 1 is best: positive `places` means moved up.
 * @example rankChange(32, 41) // { places: 9, label: { vi: 'tăng 9 bậc', en: 'up 9 places' } }
 */
export function rankChange(
  current: number | null,
  previous: number | null,
  /** False when the two ranks are of different rankings (63 provinces, then 34). */
  isSameRanking = true,
): {
  places: number | null;
  label: { vi: string; en: string } | null;
  notComparable?: { vi: string; en: string };
} {
  if (!isNumber(current) || !isNumber(previous)) return { places: null, label: null };
  if (!isSameRanking) {
    // 5/63 then 3/34 is no move of 2 places: the field of provinces changed.
    return {
      places: null,
      label: null,
      notComparable: {
        vi: 'Không so sánh được thứ hạng: kỳ trước xếp hạng trong 63 tỉnh, kỳ này trong 34 tỉnh (sau sáp nhập)',
        en: 'Ranks not comparable: the previous period ranked 63 provinces, this one 34 (after the merger)',
      },
    };
  }
  const places = previous - current;
  if (places === 0) return { places: 0, label: { vi: 'giữ nguyên', en: 'unchanged' } };
  const n = Math.abs(places);
  const unit = n === 1 ? 'place' : 'places';
  return places > 0
    ? { places, label: { vi: `tăng ${n} bậc`, en: `up ${n} ${unit}` } }
    : { places, label: { vi: `giảm ${n} bậc`, en: `down ${n} ${unit}` } };
}
