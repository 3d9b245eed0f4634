/**
 * Pairs a number with the indicator the words beside it name.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **Same sentence, fitting unit**: only phrases of indicators whose unit fits the number's kind
 *    (a percentage for "98,5%" or "212/216", a rank for "xếp thứ 5", km, tỷ đồng; a plain number
 *    for a count, points or an index), within the catalogue's plausible maximum, and whole for a
 *    count or rank.
 * 2. **The counted noun follows**: Vietnamese puts the number before what it counts ("07 trạm BTS
 *    4G", "100% xã có hạ tầng băng rộng cáp quang"), so a phrase right after the number (up to 20
 *    characters away) is preferred; one before it ("Doanh thu lĩnh vực viễn thông đạt 1.463 tỷ
 *    đồng") is taken within 45 characters — for a count only when linked by "đạt", "là", "có",
 *    "gồm", "với", "được" or ":", so that "Kế hoạch 125" is no count of plans; for a rank within
 *    the sentence ("Chỉ số DTI năm 2023 … xếp thứ 32/63").
 *    A phrase after the number never reaches past another number.
 * 3. **Nearest wins**, each comma between costing 25 characters (5 for a rank); ties go to the
 *    longer phrase. A count never reaches back over a comma.
 */
import type { IndicatorUnit } from '../validation/validate-figure.ts';
import type { NumberKind } from './find-numbers.ts';
import type { PhraseMatch } from './indicator-phrases.ts';

export interface PairingIndicator {
  readonly key: string;
  readonly unit: IndicatorUnit;
  readonly max?: number | null;
}

const UNITS_OF: Record<NumberKind, readonly IndicatorUnit[]> = {
  percent: ['percent'],
  rank: ['rank'],
  km: ['km'],
  billion_vnd: ['billion_vnd'],
  plain: ['count', 'points', 'index'],
};
const LINK = /(?:^|[^a-z])(?:dat|la|co|gom|voi|duoc|len|den|chiem)(?:[^a-z]|$)|:/;

export interface Pairing {
  readonly indicator: PairingIndicator;
  readonly match: PhraseMatch;
}

/** Rules 1–3: the indicator paired with the number at [start, end) of the folded text, if any. */
export function pairWithPhrase(
  number: { start: number; end: number; kind: NumberKind; value: number },
  sentence: { start: number; end: number },
  matches: readonly PhraseMatch[],
  catalogue: ReadonlyMap<string, PairingIndicator>,
  folded: string,
): Pairing | null {
  const units = UNITS_OF[number.kind];
  const reach = number.kind === 'rank' ? 150 : 45;
  let best: { cost: number; length: number; pairing: Pairing } | null = null;
  for (
    let i = lowerBound(matches, Math.max(sentence.start, number.start - reach - 120));
    i < matches.length;
    i++
  ) {
    const match = matches[i] as PhraseMatch;
    if (match.start > number.end + 20 || match.start >= sentence.end) break;
    if (match.end > sentence.end || match.start < sentence.start) continue;
    const indicator = catalogue.get(match.item.indicatorKey);
    if (!indicator || !units.includes(indicator.unit) || match.item.impliedValue !== undefined) continue;
    if (indicator.max != null && number.value > indicator.max) continue;
    const isWhole = indicator.unit === 'count' || indicator.unit === 'rank';
    if (isWhole && !Number.isInteger(number.value)) continue;
    const isAfter = match.start >= number.end;
    const isBefore = match.end <= number.start;
    if (!isAfter && !isBefore) continue;
    const gap = isAfter ? folded.slice(number.end, match.start) : folded.slice(match.end, number.start);
    const commas = (gap.match(/,/g) ?? []).length;
    // Another number between: the phrase is that number's ("150 đại biểu tại 9 điểm cầu").
    if (isAfter && (gap.length > 20 || /\d/.test(gap))) continue;
    if (isBefore) {
      if (gap.length > reach) continue;
      if (indicator.unit === 'count' && (commas > 0 || gap.length > 25 || !LINK.test(gap))) continue;
    }
    const cost = gap.length + commas * (number.kind === 'rank' ? 5 : 25) + (isBefore ? 3 : 0);
    const length = match.end - match.start;
    if (!best || cost < best.cost || (cost === best.cost && length > best.length)) {
      best = { cost, length, pairing: { indicator, match } };
    }
  }
  return best?.pairing ?? null;
}

/** The first match starting at or after `position` (matches are sorted by start). */
function lowerBound(matches: readonly PhraseMatch[], position: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((matches[mid] as PhraseMatch).start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
