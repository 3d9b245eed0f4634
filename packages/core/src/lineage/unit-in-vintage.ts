/** Moves a selected unit across the merger when the chosen period belongs to the other vintage. */
import type { Vintage } from './vintage.ts';

export interface LineageLinks {
  readonly id: string;
  readonly vintage: Vintage | number;
  /** Predecessors, the one whose name was kept first. */
  readonly predecessors: readonly { id: string }[];
  readonly successor: { id: string } | null;
}

/**
 * The unit to show for `vintage`: itself, its successor (Bắc Kạn → Thái Nguyên) or the
 * predecessor whose name it kept (Thái Nguyên → old Thái Nguyên).
 */
export function unitInVintage(unit: LineageLinks, vintage: Vintage): string {
  if (unit.vintage === vintage) return unit.id;
  if (vintage === 34) return unit.successor?.id ?? unit.id;
  return unit.predecessors[0]?.id ?? unit.id;
}
