/**
 * How an indicator card says its numbers: the gap to plan and the change on the previous period
 * (the shared `figure-wording.ts`, which the compare table says them with too), the status bands
 * of the legend, and what a year-to-date change is measured against. Pure, so it is tested here;
 * the verdicts themselves come from the API (`summarizeIndicator` in core).
 */
import { CLOSE_BAND, coverageLabel, formatNumber, type Locale, type OverTime, type Period } from '@cds/core';
import type { Translate } from '../../i18n/use-i18n.ts';

export { changeText, formatSignedPoints, planGapText } from '../../shared/figure-wording.ts';

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
