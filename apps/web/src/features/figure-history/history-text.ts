/**
 * A figure of the history as text, the way the card writes it: the value in the indicator's unit
 * with its qualifier ("trên 90%"), a rank with its N ("12/63"), and a percentage's parts.
 */
import {
  formatIndicatorValue,
  formatNumber,
  type IndicatorUnit,
  type Locale,
  type Qualifier,
  withQualifier,
} from '@cds/core';

export interface HistoryFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier?: string | null;
  rankedOf?: number | null;
}

const QUALIFIERS = new Set(['exact', 'above', 'about', 'below']);

/**
 * @example figureText({ value: 98.148, numerator: 212, denominator: 216 }, 'percent', 'vi') // '98,15% (212/216)'
 * @example figureText({ value: 12, numerator: null, denominator: null, rankedOf: 63 }, 'rank', 'en') // '12/63'
 */
export function figureText(figure: HistoryFigure, unit: IndicatorUnit, locale: Locale): string {
  if (figure.value === null) return '—';
  if (unit === 'rank')
    return `${formatNumber(figure.value, locale)}${figure.rankedOf ? `/${formatNumber(figure.rankedOf, locale)}` : ''}`;
  const qualifier = (QUALIFIERS.has(figure.qualifier ?? '') ? figure.qualifier : 'exact') as Qualifier;
  const text = withQualifier(formatIndicatorValue(figure.value, unit, locale), qualifier, locale);
  const hasParts = figure.numerator !== null && figure.denominator !== null;
  return hasParts
    ? `${text} (${formatNumber(figure.numerator as number, locale)}/${formatNumber(figure.denominator as number, locale)})`
    : text;
}
