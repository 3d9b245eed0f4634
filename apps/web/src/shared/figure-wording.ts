/**
 * How a verdict, a change and a gap to plan are said wherever a figure is judged (the overview's
 * cards, the strip, the compare table and its files, the printed report): one wording for one
 * verdict. A verdict names its horizon ("Đạt kế hoạch năm 2026") and says when it is provisional
 * ("tạm tính"); a change says what it is measured against; a percentage's gap is in points.
 */
import {
  coverageLabel,
  formatIndicatorValue,
  formatNumber,
  formatSignedPercent,
  type IndicatorUnit,
  type Locale,
  type OverTime,
  type Period,
  type ProgressStatus,
  periodLabel,
  periodOf,
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

/** A period's label inside a sentence: "năm 2026", "quý III/2026" (vi); "2026", "Q3 2026" (en). */
export function periodInText(key: string, locale: Locale): string {
  const period = periodOf(key);
  if (locale === 'en') return period.type === 'year' ? String(period.year) : periodLabel(period, 'en');
  const label = periodLabel(period, 'vi');
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * A verdict with its horizon and whether it may still change:
 * "Đạt kế hoạch năm 2026 (tạm tính)", "Chậm so với kế hoạch năm 2025", "Chưa hết kỳ".
 */
export function verdictText(
  progress: { status: ProgressStatus; isProvisional: boolean },
  horizon: string | null,
  locale: Locale,
  t: Translate,
): string {
  const status = t(`status.${progress.status}`);
  const judged =
    progress.status === 'achieved' || progress.status === 'close' || progress.status === 'behind';
  const when = horizon ? periodInText(horizon, locale) : '';
  const named = judged && horizon ? (locale === 'vi' ? `${status} ${when}` : `${status} (${when})`) : status;
  return progress.isProvisional ? `${named} (${t('provisional')})` : named;
}

/**
 * What a change is measured against, as its label: "so với năm 2025", or the same months of it
 * when the figure covers part of its period ("so với cùng kỳ 10 tháng 2025").
 */
export function againstText(
  against: { period: string; months: number; of: number },
  isLikeForLike: boolean,
  overTime: OverTime,
  locale: Locale,
  t: Translate,
): string {
  const before: Period = periodOf(against.period);
  if (!isLikeForLike || against.months >= against.of)
    return t('vsPreviousPeriod', { period: periodInText(against.period, locale) });
  const offsets = Array.from({ length: against.months }, (_, i) => i);
  if (overTime === 'last') {
    const label = coverageLabel(before, offsets, 'last', locale);
    if (label) return t('vsSamePoint', { label });
  }
  return t('vsSameMonths', { n: against.months, year: before.year });
}
