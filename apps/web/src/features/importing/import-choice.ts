/**
 * Which province the import page offers, kept across a change of period: the province in the
 * address, moved across the merger when the period belongs to the other vintage (Sơn La of 2026
 * is old Sơn La in 2024, Bắc Kạn of 2024 is Thái Nguyên in 2026), else the first the account may
 * report for. Without this a period of the other vintage fell back to the first province of the
 * list, and the province chosen was lost. Pure, so it is tested without a browser.
 */
import { type LineageLinks, type Period, unitInVintage, vintageOfPeriod } from '@cds/core';

export interface ImportChoice<U> {
  /** The provinces of the period's vintage this account reports for. */
  choices: U[];
  /** The province offered, or undefined when there is none to offer. */
  unit: U | undefined;
}

/**
 * @example importChoice(units, (id) => true, 'v34-14', parsePeriod('2024')) // old Sơn La, v63-14
 */
export function importChoice<U extends LineageLinks>(
  units: readonly U[],
  mayReport: (unitId: string) => boolean,
  tinh: string | undefined,
  period: Period,
): ImportChoice<U> {
  const vintage = vintageOfPeriod(period);
  const choices = units.filter((u) => u.vintage === vintage && mayReport(u.id));
  const asked = units.find((u) => u.id === tinh);
  const inVintage = asked ? unitInVintage(asked, vintage) : undefined;
  return { choices, unit: choices.find((u) => u.id === inVintage) ?? choices[0] };
}

/**
 * The address's change when the period changes: the new period, and the province offered now
 * moved to the new period's vintage, so that the address names what the page shows.
 */
export function periodChange<U extends LineageLinks>(
  unit: U | undefined,
  next: Period,
): { ky: string; tinh?: string } {
  return unit ? { ky: next.key, tinh: unitInVintage(unit, vintageOfPeriod(next)) } : { ky: next.key };
}
