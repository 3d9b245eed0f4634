/**
 * The two vintages of provincial units and the rules that tie a period to one of them.
 *
 * Vietnam had 63 provincial units until 30 June 2025 and 34 from 1 July 2025
 * (Resolution 202/2025/QH15). The rules, in one place:
 *
 * 1. A period belongs to the vintage in force on its last day. 2025-Q2 and 2025-H1
 *    belong to the 63; 2025-Q3, 2025-H2 and the year 2025 belong to the 34.
 * 2. Figures are entered only for units of the period's vintage (the year 2025 is
 *    reported by the 34 new units, as their annual reports are).
 * 3. A period that spans 1 July 2025 (only the year 2025) is rolled up for a new unit
 *    from its own months after the merger and its predecessors' months before it,
 *    combined by the indicator's across-units rule; such a value is marked derived.
 * 4. Codes are only meaningful with their vintage: 24 was Bắc Giang in the 63 and is
 *    Bắc Ninh in the 34. A unit id always carries both: `v63-24`, `v34-24`.
 * 5. A figure published for a unit and period is shown as reported even where rule 1
 *    expects the other vintage: DTI 2024 (a 2024 index) was published in October 2025
 *    for the 34 new units, and is kept against them.
 */
import { endDate, type Period, startDate } from '../periods/period.ts';

export const VINTAGES = [63, 34] as const;
export type Vintage = (typeof VINTAGES)[number];

/** The first day of the 34-unit vintage. */
export const MERGER_DATE = '2025-07-01';
/** The last day of the 63-unit vintage. */
export const LAST_DAY_OF_63 = '2025-06-30';

export function vintageOnDate(isoDate: string): Vintage {
  return isoDate < MERGER_DATE ? 63 : 34;
}

/** Rule 1: the vintage in force on the period's last day. */
export function vintageOfPeriod(period: Period): Vintage {
  return vintageOnDate(endDate(period));
}

/** Whether the period starts before the merger and ends after it (rule 3). */
export function spansMerger(period: Period): boolean {
  return startDate(period) < MERGER_DATE && endDate(period) >= MERGER_DATE;
}

const UNIT_ID = /^v(63|34)-(\d{2})$/;

/** @example unitId(34, '24') // 'v34-24' (Bắc Ninh), unitId(63, '24') // 'v63-24' (Bắc Giang) */
export function unitId(vintage: Vintage, code: string): string {
  return `v${vintage}-${code}`;
}

export function parseUnitId(id: string): { vintage: Vintage; code: string } | null {
  const match = UNIT_ID.exec(id);
  if (!match) return null;
  return { vintage: Number(match[1]) as Vintage, code: match[2] as string };
}

/** The number of provincial units of each vintage. */
export const VINTAGE_SIZE: Record<Vintage, number> = { 63: 63, 34: 34 };

/**
 * Which vintage a ranking lists, as reported (restated rankings always list the 34):
 * the period's own vintage (rule 1), except for an index published after the merger for an
 * earlier year (rule 5: DTI 2024 ranked the 34 new units) — when none of the 63 report it and
 * some of the 34 do (figures for the 34 before the merger come only from such publications:
 * entry refuses them). A period after the merger never lists
 * the 63, which no longer exist: one old unit holding a figure for a later year must not flip
 * the ranking of the 34.
 * @example rankingVintageOf(periodOf('2024'), { 63: 0, 34: 4 }) // 34 (DTI 2024)
 * @example rankingVintageOf(periodOf('2025'), { 63: 1, 34: 0 })  // 34
 */
export function rankingVintageOf(period: Period, reporting: Record<Vintage, number>): Vintage {
  const natural = vintageOfPeriod(period);
  if (natural === 34) return 34;
  return reporting[63] === 0 && reporting[34] > 0 ? 34 : 63;
}
