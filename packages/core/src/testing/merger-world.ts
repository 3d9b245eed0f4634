/**
 * A small world for tests of the rules across the merger: Quảng Bình (v63-44) and old Quảng Trị
 * (v63-45) merged into Quảng Trị (v34-44); Sơn La (v63-14) carried over unchanged as v34-14.
 * Test code only; not exported from the package.
 */
import type { Indicator } from '../indicators/indicator.ts';
import type { LineageUnit } from '../lineage/resolve-figure.ts';
import type { RankingContext } from '../ranking/rank-indicator.ts';
import type { Cell } from '../rollup/figure.ts';

export const MERGER_UNITS: readonly LineageUnit[] = [
  { id: 'v63-44', vintage: 63, predecessorIds: [], regionCode: 'NCC' },
  { id: 'v63-45', vintage: 63, predecessorIds: [], regionCode: 'NCC' },
  { id: 'v63-14', vintage: 63, predecessorIds: [], regionCode: 'NMM' },
  { id: 'v34-44', vintage: 34, predecessorIds: ['v63-45', 'v63-44'], regionCode: 'NCC' },
  { id: 'v34-14', vintage: 34, predecessorIds: ['v63-14'], regionCode: 'NMM' },
];

/** An indicator with its key as its names; a rank is lower-is-better. */
export function testIndicator(
  key: string,
  fields: Pick<Indicator, 'unit' | 'overTime' | 'acrossUnits'>,
): Indicator {
  return {
    key,
    family: 'coverage',
    nameVi: key,
    nameEn: key,
    direction: fields.unit === 'rank' ? 'lower' : 'higher',
    validFrom: null,
    validTo: null,
    note: '',
    ...fields,
  };
}

/** A real, exact figure without parts unless `more` says otherwise. */
export function cell(period: string, value: number | null, more: Partial<Cell> = {}): Cell {
  return { period, value, numerator: null, denominator: null, isDemo: false, sourceRef: null, ...more };
}

/** A ranking context over `units` (the whole world unless narrowed) with these cells per unit. */
export function rankingContext(
  indicator: Indicator,
  cells: Record<string, Cell[]>,
  units: readonly LineageUnit[] = MERGER_UNITS,
): RankingContext<LineageUnit> {
  return {
    indicator,
    unit: (id) => units.find((u) => u.id === id),
    unitsOf: (vintage) => units.filter((u) => u.vintage === vintage),
    cellsOf: (id) => cells[id] ?? [],
  };
}
