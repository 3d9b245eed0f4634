/**
 * Figures of the reporting screens as text: an entered or published figure as its report states
 * it ("trên 90%", "98,15% (212/216)", "12/34"), a plan with its comparator ("≥ 100%"), and the
 * change from the previous period in the unit's own terms (points for a percentage, places for
 * a rank, a relative change for amounts).
 */
import {
  formatIndicatorValue,
  formatNumber,
  formatSignedPercent,
  type IndicatorUnit,
  type Locale,
  type Qualifier,
  withQualifier,
} from '@cds/core';

export interface FigureFields {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier: string;
  rankedOf: number | null;
}

/**
 * @example figureText({ value: 98.148, numerator: 212, denominator: 216, qualifier: 'exact', rankedOf: null }, 'percent', 'vi')
 * // '98,15% (212/216)'
 */
export function figureText(figure: FigureFields, unit: IndicatorUnit, locale: Locale): string {
  const { value, numerator, denominator, rankedOf } = figure;
  if (value === null) return '—';
  if (unit === 'rank') {
    const rank = formatIndicatorValue(value, 'rank', locale);
    return rankedOf ? `${rank}/${formatNumber(rankedOf, locale)}` : rank;
  }
  const text = withQualifier(
    formatIndicatorValue(value, unit, locale),
    figure.qualifier as Qualifier,
    locale,
  );
  if (unit !== 'percent' || numerator === null || denominator === null) return text;
  return `${text} (${formatNumber(numerator, locale)}/${formatNumber(denominator, locale)})`;
}

const SYMBOL: Record<string, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '=': '' };

/** @example planText({ value: 100, comparator: '>=' }, 'percent', 'vi') // '≥ 100%' */
export function planText(plan: { value: number; comparator: string }, unit: IndicatorUnit, locale: Locale) {
  return `${SYMBOL[plan.comparator] ?? ''}${formatIndicatorValue(plan.value, unit, locale)}`;
}

export type Change =
  | { kind: 'points' | 'relative' | 'absolute'; text: string; sign: -1 | 0 | 1 }
  | { kind: 'places'; places: number; sign: -1 | 0 | 1 };

const MINUS = '\u2212';

/**
 * The change from `previous` to `value`: percentage points for a percentage or a score, places
 * for a rank (a smaller rank is better: `sign` 1 means it moved up), relative for an amount, and
 * the plain difference where the previous figure is zero.
 * @example changeOf(98.15, 96.4, 'percent', 'vi') // { kind: 'points', text: '+1,75', sign: 1 }
 * @example changeOf(6, 4, 'count', 'vi')         // { kind: 'relative', text: '+50%', sign: 1 }
 */
export function changeOf(value: number, previous: number, unit: IndicatorUnit, locale: Locale): Change {
  const diff = value - previous;
  const sign = (diff > 0 ? 1 : diff < 0 ? -1 : 0) as -1 | 0 | 1;
  const signed = (x: number, digits: number) =>
    `${x > 0 ? '+' : x < 0 ? MINUS : ''}${formatNumber(Math.abs(x), locale, digits)}`;
  switch (unit) {
    case 'rank':
      return { kind: 'places', places: Math.abs(diff), sign: (-sign || 0) as -1 | 0 | 1 };
    case 'percent':
    case 'points':
      return { kind: 'points', text: signed(diff, 2), sign };
    case 'index':
      return { kind: 'absolute', text: signed(diff, 4), sign };
    default:
      if (previous === 0) return { kind: 'absolute', text: signed(diff, 2), sign };
      return { kind: 'relative', text: formatSignedPercent(diff / Math.abs(previous), locale), sign };
  }
}
