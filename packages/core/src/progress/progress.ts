/**
 * Progress against a plan target, change between periods, and change of rank.
 *
 * Status bands (the one place they are defined), on `ratio` = achieved / target read in the
 * indicator's direction (higher is better → value / target; lower is better → target / value):
 * - `achieved`: ratio ≥ 1
 * - `close`:    CLOSE_BAND ≤ ratio < 1
 * - `behind`:   ratio < CLOSE_BAND
 * - `no_target`: there is a value but no usable target — target missing, or a ratio is undefined
 *   (target 0 when higher is better, value 0 when lower is better)
 * - `no_data`:  the value is missing
 */

export type Direction = 'higher' | 'lower';
export type ProgressStatus = 'achieved' | 'close' | 'behind' | 'no_target' | 'no_data';

export interface Progress {
  status: ProgressStatus;
  /** Achieved / target respecting direction: higher → value / target; lower → target / value. */
  ratio: number | null;
  /** Signed "above plan" fraction, ratio − 1: 0.08 means 8% above plan. */
  vsPlan: number | null;
}

/** Lower edge of the `close` band: within 10% of the target. */
export const CLOSE_BAND = 0.9;

const isNumber = (x: number | null): x is number => x !== null && Number.isFinite(x);

/**
 * Compares a value with its target.
 * @example progress(1463, 1354.63, 'higher') // { status: 'achieved', ratio: ≈1.08, vsPlan: ≈0.08 }
 * @example progress(12, 10, 'lower')          // { status: 'behind', ratio: ≈0.833, vsPlan: ≈−0.167 }
 */
export function progress(value: number | null, target: number | null, direction: Direction): Progress {
  if (!isNumber(value)) return { status: 'no_data', ratio: null, vsPlan: null };
  if (!isNumber(target)) return { status: 'no_target', ratio: null, vsPlan: null };
  const [numerator, denominator] = direction === 'higher' ? [value, target] : [target, value];
  if (denominator === 0) return { status: 'no_target', ratio: null, vsPlan: null };
  const ratio = numerator / denominator;
  const status: ProgressStatus = ratio >= 1 ? 'achieved' : ratio >= CLOSE_BAND ? 'close' : 'behind';
  return { status, ratio, vsPlan: ratio - 1 };
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
): { places: number | null; label: { vi: string; en: string } | null } {
  if (!isNumber(current) || !isNumber(previous)) return { places: null, label: null };
  const places = previous - current;
  if (places === 0) return { places: 0, label: { vi: 'giữ nguyên', en: 'unchanged' } };
  const n = Math.abs(places);
  const unit = n === 1 ? 'place' : 'places';
  return places > 0
    ? { places, label: { vi: `tăng ${n} bậc`, en: `up ${n} ${unit}` } }
    : { places, label: { vi: `giảm ${n} bậc`, en: `down ${n} ${unit}` } };
}
