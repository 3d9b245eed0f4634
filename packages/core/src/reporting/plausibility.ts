/**
 * Whether a figure looks like a slip before anyone approves it: far from the province's previous
 * figure, far outside its own history, or far outside the other provinces' range for the period.
 * A flag never refuses a figure: it asks the person entering it for a note, and shows the
 * reviewer why the figure stands out.
 *
 * The rules, per the indicator's unit:
 *  - jump from the previous figure of the same period type: more than JUMP_SHARE of a bounded
 *    scale (25 points of a percentage or a 0–100 score, 0,25 of a 0–1 index such as DTI: 0,8
 *    typed as 0,08 stands out), more than JUMP_PLACES places for a rank, more than JUMP_RATIO
 *    times up or down for an amount (counts, km, billion VND; a zero on either side is no
 *    evidence: a month may well add no stations);
 *  - outside the own history: with at least MIN_HISTORY earlier figures, more than
 *    HISTORY_ROBUST_Z robust deviations (1.4826 × median absolute deviation) from their median.
 *    A steady history (all equal, zeros too) has no deviation to divide by and never flagged:
 *    it is read with at least the spread of `spreadFloor`;
 *  - outside the peers: beyond the other provinces' range for the period by more than its width.
 */
import { formatNumber } from '../format/format-number.ts';
import type { Bilingual } from '../i18n/locale.ts';
import { type IndicatorUnit, scaleOf } from '../validation/validate-figure.ts';

/** A quarter of a bounded scale: 25 points of a percentage, 0,25 of a 0–1 index. */
export const JUMP_SHARE = 0.25;
export const JUMP_PLACES = 20;
export const JUMP_RATIO = 3;
export const MIN_HISTORY = 4;
export const HISTORY_ROBUST_Z = 6;
/** The least robust deviation a history is read with, as a share of its scale or level. */
export const STEADY_SHARE = 0.01;
/** From a history of zeros, an amount above this (stations, km, billion đồng) stands out. */
export const AMOUNT_FROM_ZERO = 10;

export type PlausibilityCode = 'jump_from_previous' | 'outside_own_history' | 'outside_peers';

export interface PlausibilityFlag {
  code: PlausibilityCode;
  message: Bilingual;
}

export interface PlausibilityInput {
  unit: IndicatorUnit;
  value: number;
  /** The province's earlier figures of the same period type, oldest first. */
  history: readonly number[];
  /** The other provinces' lowest and highest figure for the period, when known. */
  peers?: { min: number; max: number } | null;
  /** Some of the figures compared with are demo figures: every flag says so. */
  isAgainstDemo?: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const both = (x: number) => ({ vi: formatNumber(x, 'vi'), en: formatNumber(x, 'en') });

/** The largest move from the previous figure on a bounded scale, or null for other units. */
const jumpLimit = (unit: IndicatorUnit): number | null => {
  const scale = scaleOf(unit);
  return scale ? JUMP_SHARE * (scale[1] - scale[0]) : null;
};

function jumpFlag(unit: IndicatorUnit, value: number, previous: number): PlausibilityFlag | null {
  const p = both(previous);
  const limit = jumpLimit(unit);
  if (limit !== null) {
    if (Math.abs(value - previous) <= limit) return null;
    const l = both(limit);
    // A 0–1 index has no "points": say the difference itself.
    const points = unit === 'index' ? { vi: '', en: '' } : { vi: ' điểm', en: ' points' };
    return {
      code: 'jump_from_previous',
      message: {
        vi: `Chênh hơn ${l.vi}${points.vi} so với kỳ trước (${p.vi})`,
        en: `More than ${l.en}${points.en} from the previous period (${p.en})`,
      },
    };
  }
  if (unit === 'rank') {
    if (Math.abs(value - previous) <= JUMP_PLACES) return null;
    return {
      code: 'jump_from_previous',
      message: {
        vi: `Thay đổi hơn ${JUMP_PLACES} bậc so với kỳ trước (hạng ${p.vi})`,
        en: `More than ${JUMP_PLACES} places from the previous period (rank ${p.en})`,
      },
    };
  }
  if (value <= 0 || previous <= 0) return null;
  if (Math.max(value / previous, previous / value) <= JUMP_RATIO) return null;
  return {
    code: 'jump_from_previous',
    message: {
      vi: `Gấp hơn ${JUMP_RATIO} lần hoặc chưa bằng 1/${JUMP_RATIO} kỳ trước (${p.vi}): kiểm tra đơn vị và dấu phân cách hàng nghìn`,
      en: `Over ${JUMP_RATIO}× or under 1/${JUMP_RATIO} of the previous period (${p.en}): check the unit and the thousands separator`,
    },
  };
}

/**
 * The least spread a history is read with, so that a steady one still flags: STEADY_SHARE of a
 * bounded scale or of an amount's level (a move beyond 6% of it stands out), one place for a
 * rank, and from zeros AMOUNT_FROM_ZERO.
 */
function spreadFloor(unit: IndicatorUnit, centre: number): number {
  const scale = scaleOf(unit);
  if (scale) return STEADY_SHARE * (scale[1] - scale[0]);
  if (unit === 'rank') return 1;
  return Math.max(STEADY_SHARE * Math.abs(centre), AMOUNT_FROM_ZERO / HISTORY_ROBUST_Z);
}

function historyFlag(
  unit: IndicatorUnit,
  value: number,
  history: readonly number[],
): PlausibilityFlag | null {
  if (history.length < MIN_HISTORY) return null;
  const centre = median(history);
  const spread = Math.max(
    1.4826 * median(history.map((h) => Math.abs(h - centre))),
    spreadFloor(unit, centre),
  );
  if (Math.abs(value - centre) / spread <= HISTORY_ROBUST_Z) return null;
  const lo = both(Math.min(...history));
  const hi = both(Math.max(...history));
  return {
    code: 'outside_own_history',
    message: {
      vi: `Khác xa các kỳ trước của tỉnh (từ ${lo.vi} đến ${hi.vi})`,
      en: `Far from the province's earlier periods (${lo.en} to ${hi.en})`,
    },
  };
}

function peersFlag(value: number, peers: { min: number; max: number }): PlausibilityFlag | null {
  const width = peers.max - peers.min;
  if (width <= 0 || (value >= peers.min - width && value <= peers.max + width)) return null;
  const lo = both(peers.min);
  const hi = both(peers.max);
  return {
    code: 'outside_peers',
    message: {
      vi: `Ngoài xa khoảng của các tỉnh khác trong kỳ (từ ${lo.vi} đến ${hi.vi})`,
      en: `Far outside the other provinces' range for the period (${lo.en} to ${hi.en})`,
    },
  };
}

export function plausibilityFlags(input: PlausibilityInput): PlausibilityFlag[] {
  const { unit, value, history, peers } = input;
  if (!Number.isFinite(value)) return [];
  const previous = history.at(-1);
  const flags = [
    previous === undefined ? null : jumpFlag(unit, value, previous),
    historyFlag(unit, value, history),
    peers ? peersFlag(value, peers) : null,
  ].filter((f): f is PlausibilityFlag => f !== null);
  if (!input.isAgainstDemo) return flags;
  return flags.map((f) => ({
    ...f,
    message: {
      vi: `${f.message.vi} (so với số liệu minh họa)`,
      en: `${f.message.en} (against demo figures)`,
    },
  }));
}
