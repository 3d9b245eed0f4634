/**
 * How a change and a gap to plan are said wherever a figure is judged (the overview's cards, the
 * compare table): in percentage points for a percentage, never a relative "%" of a percentage.
 */
import {
  formatIndicatorValue,
  formatNumber,
  formatSignedPercent,
  type IndicatorUnit,
  type Locale,
} from '@cds/core';
import type { Translate } from '../i18n/use-i18n.ts';

const MINUS = '\u2212';

/** A signed magnitude, with no sign when it rounds to zero ("0", never "−0" or "+0"). */
function signed(value: number, magnitude: string): string {
  if (/^[0.,]+$/.test(magnitude)) return magnitude;
  return `${value < 0 ? MINUS : '+'}${magnitude}`;
}

/**
 * A difference between two percentages, in percentage points.
 * @example formatSignedPoints(2.71, 'vi', t)  // '+2,71 điểm %'
 */
export function formatSignedPoints(points: number, locale: Locale, t: Translate): string {
  return `${signed(points, formatNumber(Math.abs(points), locale, 2))} ${t('points')}`;
}

/**
 * A change on the previous period in the indicator's unit: points for a percentage
 * ("+2,71 điểm %"), the unit otherwise ("+124,53 tỷ đồng").
 */
export function changeText(delta: number, unit: IndicatorUnit, locale: Locale, t: Translate): string {
  if (unit === 'percent') return formatSignedPoints(delta, locale, t);
  return signed(delta, formatIndicatorValue(Math.abs(delta), unit, locale));
}

/** How far from its plan: in points for a percentage ("−8,8 điểm %"), relative otherwise ("+8%"). */
export function planGapText(
  progress: { gap: number | null; vsPlan: number | null },
  unit: IndicatorUnit,
  locale: Locale,
  t: Translate,
): string | null {
  if (unit === 'percent') return progress.gap === null ? null : formatSignedPoints(progress.gap, locale, t);
  return progress.vsPlan === null ? null : formatSignedPercent(progress.vsPlan, locale);
}
