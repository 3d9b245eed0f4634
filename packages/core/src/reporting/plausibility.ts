/**
 * Whether a figure looks like a slip before anyone approves it: far from the province's previous
 * figure, far outside its own history, or far outside the other provinces' range for the period.
 * A flag never refuses a figure: it asks the person entering it for a note, and shows the
 * reviewer why the figure stands out.
 *
 * The rules, per the indicator's unit:
 *  - jump from the previous figure of the same period type: more than JUMP_POINTS percentage
 *    points (or index/score points) for a bounded scale, more than JUMP_PLACES places for a rank,
 *    more than JUMP_RATIO times up or down for an amount (counts, km, billion VND; a zero on
 *    either side is no evidence: a month may well add no stations);
 *  - outside the own history: with at least MIN_HISTORY earlier figures, more than
 *    HISTORY_ROBUST_Z robust deviations (1.4826 × median absolute deviation) from their median;
 *  - outside the peers: beyond the other provinces' range for the period by more than its width.
 */
import { formatNumber } from '../format/format-number.ts';
import type { Bilingual } from '../i18n/locale.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';

export const JUMP_POINTS = 25;
export const JUMP_PLACES = 20;
export const JUMP_RATIO = 3;
export const MIN_HISTORY = 4;
export const HISTORY_ROBUST_Z = 6;

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

const BOUNDED: readonly IndicatorUnit[] = ['percent', 'index', 'points'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const both = (x: number) => ({ vi: formatNumber(x, 'vi'), en: formatNumber(x, 'en') });

function jumpFlag(unit: IndicatorUnit, value: number, previous: number): PlausibilityFlag | null {
  const p = both(previous);
  if (BOUNDED.includes(unit)) {
    if (Math.abs(value - previous) <= JUMP_POINTS) return null;
    return {
      code: 'jump_from_previous',
      message: {
        vi: `Chênh hơn ${JUMP_POINTS} điểm so với kỳ trước (${p.vi})`,
        en: `More than ${JUMP_POINTS} points from the previous period (${p.en})`,
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

function historyFlag(value: number, history: readonly number[]): PlausibilityFlag | null {
  if (history.length < MIN_HISTORY) return null;
  const centre = median(history);
  const spread = 1.4826 * median(history.map((h) => Math.abs(h - centre)));
  if (spread === 0 || Math.abs(value - centre) / spread <= HISTORY_ROBUST_Z) return null;
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
    historyFlag(value, history),
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
