/**
 * The words provinces use for each indicator of the catalogue ("TTHC", "DVC trực tuyến toàn
 * trình", "trạm BTS 4G", "Chỉ số DTI"), kept as data beside the catalogue
 * (`data/indicator-phrases.csv`: `indicator_key,phrase,implied_value,notes`) and compiled once
 * into a matcher over folded text.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **Folded, word by word.** A phrase matches whole words of the folded text (no diacritics, any
 *    case); punctuation and spaces between its words are free ("thôn, bản" matches "thôn bản"),
 *    but a phrase never runs across the end of a sentence.
 * 2. **One phrase, several indicators.** "Chỉ số DTI" names both the score and the rank: the
 *    number beside it decides which (by its unit, see `extract-figures.ts`).
 * 3. **A value said in words.** A phrase with an `implied_value` states a figure without a number:
 *    "không còn thôn, bản trắng sóng" is 100% of villages covered.
 */
import { parseCsvRecords } from '../files/csv-text.ts';
import { foldDiacritics } from '../text/fold-diacritics.ts';

export interface IndicatorPhrase {
  readonly indicatorKey: string;
  readonly phrase: string;
  /** Rule 3: the value the phrase states by itself, if any. */
  readonly impliedValue?: number;
}

/**
 * Reads `data/indicator-phrases.csv` (as text: the caller reads the file or its database table).
 * @example parseIndicatorPhrases('indicator_key,phrase,implied_value,notes\nbts_4g_added,trạm BTS 4G,,\n')
 * // [{ indicatorKey: 'bts_4g_added', phrase: 'trạm BTS 4G' }]
 */
export function parseIndicatorPhrases(csv: string): IndicatorPhrase[] {
  return parseCsvRecords(csv).map((row, i) => {
    const indicatorKey = (row.indicator_key ?? '').trim();
    const phrase = (row.phrase ?? '').normalize('NFC').trim();
    if (!indicatorKey || !phrase) throw new Error(`indicator phrases: row ${i + 2} needs a key and a phrase`);
    const implied = (row.implied_value ?? '').trim();
    if (implied === '') return { indicatorKey, phrase };
    const impliedValue = Number(implied);
    if (!Number.isFinite(impliedValue))
      throw new Error(`indicator phrases: row ${i + 2}: "${implied}" is not a number`);
    return { indicatorKey, phrase, impliedValue };
  });
}

/** Something found in folded text: [start, end) in the fold. */
export interface WordMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly item: T;
}

export type PhraseMatch = WordMatch<IndicatorPhrase>;

export interface WordMatcher<T> {
  /** Every occurrence in `folded`, in order of start (several may overlap). */
  find(folded: string): WordMatch<T>[];
}

const WORD = /[a-z0-9]+/g;
/** Rule 1: what ends a sentence between two words of a phrase. */
const SENTENCE_END = /[.;!?\n…]/;

/**
 * Compiles phrases once (rule 1): an index from each phrase's first word, so a text is read in
 * one pass over its words whatever the number of phrases. Also used for province names.
 */
export function compileWordMatcher<T>(items: readonly T[], textOf: (item: T) => string): WordMatcher<T> {
  const byFirstWord = new Map<string, { words: string[]; item: T }[]>();
  for (const item of items) {
    const words = foldDiacritics(textOf(item)).match(WORD) ?? [];
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push({ words, item });
    byFirstWord.set(first, list);
  }
  return {
    find(folded) {
      const starts: number[] = [];
      const ends: number[] = [];
      const tokens: string[] = [];
      for (const m of folded.matchAll(WORD)) {
        tokens.push(m[0]);
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
      const found: WordMatch<T>[] = [];
      for (let t = 0; t < tokens.length; t++) {
        const candidates = byFirstWord.get(tokens[t] as string);
        if (!candidates) continue;
        for (const { words, item } of candidates) {
          if (!matchesAt(words, t, tokens, starts, ends, folded)) continue;
          found.push({ start: starts[t] as number, end: ends[t + words.length - 1] as number, item });
        }
      }
      return found;
    },
  };
}

/** The indicator phrases' matcher. */
export function compilePhrases(phrases: readonly IndicatorPhrase[]): WordMatcher<IndicatorPhrase> {
  return compileWordMatcher(phrases, (p) => p.phrase);
}

function matchesAt(
  words: readonly string[],
  t: number,
  tokens: readonly string[],
  starts: readonly number[],
  ends: readonly number[],
  folded: string,
): boolean {
  if (t + words.length > tokens.length) return false;
  for (let w = 1; w < words.length; w++) {
    if (tokens[t + w] !== words[w]) return false;
    const gap = folded.slice(ends[t + w - 1], starts[t + w]);
    if (SENTENCE_END.test(gap)) return false;
  }
  return true;
}
