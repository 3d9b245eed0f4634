/**
 * Text folded for matching (as {@link foldDiacritics} folds it: no tones or vowel marks, đ → d,
 * lower case, runs of white space as one space — a line break if the run holds one) that still knows where each folded character came
 * from, so a match found in the folded text can quote the original. Why not fold and search the
 * original: "Sơn La", "Son La" and "SƠN LA" are one name, and a report in either Unicode form or
 * typed without diacritics must read the same — but what is shown to a person is what they wrote.
 */

export interface FoldedText {
  /** The folded text. */
  readonly folded: string;
  /** Index in the original of the character that produced each folded character. */
  readonly starts: Int32Array;
  /** Index just past that character in the original. */
  readonly ends: Int32Array;
}

const MARKS = /\p{M}/gu;
const SPACE = /\s/u;

const foldedCache = new Map<string, string>();

function foldChar(char: string): string {
  // Plain ASCII needs no decomposition; other characters are few and repeat, so each is folded once.
  if (char.length === 1 && char.charCodeAt(0) < 128) return char.toLowerCase();
  const known = foldedCache.get(char);
  if (known !== undefined) return known;
  const folded = foldUncached(char);
  if (foldedCache.size < 4096) foldedCache.set(char, folded);
  return folded;
}

function foldUncached(char: string): string {
  return char.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Folds `text` once, keeping the offsets back to it.
 * @example foldWithOffsets('Sơn  La').folded // 'son la'
 */
export function foldWithOffsets(text: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let wasSpace = false;
  let i = 0;
  for (const char of text) {
    const end = i + char.length;
    if (SPACE.test(char)) {
      if (wasSpace) {
        // Widen the one space already written over the whole run; a line break in it is kept,
        // since it ends a sentence (a heading, a list item).
        ends[ends.length - 1] = end;
        if (char === '\n') out[out.length - 1] = '\n';
      } else {
        out.push(char === '\n' ? '\n' : ' ');
        starts.push(i);
        ends.push(end);
      }
      wasSpace = true;
    } else {
      const folded = foldChar(char);
      for (const f of folded) {
        out.push(f);
        starts.push(i);
        ends.push(end);
      }
      // A combining mark on its own (text in NFD) folds to nothing: it belongs to the character before.
      if (folded === '' && ends.length > 0) ends[ends.length - 1] = end;
      wasSpace = false;
    }
    i = end;
  }
  return { folded: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The original span of the folded span [start, end): where a match found in the fold is quoted from. */
export function originalSpan(text: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < text.starts.length ? (text.starts[start] ?? 0) : (text.ends.at(-1) ?? 0);
    return { start: at, end: at };
  }
  return { start: text.starts[start] ?? 0, end: text.ends[end - 1] ?? 0 };
}
