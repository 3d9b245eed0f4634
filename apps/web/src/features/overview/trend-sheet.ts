/**
 * The trend chart's data as a table for a file (CSV, XLSX): one row per period, a column per unit
 * drawn, the plan, the national target and the trajectory, and the flags in words. Numbers stay
 * numbers (98.48), rounded as the chart's labels show them: a file is for computing; an empty cell
 * is a missing figure, never 0.
 */
import { type CsvCell, type IndicatorUnit, roundAsShown } from '@cds/core';
import type { ChartRow } from './chart-axis.ts';

export interface SheetLabels {
  period: string;
  target: string;
  nationalTarget: string;
  trajectory: string;
  flags: string;
  demo: string;
  restated: string;
  incomplete: string;
}

/**
 * @example trendSheetRows(rows, ['v34-14'], { 'v34-14': 'Sơn La' }, labels, 'percent')
 * // [['Kỳ', 'Sơn La', 'Kế hoạch', 'Mục tiêu quốc gia', 'Lộ trình đến mục tiêu', 'Ghi chú'],
 * //  ['2019', 85.71, 80, null, 85.71, 'Dữ liệu minh họa'], …]
 */
export function trendSheetRows(
  rows: readonly ChartRow[],
  unitIds: readonly string[],
  names: Readonly<Record<string, string>>,
  labels: SheetLabels,
  unit: IndicatorUnit,
): CsvCell[][] {
  const shown = (value: number | null | undefined) => roundAsShown(value ?? null, unit);
  const header = [
    labels.period,
    ...unitIds.map((id) => names[id] ?? id),
    labels.target,
    labels.nationalTarget,
    labels.trajectory,
    labels.flags,
  ];
  const body = rows.map((row) => {
    const flags = unitIds.flatMap((id) => {
      const cell = row.cells[id];
      if (!cell || cell.value === null) return [];
      const said = [
        cell.isDemo ? labels.demo : null,
        cell.basis === 'restated' ? labels.restated : null,
        cell.isComplete ? null : labels.incomplete,
      ].filter((f): f is string => f !== null);
      if (said.length === 0) return [];
      return [unitIds.length > 1 ? `${names[id] ?? id}: ${said.join(', ')}` : said.join(', ')];
    });
    return [
      row.period,
      ...unitIds.map((id) => shown(row.cells[id]?.value)),
      shown(row.target),
      shown(row.nationalTarget),
      shown(row.trajectory),
      flags.join('; '),
    ];
  });
  return [header, ...body];
}
