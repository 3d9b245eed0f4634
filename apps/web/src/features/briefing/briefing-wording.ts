/**
 * How the briefing says its numbers: the as-of month ("T10/2026"), a gap to plan in the
 * indicator's unit (points for a percentage, never a "%" of a percentage), a share of the plan,
 * a yearly growth rate, and a rank's move in places. Pure, so it is tested beside this file.
 */
import {
  formatIndicatorValue,
  formatNumber,
  formatSignedPercent,
  type IndicatorUnit,
  type Locale,
  parsePeriod,
  periodLabel,
  periodShortLabel,
} from '@cds/core';
import type { Translate } from '../../i18n/use-i18n.ts';

const MINUS = '\u2212';

/**
 * The month the figures reach, as the reports write it.
 * @example monthText('2026-10', 'vi') // 'T10/2026'
 * @example monthText('2026-10', 'en') // 'October 2026'
 */
export function monthText(periodKey: string, locale: Locale): string {
  const period = parsePeriod(periodKey);
  if (!period) return periodKey;
  return locale === 'vi' ? periodShortLabel(period, locale) : periodLabel(period, locale);
}

/** A signed magnitude, no sign when it rounds to zero. */
function signed(value: number, magnitude: string): string {
  if (/^[0.,]+$/.test(magnitude.replace(/[^\d.,]/g, ''))) return magnitude;
  return `${value < 0 ? MINUS : '+'}${magnitude}`;
}

/**
 * Value − plan in the indicator's unit.
 * @example gapText(-8.8, 'percent', 'vi', t)   // '−8,8 điểm %'
 * @example gapText(-52479.8, 'count', 'vi', t) // '−52.479,83'
 */
export function gapText(gap: number, unit: IndicatorUnit, locale: Locale, t: Translate): string {
  if (unit === 'percent') return `${signed(gap, formatNumber(Math.abs(gap), locale, 2))} ${t('points')}`;
  const rounded = unit === 'count' ? Math.round(gap) : gap;
  return signed(rounded, formatIndicatorValue(Math.abs(rounded), unit, locale));
}

/**
 * A share of the plan, whole percent unless that would read as on plan.
 * @example planShareText(0.9497, 'vi') // '95%'
 * @example planShareText(0.9972, 'vi') // '99,7%'
 */
export function planShareText(ratio: number, locale: Locale): string {
  const pct = ratio * 100;
  const digits = pct < 100 && Math.round(pct) >= 100 ? 1 : 0;
  const shown = digits === 1 ? Math.floor(pct * 10) / 10 : Math.round(pct);
  return `${formatNumber(shown, locale, digits)}%`;
}

/**
 * A yearly growth rate.
 * @example rateText(0.0421, 'vi') // '+4,2%'
 */
export function rateText(rate: number, locale: Locale): string {
  return formatSignedPercent(rate, locale);
}

export interface RankMoveInput {
  rank: number;
  previousYear: number | null;
  previousRank: number | null;
  change: number | null;
}

/**
 * A rank's move since the previous ranking: in places when the two rankings are of the same
 * size; otherwise why it cannot be said (5/34 after 44/63 is no move). Null without a previous rank.
 */
export function rankMoveText(
  rank: RankMoveInput,
  t: Translate,
): { text: string; tone: 'good' | 'bad' | 'neutral' } | null {
  if (rank.previousYear === null || rank.previousRank === null) return null;
  const year = rank.previousYear;
  if (rank.change === null) {
    return {
      text: t('briefing.rank.notComparable', { year, rank: rank.previousRank }),
      tone: 'neutral',
    };
  }
  if (rank.change === 0) return { text: t('briefing.rank.same', { year }), tone: 'neutral' };
  const n = Math.abs(rank.change);
  return rank.change > 0
    ? { text: t('briefing.rank.up', { n, year }), tone: 'good' }
    : { text: t('briefing.rank.down', { n, year }), tone: 'bad' };
}
