/**
 * One row of the period form as the person typed it (text, in the form's language) and as read
 * by the one number parser (@cds/core `parse-number.ts`): the text a row starts with, the
 * figure its fields make together, and the row as the API takes it.
 */
import {
  entryText,
  figureValue,
  formatForEntry,
  type IndicatorUnit,
  type Locale,
  type ParseNumberResult,
  parseNumber,
  type Qualifier,
} from '@cds/core';
import { type Basis, BLANK_ROW, type RowText } from '../../shared/drafts/draft-store.ts';
import type { FormRowView } from './reporting-queries.ts';

export type { Basis, RowText } from '../../shared/drafts/draft-store.ts';
export { BLANK_ROW } from '../../shared/drafts/draft-store.ts';

export const basisOf = (row: FormRowView): Basis | null =>
  row.revision ? { revisionId: row.revision.id, version: row.revision.version } : null;

/**
 * The text a row starts with: its open revision, else its published figure when that is real.
 * A demo figure is never filled in: sent back, it would become a real one.
 */
export function initialRowText(
  row: FormRowView,
  unit: IndicatorUnit,
  form: { sourceRef: string | null; sourceQuote: string | null },
  locale: Locale,
): RowText {
  const figure = row.revision ?? (row.published && !row.published.isDemo ? row.published : null);
  if (!figure) return BLANK_ROW;
  const number = (x: number | null) => (x === null ? '' : formatForEntry(x, locale));
  // A percentage given as parts is computed from them: its value field stays blank, unless the
  // value stated differs from the computed one (then it was typed, and is kept).
  const computed = figureValue({ ...figure, value: null }, unit);
  const hasParts = computed !== null && figure.value === computed;
  const qualifier = figure.qualifier as Qualifier;
  const own = (text: string | null | undefined, formText: string | null) =>
    row.revision && text && text !== formText ? text : '';
  return {
    value:
      figure.value === null || hasParts
        ? ''
        : entryText({ value: figure.value, qualifier, rankedOf: figure.rankedOf }, unit, locale),
    numerator: unit === 'percent' ? number(figure.numerator) : '',
    denominator: unit === 'percent' ? number(figure.denominator) : '',
    qualifier,
    note: row.revision?.note ?? '',
    sourceRef: own(row.revision?.sourceRef, form.sourceRef),
    sourceQuote: own(row.revision?.sourceQuote, form.sourceQuote),
  };
}

export const sameText = (a: RowText, b: RowText) =>
  (Object.keys(a) as (keyof RowText)[]).every((k) => a[k].trim() === b[k].trim());

export interface RowReading {
  value: ParseNumberResult;
  numerator: ParseNumberResult;
  denominator: ParseNumberResult;
  figure: {
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    qualifier: Qualifier;
    rankedOf: number | null;
  };
  /** The value the figure stands for: typed, or computed from a percentage's parts. */
  shownValue: number | null;
  /** Something is typed in one of the number fields. */
  hasText: boolean;
  /** A number field holds text the parser refused. */
  isUnread: boolean;
}

const BLANK = parseNumber('', 'vi');

/** The row's fields read in the form's language; a fraction typed as a percentage gives its parts. */
export function readRow(text: RowText, unit: IndicatorUnit, locale: Locale): RowReading {
  const isPercent = unit === 'percent';
  const value = parseNumber(text.value, locale, { unit });
  const numerator = isPercent ? parseNumber(text.numerator, locale, { bare: true }) : BLANK;
  const denominator = isPercent ? parseNumber(text.denominator, locale, { bare: true }) : BLANK;
  const qualifier = unit === 'rank' ? 'exact' : text.qualifier;
  const figure =
    value.kind === 'fraction'
      ? {
          value: null,
          numerator: value.numerator,
          denominator: value.denominator,
          qualifier,
          rankedOf: null,
        }
      : {
          value: value.ok ? value.value : null,
          numerator: numerator.ok ? numerator.value : null,
          denominator: denominator.ok ? denominator.value : null,
          qualifier,
          rankedOf: value.kind === 'rank' ? value.rankedOf : null,
        };
  const reads = [value, numerator, denominator];
  return {
    value,
    numerator,
    denominator,
    figure,
    shownValue: figureValue(figure, unit),
    hasText: reads.some((r) => r.kind !== 'empty'),
    isUnread: reads.some((r) => r.kind === 'refused'),
  };
}

/**
 * Rule 3 of `paste-cells.ts`, and what leaving a percentage's value field does: "212/216" becomes
 * numerator 212 and denominator 216, written the form's way. Null when the text is no fraction.
 * @example spreadFraction('1.212/1.216', 'vi') // { numerator: '1.212', denominator: '1.216' }
 */
export function spreadFraction(
  text: string,
  locale: Locale,
): { numerator: string; denominator: string } | null {
  const read = parseNumber(text, locale, { unit: 'percent' });
  if (read.kind !== 'fraction') return null;
  return {
    numerator: formatForEntry(read.numerator, locale),
    denominator: formatForEntry(read.denominator, locale),
  };
}

/**
 * The qualifier a typed word says ("trên 90" → above), to show in the row's select; null when
 * the text says none (the select keeps its choice).
 */
export function typedQualifier(text: string, unit: IndicatorUnit, locale: Locale): Qualifier | null {
  const read = parseNumber(text, locale, { unit });
  return read.ok && read.qualifier !== 'exact' ? read.qualifier : null;
}

/**
 * The value text with another qualifier chosen in the select: the word in the text follows the
 * select, so the two never disagree. Text that does not read is left as typed.
 * @example withChosenQualifier('trên 90', 'below', 'percent', 'vi') // 'dưới 90'
 */
export function withChosenQualifier(text: string, qualifier: Qualifier, unit: IndicatorUnit, locale: Locale) {
  const read = parseNumber(text, locale, { unit });
  if (read.kind !== 'number' || read.qualifier === 'exact') return text;
  return entryText({ value: read.value, qualifier }, unit, locale);
}

/**
 * Text typed in one language written the other's way, so that switching the page's language
 * never changes what a typed number means ("500.000" in Vietnamese is "500,000" in English).
 * Text that does not read is left as typed: its error shows in either language.
 */
export function retypeRow(text: RowText, unit: IndicatorUnit, from: Locale, to: Locale): RowText {
  if (from === to) return text;
  const retype = (typed: string, bare: boolean) => {
    const read = parseNumber(typed, from, bare ? { bare } : { unit });
    switch (read.kind) {
      case 'number':
        return entryText({ value: read.value, qualifier: read.qualifier }, unit, to);
      case 'rank':
        return entryText({ value: read.value, rankedOf: read.rankedOf }, 'rank', to);
      case 'fraction':
        return `${formatForEntry(read.numerator, to)}/${formatForEntry(read.denominator, to)}`;
      default:
        return typed;
    }
  };
  return {
    ...text,
    value: retype(text.value, false),
    numerator: retype(text.numerator, true),
    denominator: retype(text.denominator, true),
  };
}
