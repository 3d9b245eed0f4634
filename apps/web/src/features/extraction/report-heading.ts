/**
 * What a pasted or uploaded report is called and when it was written, guessed from its text so
 * that staff only check them: every figure taken from the report keeps them as its source
 * ("title, date"). The guesses:
 * 1. **Title**: the first line that reads like a heading (8–200 characters, letters, not a
 *    website's menu or icon text such as "icon facebook"); else the file name without extension.
 * 2. **Date**: the first date written as "ngày 10/01/2024", "Ngày 10-01-2024" or a page's dateline
 *    "Thứ Ba, 20/07/2021" — ISO (2024-01-10); none when the text gives no such date.
 */

const NOT_A_TITLE = /^(icon|menu|trang chủ|liên hệ|chia sẻ|share|facebook|zalo)\b/i;

export function guessTitle(text: string, fileName?: string): string {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length < 8 || line.length > 200 || NOT_A_TITLE.test(line)) continue;
    if (!/\p{L}{3}/u.test(line) || /icon\s*\p{L}/iu.test(line)) continue;
    return line;
  }
  return fileName?.replace(/\.[^.]+$/, '') ?? '';
}

export function guessDate(text: string): string | null {
  const match =
    /(?:ngày|thứ\s+\p{L}+,?)\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu.exec(text) ??
    /\b(\d{1,2})\/(\d{1,2})\/(20\d{2})\b/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
