/**
 * Which province's form holds a period's figures, and which provinces a staff member's roles let
 * them report for, in the order their pickers list them. Both follow vintage rules 1 and 2
 * (`vintage.ts`): a period's figures belong to the units of the vintage in force on its last day.
 */
import type { Period } from '../periods/period.ts';
import { type Vintage, vintageOfPeriod } from './vintage.ts';

export interface ReportLineage {
  readonly id: string;
  readonly vintage: Vintage | number;
  /** For a province of the 34, the former provinces it was formed from, the one whose name it kept first. */
  readonly predecessorIds: readonly string[];
  /** For a former province, the province of the 34 it became part of. */
  readonly successorId: string | null;
}

/**
 * The units whose form of `period` holds the figures of `unit`'s territory: the unit itself when
 * it existed then; for a province of the 34 before the merger, every former province it was formed
 * from (one, for a province that kept its territory); for a former province after the merger, the
 * province it became part of. Empty only when the catalogue knows no such unit.
 * @example formUnitsFor(anGiang34, periodOf('2019')) // ['v63-89', 'v63-91'] (An Giang, Kiên Giang)
 * @example formUnitsFor(sonLa34, periodOf('2019'))   // ['v63-14']
 * @example formUnitsFor(bacKan63, periodOf('2026'))  // ['v34-19'] (Thái Nguyên)
 */
export function formUnitsFor(unit: ReportLineage, period: Period): string[] {
  const vintage = vintageOfPeriod(period);
  if (unit.vintage === vintage) return [unit.id];
  if (vintage === 63) return [...unit.predecessorIds];
  return unit.successorId ? [unit.successorId] : [];
}

export interface ReportableUnit {
  readonly id: string;
  /** A province before 1 July 2025: its name is shown with "(cũ)". */
  readonly isFormer: boolean;
}

/**
 * The units a staff member may report for, as a picker lists them: each province of the 34 they
 * report for, followed by the former provinces it was formed from; then former provinces their
 * roles name on their own. `editable` null (a role for every province): all of them, the same way.
 * @example reportableUnits(units, ['v34-91', 'v63-89', 'v63-91'])
 *   // [{ id: 'v34-91', isFormer: false }, { id: 'v63-89', isFormer: true }, { id: 'v63-91', isFormer: true }]
 */
export function reportableUnits(
  units: readonly ReportLineage[],
  editable: readonly string[] | null,
): ReportableUnit[] {
  const may = (id: string) => editable === null || editable.includes(id);
  const out: ReportableUnit[] = [];
  const listed = new Set<string>();
  const add = (id: string, isFormer: boolean) => {
    if (listed.has(id) || !may(id)) return;
    listed.add(id);
    out.push({ id, isFormer });
  };
  for (const unit of units) {
    if (unit.vintage !== 34 || !may(unit.id)) continue;
    add(unit.id, false);
    for (const id of unit.predecessorIds) add(id, true);
  }
  for (const unit of units) if (unit.vintage === 63) add(unit.id, true);
  return out;
}
