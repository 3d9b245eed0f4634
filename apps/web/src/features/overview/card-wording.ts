/**
 * How an indicator card says its numbers: the gap to plan and the change on the previous period
 * (in percentage points for a percentage, never a relative "%" of a percentage), the status bands
 * of the legend, and what a year-to-date change is measured against. Pure, so it is tested here;
 * the verdicts themselves come from the API (`summarizeIndicator` in core).
 */
import {
  CLOSE_BAND,
  coverageLabel,
  formatIndicatorValue,
  formatNumber,
  formatSignedPercent,
  type IndicatorUnit,
  type Locale,
  type OverTime,
  type Period,
} from '@cds/core';
import type { Translate } from '../../i18n/use-i18n.ts';

const MINUS = '\u2212';

/** A signed magnitude, with no sign when it rounds to zero ("0", never "−0" or "+0"). */
function signed(value: number, magnitude: string): string {
  if (/^[0.,]+$/.test(magnitude)) return magnitude;
  return `${value < 0 ? MINUS : '+'}${magnitude}`;
}

/**
 * A difference between two percentages, in percentage points.
 * @example formatSignedPoints(2.71, 'vi')  // '+2,71 điểm %'
 * @example formatSignedPoints(-8.8, 'en')  // '−8.8 pp'
 */
export function formatSignedPoints(points: number, locale: Locale, t: Translate): string {
  return `${signed(points, formatNumber(Math.abs(points), locale, 2))} ${t('points')}`;
}

/**
 * How far from its plan a figure is: in points for a percentage (86,4% against 95,2% is
 * "−8,8 điểm %"), relative to the plan otherwise ("+8%"). Null when there is nothing to compare.
 */
export function planGapText(
  progress: { gap: number | null; vsPlan: number | null },
  unit: IndicatorUnit,
  locale: Locale,
  t: Translate,
): string | null {
  if (unit === 'percent') return progress.gap === null ? null : formatSignedPoints(progress.gap, locale, t);
  return progress.vsPlan === null ? null : formatSignedPercent(progress.vsPlan, locale);
}

/**
 * A change on the previous period in the indicator's unit: points for a percentage
 * ("+2,71 điểm %"), the unit otherwise ("+124,53 tỷ đồng").
 */
export function changeText(delta: number, unit: IndicatorUnit, locale: Locale, t: Translate): string {
  if (unit === 'percent') return formatSignedPoints(delta, locale, t);
  return signed(delta, formatIndicatorValue(Math.abs(delta), unit, locale));
}

/**
 * What a year-to-date change is compared with: the same months of the previous period.
 * @example sameMonthsText(periodOf('2025'), [0,…,9], 'sum', 'vi', t)  // 'so với cùng kỳ 10 tháng 2025'
 * @example sameMonthsText(periodOf('2025'), [0,…,9], 'last', 'vi', t) // 'so với cùng kỳ (đến hết T10/2025)'
 */
export function sameMonthsText(
  previous: Period,
  offsets: readonly number[],
  overTime: OverTime,
  locale: Locale,
  t: Translate,
): string {
  if (overTime === 'last') {
    const label = coverageLabel(previous, offsets, 'last', locale);
    if (label) return t('vsSamePoint', { label });
  }
  const isRunFromStart = offsets.every((m, i) => m === i);
  return t(isRunFromStart ? 'vsSameMonths' : 'vsSameMonthsOf', { n: offsets.length, year: previous.year });
}

/**
 * The edge of the `close` band as a share of the plan, from core's CLOSE_BAND: "90%".
 * Rounded to a tenth so that binary noise (0.9 × 100 = 90.00000000000001) never shows.
 */
export function closeBandText(locale: Locale): string {
  return `${formatNumber(Math.round(CLOSE_BAND * 1000) / 10, locale, 1)}%`;
}
