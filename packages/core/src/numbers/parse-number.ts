/**
 * Reads a number the way people type it into the entry form, in the form's language, and
 * refuses what it cannot read for certain: a figure stored wrong by a factor of a thousand
 * ("500.000" kept as 500) is worse than a question to the person typing it.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **Separators by language.** Vietnamese: `.` groups thousands, `,` is the decimal mark
 *    ("1.463" = 1463, "98,15" = 98.15, "1.463,5"). English: `,` groups, `.` is the decimal point
 *    ("1,463", "98.15", "1,463.5"). In both, a space (also non-breaking, narrow or thin) groups
 *    thousands ("500 000"). A number uses one kind of group separator; groups after the first
 *    have exactly 3 digits, the first 1–3 and no leading zero; decimals are not grouped.
 * 2. **Refused, not guessed.** A group mark followed by something other than a 3-digit group
 *    ("1.46", "98.15", "0.500" in Vietnamese; "1,46" in English) is a decimal written the other
 *    language's way: refused, naming the convention and the decimal as it should be written.
 *    A decimal mark before a group mark ("1,463.5" in Vietnamese) is refused as out of order;
 *    anything else that is not a number ("1.2.3,4,5", "1e3", "12,") is refused as unreadable.
 *    The convention is applied as written: "1,463" in Vietnamese is 1.463, a decimal, because
 *    that is what it means there (a count refuses it by rule 5, and the form reads it back).
 * 3. **Words before the number** say what kind of figure it is: "trên", "hơn", "ít nhất", "over",
 *    "more than", "above", "at least", ">", "≥" → `above`; "khoảng", "gần", "xấp xỉ", "about",
 *    "around", "nearly", "approximately", "~", "≈" → `about`; "dưới", "chưa đến", "không quá",
 *    "under", "below", "less than", "<", "≤" → `below`. Both languages' words are read in either
 *    form (they cannot be confused); case and Unicode composition (NFC) do not matter.
 * 4. **`%` and `/`.** A trailing `%` is accepted ("98,15%", "98,15 %") except where the unit is
 *    known not to be a percentage. "a/b" is a rank of N in a rank field ("12/63": rank 12 of 63)
 *    and a fraction in a percentage field ("212/216": 98.148…%); elsewhere it is refused.
 *    Neither takes a qualifier or a `%`.
 * 5. **Whole numbers.** For a count or a rank, any decimal mark is refused, even "500,000" (which
 *    Vietnamese reads as 500 and English as five hundred thousand).
 * 6. **Blank is not an error.** Empty or white-space text reads as `empty`: the field is blank.
 */
import type { Bilingual, Locale } from '../i18n/locale.ts';
import type { Qualifier } from '../qualifier/qualifier.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';
import { NUMBER_MESSAGES as M } from './number-messages.ts';

/** A number read from text, with what the text said around it. */
export type NumberReading =
  | { ok: true; kind: 'number'; value: number; qualifier: Qualifier; hasPercent: boolean }
  | {
      ok: true;
      kind: 'fraction';
      /** 100·numerator/denominator: a fraction is only read in a percentage field. */
      value: number;
      numerator: number;
      denominator: number;
      qualifier: 'exact';
      hasPercent: false;
    }
  | { ok: true; kind: 'rank'; value: number; rankedOf: number; qualifier: 'exact'; hasPercent: false };

/** Rule 6: nothing was typed. */
export interface BlankNumber {
  ok: false;
  kind: 'empty';
}

export type NumberRefusalCode =
  | 'not_a_number'
  | 'ambiguous_separator'
  | 'separators_out_of_order'
  | 'not_integer'
  | 'slash_not_allowed'
  | 'percent_not_allowed'
  | 'qualifier_not_allowed'
  | 'zero_denominator';

export interface NumberRefusal {
  ok: false;
  kind: 'refused';
  code: NumberRefusalCode;
  /** Quotes what was typed. */
  message: Bilingual;
}

export type ParseNumberResult = NumberReading | BlankNumber | NumberRefusal;

export interface ParseNumberOptions {
  /** The indicator's unit: says what "a/b" means (rule 4), whether `%` fits, and which need whole numbers (rule 5). */
  unit?: IndicatorUnit;
  /** A single exact number only, with no qualifier, `/` or `%` (numerator and denominator fields). */
  bare?: boolean;
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Rule 3, longest first so that "ít nhất" is not read as something shorter. Exported for the
 * report-text extractor, which reads the same words (folded) before a number in prose.
 */
export const NUMBER_QUALIFIER_WORDS: readonly (readonly [string, Exclude<Qualifier, 'exact'>])[] = (
  [
    ['trên', 'above'],
    ['hơn', 'above'],
    ['ít nhất', 'above'],
    ['over', 'above'],
    ['more than', 'above'],
    ['above', 'above'],
    ['at least', 'above'],
    ['>', 'above'],
    ['≥', 'above'],
    ['khoảng', 'about'],
    ['gần', 'about'],
    ['xấp xỉ', 'about'],
    ['about', 'about'],
    ['around', 'about'],
    ['nearly', 'about'],
    ['approximately', 'about'],
    ['~', 'about'],
    ['≈', 'about'],
    ['dưới', 'below'],
    ['chưa đến', 'below'],
    ['không quá', 'below'],
    ['under', 'below'],
    ['below', 'below'],
    ['less than', 'below'],
    ['<', 'below'],
    ['≤', 'below'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

const EMPTY: BlankNumber = { ok: false, kind: 'empty' };

const refuse = (code: NumberRefusalCode, message: Bilingual): NumberRefusal => ({
  ok: false,
  kind: 'refused',
  code,
  message,
});

function readQualifier(lower: string): { qualifier: Qualifier; rest: string } {
  for (const [word, qualifier] of NUMBER_QUALIFIER_WORDS) {
    if (!lower.startsWith(word)) continue;
    // A word must end where the number (or a space) begins: "overall" is not "over all".
    const next = lower.charAt(word.length);
    if (/\p{L}$/u.test(word) && next !== ' ' && !/[\d\-−]/u.test(next)) continue;
    return { qualifier, rest: lower.slice(word.length).trimStart() };
  }
  return { qualifier: 'exact', rest: lower };
}

type Plain =
  | { ok: true; value: number; hasDecimalMark: boolean }
  | { ok: false; code: 'not_a_number' | 'ambiguous_separator' | 'separators_out_of_order' };

/** Rule 1: the digits of a whole part written with group separators, or null if it is not one. */
function wholeDigits(whole: string, group: string): string | null {
  if (/^\d+$/.test(whole)) return whole;
  const marks = new Set(whole.replace(/\d/g, ''));
  const [mark] = marks;
  if (marks.size !== 1 || (mark !== group && mark !== ' ')) return null;
  const [first = '', ...rest] = whole.split(mark);
  if (!/^[1-9]\d{0,2}$/.test(first) || !rest.every((g) => /^\d{3}$/.test(g))) return null;
  return [first, ...rest].join('');
}

/** Rules 1 and 2 for one number: an optional minus sign, digits and separators only. */
function readPlain(text: string, locale: Locale): Plain {
  const { group, decimal } = SEPARATORS[locale];
  const isNegative = /^[-−]/u.test(text);
  const body = isNegative ? text.slice(1) : text;
  if (!/^\d[\d., ]*$/.test(body)) return { ok: false, code: 'not_a_number' };
  const [whole = '', fraction, ...more] = body.split(decimal);
  if (more.length > 0) return { ok: false, code: 'not_a_number' };
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    return { ok: false, code: fraction.includes(group) ? 'separators_out_of_order' : 'not_a_number' };
  }
  const digits = wholeDigits(whole, group);
  if (digits === null) {
    // One group mark that does not start a proper group: a decimal in the other language's way.
    const halves = whole.split(group);
    const looksDecimal =
      fraction === undefined && halves.length === 2 && halves.every((h) => /^\d+$/.test(h));
    return { ok: false, code: looksDecimal ? 'ambiguous_separator' : 'not_a_number' };
  }
  const value = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
  // `value || 0` keeps "-0" from becoming −0.
  return { ok: true, value: isNegative ? -value || 0 : value, hasDecimalMark: fraction !== undefined };
}

function plainRefusal(
  code: Exclude<Plain, { ok: true }>['code'],
  typed: string,
  number: string,
  locale: Locale,
) {
  switch (code) {
    case 'ambiguous_separator': {
      const swapped = number.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
      return refuse(code, M.ambiguousSeparator(typed, locale, swapped));
    }
    case 'separators_out_of_order':
      return refuse(code, M.separatorsOutOfOrder(typed, locale));
    case 'not_a_number':
      return refuse(code, M.notANumber(typed));
  }
}

function readSlash(typed: string, rest: string, locale: Locale, unit: 'rank' | 'percent'): ParseNumberResult {
  const parts = rest.split('/').map((p) => p.trim());
  const [top = '', bottom = ''] = parts;
  if (parts.length !== 2) return refuse('not_a_number', M.notANumber(typed));
  const a = readPlain(top, locale);
  if (!a.ok) return plainRefusal(a.code, typed, top, locale);
  const b = readPlain(bottom, locale);
  if (!b.ok) return plainRefusal(b.code, typed, bottom, locale);
  if (unit === 'rank') {
    if (a.hasDecimalMark || b.hasDecimalMark)
      return refuse('not_integer', M.notInteger('rank', typed, locale));
    return {
      ok: true,
      kind: 'rank',
      value: a.value,
      rankedOf: b.value,
      qualifier: 'exact',
      hasPercent: false,
    };
  }
  if (b.value === 0) return refuse('zero_denominator', M.zeroDenominator(typed));
  // Divide first only when scaling first would overflow (as `figureValue` does).
  const scaled = 100 * a.value;
  const value = Number.isFinite(scaled) ? scaled / b.value : 100 * (a.value / b.value);
  return {
    ok: true,
    kind: 'fraction',
    value,
    numerator: a.value,
    denominator: b.value,
    qualifier: 'exact',
    hasPercent: false,
  };
}

/**
 * Reads `typed` as a number in the form's language; see the module header for the rules.
 * @example parseNumber('500.000', 'vi')                // { ok: true, kind: 'number', value: 500000, … }
 * @example parseNumber('trên 90%', 'vi')               // { …, value: 90, qualifier: 'above', hasPercent: true }
 * @example parseNumber('12/63', 'vi', { unit: 'rank' }) // { ok: true, kind: 'rank', value: 12, rankedOf: 63, … }
 * @example parseNumber('1.46', 'vi').ok                // false: code 'ambiguous_separator'
 */
export function parseNumber(
  typed: string,
  locale: Locale,
  options: ParseNumberOptions = {},
): ParseNumberResult {
  const text = typed.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text === '') return EMPTY;
  const { unit, bare = false } = options;
  const { qualifier, rest: afterWord } = readQualifier(text.toLowerCase());
  const hasPercent = afterWord.endsWith('%');
  const rest = hasPercent ? afterWord.slice(0, -1).trimEnd() : afterWord;

  if (rest.includes('/')) {
    if (bare || (unit !== 'rank' && unit !== 'percent'))
      return refuse('slash_not_allowed', M.slashNotAllowed(text));
    if (qualifier !== 'exact') return refuse('qualifier_not_allowed', M.qualifierNotAllowed(text));
    if (hasPercent) return refuse('not_a_number', M.notANumber(text));
    return readSlash(text, rest, locale, unit);
  }
  if (qualifier !== 'exact' && (bare || unit === 'rank'))
    return refuse('qualifier_not_allowed', M.qualifierNotAllowed(text));
  if (hasPercent && (bare || (unit !== undefined && unit !== 'percent')))
    return refuse('percent_not_allowed', M.percentNotAllowed(text));

  const read = readPlain(rest, locale);
  if (!read.ok) return plainRefusal(read.code, text, rest, locale);
  if ((unit === 'count' || unit === 'rank') && read.hasDecimalMark)
    return refuse('not_integer', M.notInteger(unit, text, locale));
  return { ok: true, kind: 'number', value: read.value, qualifier, hasPercent };
}
