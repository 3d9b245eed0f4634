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

/** Words a place's name may carry or not: "tỉnh Sơn La", "Thành phố Hà Nội", "TP Huế". */
const PLACE_PREFIX = /^(tinh|thanh pho|tp\.?|province of|city of)\s+/;
const placeName = (text: string) =>
  foldDiacritics(text)
    .replace(PLACE_PREFIX, '')
    .replace(/\s*\(cu\)$/, '');

/**
 * How well a name answers a search, lower is better; null when it does not: 0 the whole name
 * ("son la" for Sơn La), 1 the name's start ("son" for Sơn La), 2 a later word's start in order
 * ("bien" for Điện Biên), 3 every word of the search starting some word of the name, in any order
 * ("son la" for Lạng Sơn). Diacritics, case and "tỉnh"/"thành phố" do not count.
 * @example searchScore('Sơn La', 'son la') // 0
 * @example searchScore('Lạng Sơn', 'son la') // 3
 */
export function searchScore(text: string, query: string): number | null {
  const name = placeName(text);
  const q = placeName(query);
  if (!q) return 3;
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`)) return 2;
  return matchesSearch(text, query) ? 3 : null;
}
