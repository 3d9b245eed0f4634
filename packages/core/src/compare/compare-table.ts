/**
 * The compare page's table — one row per province for each indicator, at the table's period —
 * sorted by a column, and flattened for a file (CSV, XLSX): raw numbers, not formatted text, so
 * a spreadsheet can compute with them; a missing value is an empty cell, never 0.
 */
import type { ProgressStatus } from '../progress/progress.ts';

export const TABLE_COLUMNS = ['unit', 'value', 'plan', 'progress', 'rank', 'change'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface TableRowLike {
  unitId: string;
  figure: { value: number | null };
  target: { value: number } | null;
  progress: { ratio: number | null; status: ProgressStatus };
  rank: { rank: number | null; of: number } | null;
  change: { delta: number | null };
}

function sortValue(row: TableRowLike, column: Exclude<TableColumn, 'unit'>): number | null {
  switch (column) {
    case 'value':
      return row.figure.value;
    case 'plan':
      return row.target?.value ?? null;
    case 'progress':
      return row.progress.ratio;
    case 'rank':
      return row.rank?.rank ?? null;
    case 'change':
      return row.change.delta;
  }
}

/**
 * The rows sorted by a column; rows without a value go last in either direction (a missing
 * figure is neither the best nor the worst). Ties keep the order of the provinces chosen.
 * @param nameOf the province's name, for the `unit` column (compared the Vietnamese way)
 */
export function sortTableRows<T extends TableRowLike>(
  rows: readonly T[],
  column: TableColumn,
  direction: SortDirection,
  nameOf: (unitId: string) => string,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator('vi');
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      if (column === 'unit')
        return sign * collator.compare(nameOf(a.row.unitId), nameOf(b.row.unitId)) || a.i - b.i;
      const x = sortValue(a.row, column);
      const y = sortValue(b.row, column);
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      return sign * (x - y) || a.i - b.i;
    })
    .map(({ row }) => row);
}

export type ExportCell = string | number | null;

export const TABLE_EXPORT_COLUMNS = [
  'indicator',
  'indicatorKey',
  'unit',
  'unitId',
  'period',
  'value',
  'plan',
  'progress',
  'status',
  'rank',
  'rankOf',
  'change',
  'previousPeriod',
  'previousValue',
  'kind',
] as const;
export type TableExportColumn = (typeof TABLE_EXPORT_COLUMNS)[number];

export interface TableExportItem extends TableRowLike {
  indicatorKey: string;
  indicatorName: string;
  unitName: string;
  period: string;
  statusText: string;
  previous: { period: string | null; value: number | null };
  /** What kind of figure, in words ("Dữ liệu minh họa; Quy đổi…"), or ''. */
  kindText: string;
}

/**
 * The table as a file's rows: the header, then a row per province and indicator.
 * Progress is the share of the plan achieved, in percent (98.5), as on the cards' bar.
 */
export function tableExportRows(
  items: readonly TableExportItem[],
  headers: Record<TableExportColumn, string>,
): ExportCell[][] {
  return [
    TABLE_EXPORT_COLUMNS.map((c) => headers[c]),
    ...items.map((r): ExportCell[] => [
      r.indicatorName,
      r.indicatorKey,
      r.unitName,
      r.unitId,
      r.period,
      r.figure.value,
      r.target?.value ?? null,
      r.progress.ratio === null ? null : Math.round(r.progress.ratio * 1000) / 10,
      r.statusText,
      r.rank?.rank ?? null,
      r.rank?.of ?? null,
      r.change.delta,
      r.previous.period,
      r.previous.value,
      r.kindText,
    ]),
  ];
}

export const SERIES_EXPORT_COLUMNS = [
  'indicator',
  'indicatorKey',
  'series',
  'seriesId',
  'period',
  'value',
  'index',
  'plan',
  'kind',
] as const;
export type SeriesExportColumn = (typeof SERIES_EXPORT_COLUMNS)[number];

export interface SeriesExportItem {
  indicatorKey: string;
  indicatorName: string;
  seriesId: string;
  seriesName: string;
  period: string;
  value: number | null;
  /** The index to the base period in relative mode, else null. */
  index: number | null;
  plan: number | null;
  kindText: string;
}

/** The charts' data as a file's rows, long format: one row per series and period; the index to four decimals. */
export function seriesExportRows(
  items: readonly SeriesExportItem[],
  headers: Record<SeriesExportColumn, string>,
  isRelative: boolean,
): ExportCell[][] {
  const columns = SERIES_EXPORT_COLUMNS.filter((c) => isRelative || c !== 'index');
  return [
    columns.map((c) => headers[c]),
    ...items.map((r) =>
      columns.map((c): ExportCell => {
        switch (c) {
          case 'indicator':
            return r.indicatorName;
          case 'series':
            return r.seriesName;
          case 'kind':
            return r.kindText;
          case 'index':
            // 100.00000000000001 is binary noise, not a finding: four decimals are plenty.
            return r.index === null ? null : Math.round(r.index * 1e4) / 1e4;
          default:
            return r[c] === null ? null : (r[c] as ExportCell);
        }
      }),
    ),
  ];
}
