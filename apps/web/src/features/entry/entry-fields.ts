/**
 * The entry form's fields as text and as a figure: the text they start with (never demo
 * data), the figure their readings make together, and the value field's caption and hint.
 */
import {
  entryText,
  formatForEntry,
  type IndicatorUnit,
  type Locale,
  type ParseNumberResult,
  type RevisionCreate,
  unitLabel,
} from '@cds/core';
import type { Translate } from '../../i18n/use-i18n.ts';

export type FigureFields = Pick<
  RevisionCreate,
  'value' | 'numerator' | 'denominator' | 'qualifier' | 'rankedOf'
>;

/** The figure a card shows now; `qualifier` and `rankedOf` only where the API gives them. */
export type CurrentFigure = Pick<FigureFields, 'value' | 'numerator' | 'denominator'> &
  Partial<Pick<FigureFields, 'qualifier' | 'rankedOf'>> & { isDemo: boolean };

/** What the fields say together; a fraction typed as a percentage's value gives its parts. */
export function figureOf(
  value: ParseNumberResult,
  num: ParseNumberResult,
  den: ParseNumberResult,
): FigureFields {
  if (value.kind === 'fraction') {
    const { numerator, denominator } = value;
    return { value: null, numerator, denominator, qualifier: 'exact', rankedOf: null };
  }
  return {
    value: value.ok ? value.value : null,
    numerator: num.ok ? num.value : null,
    denominator: den.ok ? den.value : null,
    qualifier: value.ok ? value.qualifier : 'exact',
    rankedOf: value.kind === 'rank' ? value.rankedOf : null,
  };
}

/**
 * The fields' first text: the current figure written the form's way ("1.463,5", "trên 90",
 * "12/63"), or blanks when it is demo data — a demo figure sent back as real is the one thing
 * the dashboard must never do.
 */
export function initialText(current: CurrentFigure, unit: IndicatorUnit, locale: Locale) {
  const text = (x: number | null) => (x === null || current.isDemo ? '' : formatForEntry(x, locale));
  // A ratio entered as numerator/denominator computes its value: leave it empty to be computed.
  const hasParts = unit === 'percent' && current.numerator !== null && current.denominator !== null;
  const value =
    current.value === null || current.isDemo || hasParts
      ? ''
      : entryText(
          { value: current.value, qualifier: current.qualifier, rankedOf: current.rankedOf },
          unit,
          locale,
        );
  return { value, numerator: text(current.numerator), denominator: text(current.denominator) };
}

/** The value field's caption (with its unit) and an example of what it takes. */
export function valueFieldText(unit: IndicatorUnit, locale: Locale, t: Translate) {
  const word = unitLabel(unit, locale);
  const label = word ? `${t('value')} (${word})` : t('value');
  switch (unit) {
    case 'percent':
      return {
        label: `${t('value')} (%, ${t('computedIfEmpty')})`,
        placeholder: t('entry.percentPlaceholder'),
      };
    case 'rank':
      return { label: t('entry.rankValue'), placeholder: '12/63' };
    case 'index':
    case 'points':
      return { label, placeholder: undefined };
    case 'count':
    case 'km':
    case 'billion_vnd':
      return { label, placeholder: t('entry.placeholder') };
  }
}
