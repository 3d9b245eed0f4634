/**
 * The import template of one province and period: a row per indicator due, with the columns the
 * import reads (Vietnamese headers) and, for reference, the indicator's name and unit, the
 * previous period's figure and the plan (ignored on import). A figure already entered is filled in.
 */
import { IMPORT_COLUMNS, roundAsShown, unitLabel } from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import type { PeriodFormView } from '../reporting/period-form.ts';
import type { Table } from './write-table.ts';

export const TEMPLATE_HEADER = [
  IMPORT_COLUMNS.unitId.vi,
  IMPORT_COLUMNS.period.vi,
  IMPORT_COLUMNS.indicatorKey.vi,
  'Tên chỉ tiêu',
  'Đơn vị tính',
  IMPORT_COLUMNS.value.vi,
  IMPORT_COLUMNS.numerator.vi,
  IMPORT_COLUMNS.denominator.vi,
  IMPORT_COLUMNS.sourceRef.vi,
  IMPORT_COLUMNS.sourceQuote.vi,
  IMPORT_COLUMNS.note.vi,
  'Kỳ trước (tham khảo)',
  'Kế hoạch (tham khảo)',
];

export function templateTable(catalog: Catalog, form: PeriodFormView): Table {
  const rows: Table = form.rows.map((row) => {
    const indicator = catalog.indicator(row.indicator);
    const r = row.revision;
    const isParts = indicator?.unit === 'percent' && r?.numerator !== null && r?.numerator !== undefined;
    return [
      form.unitId,
      form.period,
      row.indicator,
      indicator?.nameVi ?? row.indicator,
      indicator ? unitLabel(indicator.unit, 'vi') : '',
      isParts ? null : (r?.value ?? null),
      isParts ? (r?.numerator ?? null) : null,
      isParts ? (r?.denominator ?? null) : null,
      r?.sourceRef ?? form.sourceRef ?? null,
      r?.sourceQuote ?? null,
      r?.note ?? null,
      // For reference, as the screen shows them; a figure already entered stays as typed.
      indicator ? roundAsShown(row.previous?.value ?? null, indicator.unit) : (row.previous?.value ?? null),
      indicator ? roundAsShown(row.plan?.value ?? null, indicator.unit) : (row.plan?.value ?? null),
    ];
  });
  return [TEMPLATE_HEADER, ...rows];
}
