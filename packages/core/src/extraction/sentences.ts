/**
 * Where each sentence of a folded text begins and ends: a figure and the words naming it are
 * only paired within one sentence. A sentence ends at a line break, ";", "!", "?", "…" or a "."
 * that is not inside a number ("1.463").
 */
export interface Sentences {
  /** [start, end) of the sentence holding folded index `i`. */
  at(i: number): { start: number; end: number };
}

export function splitSentences(folded: string): Sentences {
  const startOf = new Int32Array(folded.length + 1);
  const ends: number[] = [];
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    startOf[i] = start;
    const c = folded.charCodeAt(i);
    const isEnd =
      c === 10 ||
      c === 59 ||
      c === 33 ||
      c === 63 ||
      c === 0x2026 ||
      (c === 46 && !(isDigit(folded.charCodeAt(i - 1)) && isDigit(folded.charCodeAt(i + 1))));
    if (isEnd) {
      ends[start] = i + 1;
      start = i + 1;
    }
  }
  startOf[folded.length] = start;
  ends[start] = folded.length;
  return {
    at(i) {
      const s = startOf[Math.min(Math.max(i, 0), folded.length)] ?? 0;
      return { start: s, end: ends[s] ?? folded.length };
    },
  };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
