/**
 * Vietnamese-aware search folding: "Bac Kan", "bắc kạn" and "BẮC KẠN" all match
 * "Bắc Kạn". Removes tone and vowel marks, maps đ to d and lowercases.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of `query` starts a word of `text`, both folded. */
export function matchesSearch(text: string, query: string): boolean {
  const words = foldDiacritics(text).split(/[\s\-–,.()]+/);
  return foldDiacritics(query)
    .split(' ')
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q)));
}
