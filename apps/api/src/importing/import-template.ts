/**
 * The import template of one province and period: a row per indicator due, with the columns the
 * import reads (Vietnamese headers; the qualifier's with its words and English, as it is new) and,
 * for reference, the indicator's name and unit, the previous period's figure and the plan, and a
 * note saying which of those two are demo data (all ignored on import). A figure already entered
 * is filled in, its qualifier too, so that the template sent back unchanged changes nothing.
 */
import { type Bilingual, IMPORT_COLUMNS, qualifierWord, roundAsShown, unitLabel } from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import type { FormRow, PeriodFormView } from '../reporting/period-form.ts';
import type { Table } from './write-table.ts';

const QUALIFIER_HEADER = `${IMPORT_COLUMNS.qualifier.vi} (trống, trên, khoảng, dưới) / ${IMPORT_COLUMNS.qualifier.en} (blank, over, about, under)`;

export const TEMPLATE_HEADER = [
  IMPORT_COLUMNS.unitId.vi,
  IMPORT_COLUMNS.period.vi,
  IMPORT_COLUMNS.indicatorKey.vi,
  'Tên chỉ tiêu',
  'Đơn vị tính',
  IMPORT_COLUMNS.value.vi,
  QUALIFIER_HEADER,
  IMPORT_COLUMNS.numerator.vi,
  IMPORT_COLUMNS.denominator.vi,
  IMPORT_COLUMNS.sourceRef.vi,
  IMPORT_COLUMNS.sourceQuote.vi,
  IMPORT_COLUMNS.note.vi,
  'Kỳ trước (tham khảo)',
  'Kế hoạch (tham khảo)',
  'Ghi chú tham khảo / Reference note',
];

const DEMO: Record<'previous' | 'plan', Bilingual> = {
  previous: { vi: 'Kỳ trước: dữ liệu minh hoạ (demo)', en: 'Previous period: demo data' },
  plan: { vi: 'Kế hoạch: dữ liệu minh hoạ (demo)', en: 'Plan: demo data' },
};

/** Which reference figures of a row are demo data, said in both languages; null when none is. */
export function demoNote(row: Pick<FormRow, 'previous' | 'plan'>): string | null {
  const demo = [row.previous?.isDemo && DEMO.previous, row.plan?.isDemo && DEMO.plan].filter(
    (d): d is Bilingual => !!d,
  );
  if (demo.length === 0) return null;
  return `${demo.map((d) => d.vi).join('; ')} / ${demo.map((d) => d.en).join('; ')}`;
}

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
      r ? qualifierWord(r.qualifier, 'vi') || null : null,
      isParts ? (r?.numerator ?? null) : null,
      isParts ? (r?.denominator ?? null) : null,
      r?.sourceRef ?? form.sourceRef ?? null,
      r?.sourceQuote ?? null,
      r?.note ?? null,
      // For reference, as the screen shows them; a figure already entered stays as typed.
      indicator ? roundAsShown(row.previous?.value ?? null, indicator.unit) : (row.previous?.value ?? null),
      indicator ? roundAsShown(row.plan?.value ?? null, indicator.unit) : (row.plan?.value ?? null),
      demoNote(row),
    ];
  });
  return [TEMPLATE_HEADER, ...rows];
}
