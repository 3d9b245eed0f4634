/**
 * Figures and plans of a filter as one table, for CSV or XLSX: each with its source, status and
 * whether it is demo data, in Vietnamese headers. Values are rounded as the screen shows them
 * (a derived plan is 1354.63, not 1354.6296296296296).
 */
import { roundAsShown } from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import type { Table } from './write-table.ts';

export const EXPORT_HEADER = [
  'Mã tỉnh',
  'Tên tỉnh',
  'Kỳ',
  'Mã chỉ tiêu',
  'Tên chỉ tiêu',
  'Loại',
  'Giá trị',
  'Tử số',
  'Mẫu số',
  'Mức',
  'Nguồn',
  'Trạng thái',
  'Số liệu minh họa',
];

const QUALIFIER_VI: Record<string, string> = {
  exact: 'chính xác',
  above: 'trên',
  about: 'khoảng',
  below: 'dưới',
};

export interface ExportFigure {
  unitId: string;
  indicatorKey: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  qualifier: string;
  sourceRef: string | null;
  status: string;
  isDemo: boolean;
}

export interface ExportPlan {
  unitId: string | null;
  indicatorKey: string;
  period: string;
  value: number;
  comparator: string;
  source: string;
  isDerived: boolean;
  isDemo: boolean;
}

export function exportTable(
  catalog: Catalog,
  figures: readonly ExportFigure[],
  plans: readonly ExportPlan[],
): Table {
  const unitName = (id: string | null) => (id === null ? 'Toàn quốc' : (catalog.unit(id)?.nameVi ?? id));
  const indicatorName = (key: string) => catalog.indicator(key)?.nameVi ?? key;
  const shown = (key: string, value: number | null) => {
    const unit = catalog.indicator(key)?.unit;
    return unit === undefined ? value : roundAsShown(value, unit);
  };
  return [
    EXPORT_HEADER,
    ...figures.map((f) => [
      f.unitId,
      unitName(f.unitId),
      f.period,
      f.indicatorKey,
      indicatorName(f.indicatorKey),
      'Số liệu',
      shown(f.indicatorKey, f.value),
      // A ratio's parts are counts (212/216 villages).
      roundAsShown(f.numerator, 'count'),
      roundAsShown(f.denominator, 'count'),
      QUALIFIER_VI[f.qualifier] ?? f.qualifier,
      f.sourceRef,
      f.status === 'approved' ? 'đã duyệt' : f.status,
      f.isDemo ? 'có' : 'không',
    ]),
    ...plans.map((p) => [
      p.unitId ?? '',
      unitName(p.unitId),
      p.period,
      p.indicatorKey,
      indicatorName(p.indicatorKey),
      p.isDerived ? 'Kế hoạch (suy ra)' : 'Kế hoạch',
      shown(p.indicatorKey, p.value),
      null,
      null,
      p.comparator,
      p.source,
      'kế hoạch',
      p.isDemo ? 'có' : 'không',
    ]),
  ];
}
