/**
 * The other direction of `parse-number.ts`: what the entry form shows beside a field as the
 * number it read ("= 500.000", "= 1.463 tỷ đồng", "= trên 90%", "= hạng 12/63"), and the text
 * a field is filled with from a stored figure. Both keep every decimal that was typed or
 * stored — a read-back that rounds would hide the very mistake it is there to show — and
 * the text for a field always reads back, through `parseNumber`, to the same figure.
 */
import { formatNumber, unitLabel } from '../format/format-number.ts';
import type { Locale } from '../i18n/locale.ts';
import { type Qualifier, withQualifier } from '../qualifier/qualifier.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';
import type { NumberReading } from './parse-number.ts';

/**
 * Intl (in Node 20) formats at most 20 fraction digits: every double of 0.001 or more fits, and
 * no figure is smaller and needs 17 significant digits.
 */
const MAX_DECIMALS = 20;

/** How many decimals the shortest exact text of `x` has (1e-7 has 7, 1e21 none). */
function decimalsOf(x: number): number {
  const [mantissa = '', exponent = '0'] = Math.abs(x).toString().split('e');
  const decimals = (mantissa.split('.')[1]?.length ?? 0) - Number(exponent);
  return Math.min(MAX_DECIMALS, Math.max(0, decimals));
}

/**
 * A number in the locale's way with all of its decimals, so that `parseNumber` reads it back
 * as the same number.
 * @example formatForEntry(500000, 'vi')  // '500.000'
 * @example formatForEntry(98.155, 'vi')  // '98,155' (formatNumber would give '98,16')
 */
export function formatForEntry(value: number, locale: Locale): string {
  return formatNumber(value, locale, decimalsOf(value));
}

/** The number with its unit, as the dashboard writes it, but with all its decimals. */
function withUnit(value: number, unit: IndicatorUnit, locale: Locale): string {
  const number = formatForEntry(value, locale);
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'points':
      return `${number} ${locale === 'en' && value === 1 ? 'point' : unitLabel(unit, locale)}`;
    case 'km':
    case 'billion_vnd':
      return `${number} ${unitLabel(unit, locale)}`;
    case 'count':
    case 'index':
    case 'rank':
      return number;
  }
}

function rankText(rank: number, rankedOf: number | null, locale: Locale): string {
  const r = formatForEntry(rank, locale);
  if (locale === 'vi')
    return rankedOf === null ? `hạng ${r}` : `hạng ${r}/${formatForEntry(rankedOf, locale)}`;
  return rankedOf === null ? `rank ${r}` : `rank ${r} of ${formatForEntry(rankedOf, locale)}`;
}

/**
 * What the form read, for the person who typed it, in their language and with the unit.
 * @example formatReading(parseNumber('500.000', 'vi'), 'billion_vnd', 'vi') // '500.000 tỷ đồng'
 * @example formatReading(parseNumber('trên 90%', 'vi'), 'percent', 'vi')   // 'trên 90%'
 * @example formatReading(parseNumber('12/63', 'vi', { unit: 'rank' }), 'rank', 'en') // 'rank 12 of 63'
 * @example formatReading(parseNumber('212/216', 'vi', { unit: 'percent' }), 'percent', 'vi') // '212/216 (98,15%)'
 */
export function formatReading(reading: NumberReading, unit: IndicatorUnit, locale: Locale): string {
  switch (reading.kind) {
    case 'rank':
      return rankText(reading.value, reading.rankedOf, locale);
    case 'fraction': {
      const parts = `${formatForEntry(reading.numerator, locale)}/${formatForEntry(reading.denominator, locale)}`;
      return `${parts} (${formatNumber(reading.value, locale)}%)`;
    }
    case 'number':
      if (unit === 'rank') return rankText(reading.value, null, locale);
      return withQualifier(withUnit(reading.value, unit, locale), reading.qualifier, locale);
  }
}

/** A stored figure as the form's value field shows it. */
export interface EntryFigure {
  value: number;
  qualifier?: Qualifier;
  rankedOf?: number | null;
}

/**
 * The text a value field is filled with for a stored figure: its qualifier word, all its
 * decimals, and for a rank its N. `parseNumber` reads it back as the same figure.
 * @example entryText({ value: 90, qualifier: 'above' }, 'percent', 'vi') // 'trên 90'
 * @example entryText({ value: 12, rankedOf: 63 }, 'rank', 'en')          // '12/63'
 */
export function entryText(figure: EntryFigure, unit: IndicatorUnit, locale: Locale): string {
  const value = formatForEntry(figure.value, locale);
  if (unit === 'rank') {
    return figure.rankedOf == null ? value : `${value}/${formatForEntry(figure.rankedOf, locale)}`;
  }
  return withQualifier(value, figure.qualifier ?? 'exact', locale);
}
