/**
 * Figures that reports state as bounds or approximations: "đạt trên 90%" (above 90: a lower
 * bound), "gần 100%" (about 100), "hơn 300.000 lượt" (above), "dưới 5%" (below: an upper bound).
 * The number is stored as stated, with its qualifier; this module is the one place that says
 * how such a figure is shown, combined, compared with its plan and ranked.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **Shown with its word**: "trên 90%", "khoảng 100%", "dưới 5%" (en: over, about, under).
 * 2. **Combined**: a sum, roll-up or restatement of parts is exact only when every part is;
 *    parts that are all lower bounds (or exact) give a lower bound, all upper bounds an upper
 *    bound; any other mix (or an approximation) gives "about".
 * 3. **Against the plan**: the verdict is computed on the stated number, and it is *certain*
 *    only when the true figure, wherever it lies within the bound, would get the same verdict.
 *    "Trên 90%" against a plan of 85% is achieved for certain; "trên 90%" against 95% is
 *    "behind or better" — shown as an uncertain verdict, never as a plain "behind". An "about"
 *    figure's verdict is never certain. Why: a bound proves one side and says nothing of the
 *    other, so the honest answer names which side it proves.
 * 4. **Ranked** on the stated number (the best the report gives), and the rank of a qualified
 *    figure — or of one tied with or next to nothing but its own bound — is marked approximate
 *    ("≈ hạng 5"). Why not leave it out: a province that reports "trên 90%" did report, and
 *    dropping it would move every province below it up a place.
 */
import type { Locale } from '../i18n/locale.ts';

export const QUALIFIERS = ['exact', 'above', 'about', 'below'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const WORDS: Record<Locale, Record<Exclude<Qualifier, 'exact'>, string>> = {
  vi: { above: 'trên', about: 'khoảng', below: 'dưới' },
  en: { above: 'over', about: 'about', below: 'under' },
};

/**
 * Rule 1: the word put before a qualified number; empty for an exact one.
 * @example qualifierWord('above', 'vi') // 'trên'
 */
export function qualifierWord(qualifier: Qualifier, locale: Locale): string {
  return qualifier === 'exact' ? '' : WORDS[locale][qualifier];
}

/** Rule 1: a formatted number with its qualifier word: `withQualifier('90%', 'above', 'vi')` → "trên 90%". */
export function withQualifier(formatted: string, qualifier: Qualifier, locale: Locale): string {
  const word = qualifierWord(qualifier, locale);
  return word ? `${word} ${formatted}` : formatted;
}

/**
 * Rule 2: the qualifier of a figure computed from parts.
 * @example combineQualifiers(['exact', 'above']) // 'above'
 * @example combineQualifiers(['above', 'below']) // 'about'
 */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  const inexact = new Set(qualifiers.filter((q) => q !== 'exact'));
  if (inexact.size === 0) return 'exact';
  if (inexact.size === 1) return [...inexact][0] as Qualifier;
  return 'about';
}

/**
 * Rule 3: whether the true figure can only be better (or only worse) than the stated one, read
 * in the indicator's direction. `better` for a lower bound of a higher-is-better indicator.
 */
export function boundSide(
  qualifier: Qualifier,
  direction: 'higher' | 'lower',
): 'exact' | 'better' | 'worse' | 'unknown' {
  if (qualifier === 'exact') return 'exact';
  if (qualifier === 'about') return 'unknown';
  const isLowerBound = qualifier === 'above';
  return isLowerBound === (direction === 'higher') ? 'better' : 'worse';
}

/** The word an exact figure is written with where a word is needed (an import's qualifier column). */
export const EXACT_WORD: Record<Locale, string> = { vi: 'chính xác', en: 'exact' };

const FROM_WORD = new Map<string, Qualifier>([
  ...QUALIFIERS.map((q) => [q, q] as const),
  ...(['vi', 'en'] as const).flatMap((locale) => [
    [EXACT_WORD[locale], 'exact'] as const,
    ...Object.entries(WORDS[locale]).map(([q, word]) => [word, q as Qualifier] as const),
  ]),
]);

/**
 * Rule 1 read back: the qualifier a word names, in either language (the internal name too);
 * a blank is exact, an unknown word null.
 * @example qualifierFromWord('Khoảng') // 'about'
 * @example qualifierFromWord('under') // 'below'
 * @example qualifierFromWord('') // 'exact'
 */
export function qualifierFromWord(word: string): Qualifier | null {
  const key = word.normalize('NFC').trim().toLowerCase();
  if (key === '') return 'exact';
  return FROM_WORD.get(key) ?? null;
}

/** Every word `qualifierFromWord` reads in one language, exact first: "chính xác, trên, khoảng, dưới". */
export function qualifierWords(locale: Locale): string {
  return [EXACT_WORD[locale], ...Object.values(WORDS[locale])].join(', ');
}
