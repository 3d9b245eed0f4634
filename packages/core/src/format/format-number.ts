/**
 * Number formatting for the dashboard: Vietnamese (`1.463`, `98,15`) and English (`1,463`, `98.15`).
 *
 * Percent signs and units are appended here rather than by Intl, because Intl may put a
 * (non-breaking) space before `%` in some locales and the product always writes `98,1%`.
 */
import type { Locale } from '../i18n/locale.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';

const LOCALE_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const MINUS = '\u2212';
/** Shown for NaN and ±Infinity, which are never real figures. */
const NOT_A_NUMBER = '—';

const formatters = new Map<string, Intl.NumberFormat>();

function format(value: number, locale: Locale, minFractionDigits: number, maxFractionDigits: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const key = `${locale}|${minFractionDigits}|${maxFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_TAG[locale], {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: maxFractionDigits,
      // 'negative' drops the sign of -0 and of values that round to zero, so we never print "-0".
      signDisplay: 'negative',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * Formats a number with up to `maxFractionDigits` decimals and locale grouping.
 * @example formatNumber(1463, 'vi')  // '1.463'
 * @example formatNumber(98.148, 'vi') // '98,15'
 * @example formatNumber(1463, 'en')  // '1,463'
 */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return format(value, locale, 0, maxFractionDigits);
}

/**
 * Formats a value already on the 0–100 scale as a percentage, with no space before `%`.
 * @example formatPercent(98.148, 'vi') // '98,1%'
 * @example formatPercent(98.148, 'en') // '98.1%'
 */
export function formatPercent(value: number, locale: Locale, fractionDigits = 1): string {
  const text = formatNumber(value, locale, fractionDigits);
  return text === NOT_A_NUMBER ? text : `${text}%`;
}

/**
 * Formats a fraction (0.08 = 8%) as a signed percentage for "above / below plan" and changes,
 * with a true minus sign (U+2212) and no sign on zero.
 * @example formatSignedPercent(0.08, 'vi')   // '+8%'
 * @example formatSignedPercent(-0.125, 'vi') // '−12,5%'
 */
export function formatSignedPercent(fraction: number, locale: Locale): string {
  if (!Number.isFinite(fraction)) return NOT_A_NUMBER;
  const magnitude = formatNumber(Math.abs(fraction * 100), locale, 1);
  // Decide the sign on the rounded text, so −0.0001 shows as '0%' rather than '−0%'.
  if (/^[0.,]+$/.test(magnitude)) return '0%';
  return `${fraction < 0 ? MINUS : '+'}${magnitude}%`;
}

/**
 * The unit written after a value; empty for units that need none (counts, ranks, indexes).
 * @example unitLabel('billion_vnd', 'vi') // 'tỷ đồng'
 */
export function unitLabel(unit: IndicatorUnit, locale: Locale): string {
  switch (unit) {
    case 'percent':
      return '%';
    case 'billion_vnd':
      return locale === 'vi' ? 'tỷ đồng' : 'billion VND';
    case 'km':
      return 'km';
    case 'points':
      return locale === 'vi' ? 'điểm' : 'points';
    case 'count':
    case 'index':
    case 'rank':
      return '';
  }
}

/**
 * Decimals figures are published with, per unit: reports write 98,15%, DTI 0,6123, 1.463,25 tỷ
 * đồng. Ranking compares figures at this precision, so 212/216 (98,148…%) and a reported 98,15%
 * are the same figure and tie.
 */
export const PUBLISHED_DECIMALS: Record<IndicatorUnit, number> = {
  percent: 2,
  index: 4,
  rank: 0,
  count: 0,
  points: 2,
  km: 2,
  billion_vnd: 2,
};

/**
 * A value rounded as it is published (half away from zero, on the decimal value, not binary noise).
 * @example roundAsPublished(212 / 216 * 100, 'percent') // 98.15
 */
export function roundAsPublished(value: number, unit: IndicatorUnit): number {
  return roundTo(value, PUBLISHED_DECIMALS[unit]);
}

/** Half away from zero on the decimal value (1.005 → 1.01), so 3.200000000000003 is 3.2. */
function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / scale + 0;
}

/**
 * The most decimals a figure of each unit is shown with: on screen (`formatIndicatorValue`) and
 * in every downloaded file (CSV, XLSX), so a file never holds more or other digits than the
 * screen. Counts keep two: a plan derived from "vượt 82% so với kế hoạch" may be 116,48 villages.
 */
export const SHOWN_DECIMALS: Record<IndicatorUnit, number> = {
  percent: 2,
  index: 4,
  rank: 0,
  count: 2,
  points: 2,
  km: 2,
  billion_vnd: 2,
};

/**
 * A figure rounded as the screen shows it: what files write, as numbers (1354.63, not
 * 1354.6296296296296). Null stays null: a missing figure is never 0.
 * @example roundAsShown(1463 / 1.08, 'billion_vnd') // 1354.63
 * @example roundAsShown(1.1 + 2.2, 'count')          // 3.3 (not 3.3000000000000003)
 */
export function roundAsShown(value: number, unit: IndicatorUnit): number;
export function roundAsShown(value: number | null, unit: IndicatorUnit): number | null;
export function roundAsShown(value: number | null, unit: IndicatorUnit): number | null {
  return value === null ? null : roundTo(value, SHOWN_DECIMALS[unit]);
}

/**
 * Formats a figure for display according to its indicator's unit.
 * @example formatIndicatorValue(1463, 'billion_vnd', 'vi') // '1.463 tỷ đồng'
 * @example formatIndicatorValue(0.8002, 'index', 'vi')     // '0,8002'
 * @example formatIndicatorValue(87.5, 'points', 'en')      // '87.5 points'
 */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, locale: Locale): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  // Rounded by the files' rule first, so the screen and a downloaded file agree to the last digit.
  const shown = roundAsShown(value, unit);
  const decimals = SHOWN_DECIMALS[unit];
  switch (unit) {
    case 'percent':
      // As published (98,15%): figures that tie in a ranking read the same.
      return formatPercent(shown, locale, decimals);
    case 'index':
      // Composite indexes such as DTI are published to 4 decimals; keep trailing zeros for alignment.
      return format(shown, locale, decimals, decimals);
    case 'rank':
    case 'count':
      return formatNumber(shown, locale, decimals);
    case 'points':
      return `${formatNumber(shown, locale, decimals)} ${locale === 'en' && shown === 1 ? 'point' : unitLabel(unit, locale)}`;
    case 'km':
    case 'billion_vnd':
      return `${formatNumber(shown, locale, decimals)} ${unitLabel(unit, locale)}`;
  }
}
