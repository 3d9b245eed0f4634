/**
 * The periods a report names, read from folded text, as the period keys of `periods/period.ts`.
 *
 * The rules (numbered; referred to by number elsewhere):
 * 1. **What is read**: "năm 2023" → `2023`; "6 tháng đầu năm 2024" → `2024-H1` ("6 tháng cuối" →
 *    H2); "quý III/2022", "quý 3 năm 2022" → `2022-Q3`; "tháng 10/2025", "tháng 10 năm 2025" →
 *    `2025-10`. A bare year ("giai đoạn 2021-2025") or a month without its year names no period.
 * 2. **"9 tháng năm 2023"** covers January to September. The period module has no cumulative
 *    code, so it is read as `2023-Q3` — the quarter it ends with, exact for a stock (the value at
 *    the end of September) — and marked `cumulativeFrom: '2023-01'` so that nobody takes a
 *    nine-month flow for one quarter's.
 * 3. **A missing year** ("Trong 6 tháng đầu năm, …") is the first year the report names (its
 *    heading, usually: "… 6 tháng cuối 2022"), else the year of its first dated line ("Cập nhật
 *    lúc: 12/07/2022"). A date written out ("ngày 15 tháng 12 năm 2023") names no period.
 * 4. **Roles**: a period after "phương hướng", "triển khai nhiệm vụ", "kế hoạch", "phấn đấu",
 *    "quyết tâm", "mục tiêu", "đến (hết) năm", "tầm nhìn", "giai đoạn" is a plan's; after "so với"
 *    a comparison's; any other is the report's. The report's period is its first report-role
 *    mention (the heading, usually).
 */
import { makePeriod } from '../periods/period.ts';

export type PeriodRole = 'report' | 'plan' | 'comparison';

export interface PeriodMention {
  /** [start, end) in the folded text. */
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** Rule 2: the first month a cumulative period covers. */
  readonly cumulativeFrom?: string;
  readonly role: PeriodRole;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MENTION = new RegExp(
  [
    String.raw`(?<half>6|sau) thang (?<side>dau|cuoi)(?: nam)?(?: (?<hyear>(?:19|20)\d{2}))?`,
    String.raw`(?:9|chin) thang(?: dau)?(?: nam)?(?: (?<nine>(?:19|20)\d{2}))?`,
    String.raw`quy (?<quarter>iv|i{1,3}|[1-4])(?: ?(?:\/|nam) ?(?<qyear>(?:19|20)\d{2}))`,
    String.raw`thang (?<month>0?[1-9]|1[0-2]) ?(?:\/|nam) ?(?<myear>(?:19|20)\d{2})`,
    String.raw`nam (?<year>(?:19|20)\d{2})(?![\d\/-])`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '(?<![a-z0-9])(?:')
    .concat(')(?![a-z0-9])'),
  'g',
);
const PLAN_BEFORE =
  /(?:(?:phuong huong|trien khai nhiem vu|ke hoach|phan dau|quyet tam|muc tieu|chi tieu|du kien|tam nhin|giai doan)[^.;!?\n]{0,25}|(?<!tinh )(?:den|den het|het|cuoi) )$/;
const COMPARISON_BEFORE = /so voi(?: cung ky)?\s?$/;
const WRITTEN_DATE_BEFORE = /ngay \d{1,2} $/;
const DATE_YEAR = /(?<![\d/])\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})(?!\d)/;

interface Raw {
  start: number;
  end: number;
  year: number | null;
  make: (year: number) => { key: string; cumulativeFrom?: string };
}

function readMention(m: RegExpMatchArray): Raw {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const yearOf = (text: string | undefined) => (text ? Number(text) : null);
  if (g.half) {
    const half = g.side === 'dau' ? 1 : 2;
    return { start, end, year: yearOf(g.hyear), make: (y) => ({ key: makePeriod('half', y, half).key }) };
  }
  if (g.quarter) {
    const q = ROMAN[g.quarter] ?? Number(g.quarter);
    return { start, end, year: yearOf(g.qyear), make: (y) => ({ key: makePeriod('quarter', y, q).key }) };
  }
  if (g.month) {
    const month = Number(g.month);
    return { start, end, year: yearOf(g.myear), make: (y) => ({ key: makePeriod('month', y, month).key }) };
  }
  if (g.year) return { start, end, year: yearOf(g.year), make: (y) => ({ key: String(y) }) };
  return {
    start,
    end,
    year: yearOf(g.nine),
    make: (y) => ({ key: makePeriod('quarter', y, 3).key, cumulativeFrom: `${y}-01` }),
  };
}

/** Rules 1–4: every period mention of the folded text, in order. */
export function findPeriods(folded: string): PeriodMention[] {
  const raws = [...folded.matchAll(MENTION)]
    .filter((m) => !WRITTEN_DATE_BEFORE.test(folded.slice(Math.max(0, (m.index ?? 0) - 12), m.index)))
    .map(readMention);
  const dated = DATE_YEAR.exec(folded);
  const fallback = raws.find((r) => r.year !== null)?.year ?? (dated ? Number(dated[1]) : null);
  return raws.flatMap((raw) => {
    const year = raw.year ?? fallback;
    if (year === null || year < 1990 || year > 2100) return [];
    const before = folded.slice(Math.max(0, raw.start - 60), raw.start);
    const role: PeriodRole = COMPARISON_BEFORE.test(before)
      ? 'comparison'
      : PLAN_BEFORE.test(before)
        ? 'plan'
        : 'report';
    return [{ start: raw.start, end: raw.end, role, ...raw.make(year) }];
  });
}

/** Rule 4: the report's own period, or null. */
export function reportPeriod(mentions: readonly PeriodMention[]): PeriodMention | null {
  return mentions.find((m) => m.role === 'report') ?? null;
}
