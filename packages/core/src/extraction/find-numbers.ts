/**
 * The numbers of a report that could be figures, read from folded text with
 * {@link parseNumber} (the one number reader), each with its qualifier and what kind of quantity
 * it is — and everything that only looks like a figure left out.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **Never a figure**: dates ("ngày 10/01/2024", "20/07/2021", "Sáng 20-7"), times ("14:01"),
 *    document numbers ("số 749/QĐ-TTg", "3049/BC-STTTT", "202/2025/QH15", "Kế hoạch 125"), phone
 *    numbers, bare years ("2021", "2021 - 2025"), months and quarters ("tháng 3/2023"), ordinals
 *    ("lần thứ XIV", "mức độ 3, 4", "khóa XV") and numbers glued to letters ("4G", "Covid-19").
 * 2. **Kinds**: "98,5%" and "212/216" (a fraction: 100·212/216, numerator and denominator kept)
 *    are percentages; "68 km" kilometres; "1.463 tỷ đồng" billions of đồng; "đứng thứ 32/63",
 *    "xếp thứ 5" ranks; any other number is plain (a count, points or an index). Other money
 *    ("triệu đồng", "USD") is out of the catalogue.
 * 3. **Qualifiers**: the words of parse-number's rule 3, folded so a report without diacritics
 *    reads alike, plus "ước"/"ước đạt"/"ước tính" (about) — except **"gần" → `below`**: "gần 100%"
 *    says 100% was not reached (the entry form reads "gần" as about; a report's "gần" is a bound).
 * 4. **Said twice, read once**: "09/09 nhiệm vụ (đạt 100%)" and "100% (15/15)" are one figure
 *    with its numerator and denominator.
 * 5. **Not the figure itself**: "tăng 9 bậc" is a move in rank; "tăng 300.000 lượt so với năm
 *    2018" a change; "vượt 8% so với kế hoạch" a claim against the plan; any other percentage
 *    "so với" something, or a bare "tăng/giảm N", is a comparison. These are returned apart.
 */
import { NUMBER_QUALIFIER_WORDS, parseNumber } from '../numbers/parse-number.ts';
import type { Qualifier } from '../qualifier/qualifier.ts';
import { foldDiacritics } from '../text/fold-diacritics.ts';

export type NumberKind = 'percent' | 'rank' | 'km' | 'billion_vnd' | 'plain';

export interface NumberMention {
  /** [start, end) in the folded text, qualifier and unit words included. */
  readonly start: number;
  readonly end: number;
  readonly kind: NumberKind;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly rankedOf?: number;
}

/** Rule 5: "tăng 9 bậc" (steps > 0: the rank improved) or "tăng 300.000 lượt so với năm 2018". */
export interface ChangeMention {
  readonly start: number;
  readonly end: number;
  readonly kind: 'rank_move' | 'change';
  /** Signed: up (tăng) is positive. */
  readonly amount: number;
  readonly numberKind: NumberKind;
  /** The year compared with, when the text names it. */
  readonly comparedYear?: number;
  /** "so với cùng kỳ": the same period a year earlier. */
  readonly isSameTimeLastYear?: boolean;
}

/** Rule 5: "vượt 8% so với kế hoạch": the figure is 8% above its plan. */
export interface PlanClaimMention {
  readonly start: number;
  readonly end: number;
  readonly aboveBy: number;
}

export interface NumbersFound {
  readonly figures: NumberMention[];
  readonly changes: ChangeMention[];
  readonly claims: PlanClaimMention[];
  /** Rule 1: numbers read as dates, document numbers, phones or years (for the scorer). */
  readonly distractors: { start: number; end: number }[];
}

/** Rule 3. Longest first. */
const QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ...NUMBER_QUALIFIER_WORDS.filter(([word]) => /\p{L}/u.test(word)).map(
    ([word, q]) => [foldDiacritics(word), foldDiacritics(word) === 'gan' ? 'below' : q] as const,
  ),
  ['uoc dat', 'about'] as const,
  ['uoc tinh', 'about'] as const,
  ['uoc', 'about'] as const,
  ['dat gan', 'below'] as const,
].toSorted((a, b) => b[0].length - a[0].length);

const TOKEN = /(?<![a-z0-9_])\d+(?:[.,]\d+)*/g;
const PHONE = /(?<![\d.,])(?:\+84|0)\d{2,3}[ .-]?\d{3,4}[ .-]?\d{3,4}(?![\d])/g;
const NOT_A_FIGURE_BEFORE =
  /(?:(?<![a-z])(?:so|ngay|thang|quy|nam|lan thu|thu|khoa|ky|muc do|giai doan|dieu|khoan|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|cong van|ke hoach|bao cao|to trinh|phien ban|top|hotline|dien thoai|dt|tel|fax|luot xem|online|hom nay|trong tuan|tat ca|sang|chieu|toi|luc)\s?:?\s?)$|[\d][ ]?[-–][ ]?$|\d:$|[a-z]-$/;
const RANK_BEFORE = /(?:dung|xep|xep hang|xep vi tri|vi tri|hang)(?: thu)? $/;
const TIME_OR_RANGE_AFTER = /^(?:[ ]?[-–][ ]?\d|:\d|[.,]\d)/;
const GLUED_AFTER = /^[a-z°]/;
const DURATION_AFTER = /^ (?:thang|nam|ngay|gio|phut)(?![a-z])/;

/** Rules 1–5 over the folded text. */
export function findNumbers(folded: string): NumbersFound {
  const figures: NumberMention[] = [];
  const changes: ChangeMention[] = [];
  const claims: PlanClaimMention[] = [];
  const distractors: { start: number; end: number }[] = [];
  const phones = [...folded.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length] as const);
  let skipUntil = 0;
  let lastDistractorEnd = -10;
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index;
    let end = start + m[0].length;
    if (start < skipUntil) continue;
    const before = folded.slice(Math.max(0, start - 40), start);
    const after = folded.slice(end, end + 60);
    const distractor = (to: number) => {
      distractors.push({ start, end: to });
      skipUntil = to;
      lastDistractorEnd = to;
    };
    if (phones.some(([a, b]) => start >= a && start < b)) {
      distractor(phones.find(([a, b]) => start >= a && start < b)?.[1] ?? end);
      continue;
    }
    // Rule 1: a slash makes a date, a document number, a month, a rank or a fraction.
    const slash = /^ ?\/ ?(\d+)(?=(\/|[a-z])?)/.exec(after);
    if (/^ ?\/ ?[a-z]/.test(after)) {
      distractor(end + (/^[^ ,;.()]*/.exec(after)?.[0].length ?? 0));
      continue;
    }
    if (slash) {
      const second = slash[1] as string;
      const slashEnd = end + slash[0].length;
      if (slash[2] !== undefined || /^ ?[-.]\d/.test(after.slice(slash[0].length))) {
        distractor(slashEnd + (/^[^ ,;()]*/.exec(folded.slice(slashEnd, slashEnd + 40))?.[0].length ?? 0));
        continue;
      }
      const first = Number(m[0]);
      const isMonthYear = /^(?:19|20)\d{2}$/.test(second) && first >= 1 && first <= 12;
      const isDate = /(?:ngay|sang|chieu|toi|hom|luc|thu [a-z]+,?) ?$/.test(before);
      if (isMonthYear || isDate) {
        distractor(slashEnd);
        continue;
      }
      const isRank = RANK_BEFORE.test(before);
      const read = parseNumber(`${m[0]}/${second}`, 'vi', { unit: isRank ? 'rank' : 'percent' });
      skipUntil = slashEnd;
      if (!read.ok) continue;
      if (read.kind === 'rank') {
        figures.push({
          start: start - rankWordLength(before),
          end: slashEnd,
          kind: 'rank',
          value: read.value,
          qualifier: 'exact',
          rankedOf: read.rankedOf,
        });
      } else if (read.kind === 'fraction' && read.numerator <= read.denominator) {
        figures.push({
          start,
          end: slashEnd,
          kind: 'percent',
          value: read.value,
          qualifier: 'exact',
          numerator: read.numerator,
          denominator: read.denominator,
        });
      }
      continue;
    }
    if (GLUED_AFTER.test(after) || TIME_OR_RANGE_AFTER.test(after) || DURATION_AFTER.test(after)) {
      if (!GLUED_AFTER.test(after)) distractor(end);
      continue;
    }
    const isListedAfterDistractor = /^(?:, ?| va )$/.test(folded.slice(lastDistractorEnd, start));
    if ((NOT_A_FIGURE_BEFORE.test(before) || isListedAfterDistractor) && !RANK_BEFORE.test(before)) {
      distractor(end);
      continue;
    }
    const unit = readUnit(after);
    if (unit.kind === null) continue;
    const isWholeYear = unit.kind === 'plain' && /^(?:19|20)\d{2}$/.test(m[0]);
    if (isWholeYear) {
      distractor(end);
      continue;
    }
    const read = parseNumber(m[0], 'vi', { unit: unit.kind === 'percent' ? 'percent' : undefined });
    if (!read.ok || read.kind !== 'number') continue;
    const value = read.value * unit.scale;
    end += unit.length;
    // Rule 5: moves, changes and claims.
    const verb = /(?:(tang|giam|tut)(?: them)?) $/.exec(before);
    if (RANK_BEFORE.test(before) && unit.kind === 'plain') {
      figures.push({ start: start - rankWordLength(before), end, kind: 'rank', value, qualifier: 'exact' });
      continue;
    }
    if (verb && /^ bac(?![a-z])/.test(after.slice(unit.length))) {
      const sign = verb[1] === 'tang' ? 1 : -1;
      const compared = /^ bac[^.;\n]{0,20}?so voi (?:nam )?((?:19|20)\d{2})/.exec(after.slice(unit.length));
      changes.push({
        start: start - verb[0].length,
        end: end + 4,
        kind: 'rank_move',
        amount: sign * value,
        numberKind: 'rank',
        ...(compared ? { comparedYear: Number(compared[1]) } : {}),
      });
      continue;
    }
    const rest = after.slice(unit.length);
    const claimWord = /vuot (?:ke hoach (?:de ra )?)?$/.exec(before);
    if (claimWord && unit.kind === 'percent') {
      const isAgainstPlan = claimWord[0] !== 'vuot ' || /^ so voi (?:ke hoach|chi tieu)/.test(rest);
      const planWords = /^ so voi (?:ke hoach|chi tieu)(?: de ra| nam)?/.exec(rest)?.[0].length ?? 0;
      if (isAgainstPlan)
        claims.push({ start: start - claimWord[0].length, end: end + planWords, aboveBy: value / 100 });
      continue;
    }
    const comparison = /^[^.;\n]{0,25}?so voi (?:(cung ky)|nam ((?:19|20)\d{2})|nam truoc|ky truoc)/.exec(
      rest,
    );
    if (verb && !verb[0].includes('them')) {
      if (comparison && unit.kind !== 'percent') {
        const sign = verb[1] === 'tang' ? 1 : -1;
        changes.push({
          start: start - verb[0].length,
          end: end + comparison[0].length,
          kind: 'change',
          amount: sign * value,
          numberKind: unit.kind,
          ...(comparison[2] ? { comparedYear: Number(comparison[2]) } : {}),
          ...(comparison[1] || !comparison[2] ? { isSameTimeLastYear: true } : {}),
        });
      }
      continue;
    }
    if (unit.kind === 'percent' && /^ (?:so voi|ke hoach|cua ke hoach|chi tieu)/.test(rest)) continue;
    const q = readQualifier(before);
    figures.push({ start: start - q.length, end, kind: unit.kind, value, qualifier: q.qualifier });
  }
  return { figures: mergeRestatements(figures, folded), changes, claims, distractors };
}

function rankWordLength(before: string): number {
  return RANK_BEFORE.exec(before)?.[0].length ?? 0;
}

function readQualifier(before: string): { qualifier: Qualifier; length: number } {
  for (const [word, qualifier] of QUALIFIERS) {
    if (before.endsWith(`${word} `) && !/[a-z]/.test(before.charAt(before.length - word.length - 2))) {
      return { qualifier, length: word.length + 1 };
    }
  }
  return { qualifier: 'exact', length: 0 };
}

/** Rule 2: the unit word after a number; kind null for money outside the catalogue. */
function readUnit(after: string): { kind: NumberKind | null; length: number; scale: number } {
  const percent = /^ ?%/.exec(after);
  if (percent) return { kind: 'percent', length: percent[0].length, scale: 1 };
  const km = /^ ?km(?![a-z0-9])/.exec(after);
  if (km) return { kind: 'km', length: km[0].length, scale: 1 };
  const thousandBillion = /^ nghin ty(?: dong)?(?![a-z])/.exec(after);
  if (thousandBillion) return { kind: 'billion_vnd', length: thousandBillion[0].length, scale: 1000 };
  const billion = /^ ty(?: dong| vnd)?(?![a-z])/.exec(after);
  if (billion) return { kind: 'billion_vnd', length: billion[0].length, scale: 1 };
  if (/^ ?(?:trieu|nghin|dong|usd|\$|vnd|d(?![a-z]))/.test(after)) return { kind: null, length: 0, scale: 1 };
  return { kind: 'plain', length: 0, scale: 1 };
}

/** Rule 4: a fraction restated as a percentage in brackets, or the reverse, is one figure. */
function mergeRestatements(figures: NumberMention[], folded: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i] as NumberMention;
    const b = figures[i + 1];
    if (b && a.kind === 'percent' && b.kind === 'percent') {
      const gap = folded.slice(a.end, b.start);
      const sameValue = Math.abs(Math.round(a.value) - Math.round(b.value)) <= 1;
      if (
        a.numerator !== undefined &&
        b.numerator === undefined &&
        /^[^.;\n()]{0,60}\((?:dat |bang |tuong duong |tuong ung )?$/.test(gap) &&
        sameValue
      ) {
        out.push(a);
        i++;
        continue;
      }
      if (a.numerator === undefined && b.numerator !== undefined && /^ ?\($/.test(gap) && sameValue) {
        const close = folded.charAt(b.end) === ')' ? 1 : 0;
        out.push({ ...a, end: b.end + close, numerator: b.numerator, denominator: b.denominator });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
