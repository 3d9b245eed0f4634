/**
 * The period form as the API takes it (`PUT /api/period-forms/:unitId/:period`):
 *
 * 1. **Which rows.** Every row changed here, and every open draft or returned row (unchanged,
 *    it comes back as `unchanged`; sent, it takes up a new form source). Rows not sent are left
 *    as they are; a changed row emptied withdraws its draft. Read-only rows are never sent.
 * 2. **Blank is null.** An empty note or source is sent as null, never "": the API compares
 *    what it holds with what it is sent, and a row's blank source must fall back to the form's.
 * 3. **basedOn** is the open revision the row was edited from, so a save over a figure changed
 *    meanwhile is refused (409) rather than made unseen.
 * 4. **sent** lists the rows in the order sent: the API names problems by that place (`rows.3…`).
 */
import type { PeriodFormSave } from '@cds/core';
import type { SentRow } from './form-errors.ts';
import type { Basis, RowReading, RowText } from './row-text.ts';

export interface RowToSave {
  key: string;
  isEditable: boolean;
  isDirty: boolean;
  /** The row has a draft or a returned revision. */
  isOpen: boolean;
  figure: RowReading['figure'];
  text: RowText;
  basis: Basis | null;
}

const blankToNull = (text: string) => text.trim() || null;

export function saveBody(
  rows: readonly RowToSave[],
  source: { sourceRef: string; sourceQuote: string },
  submit: boolean,
): { body: PeriodFormSave; sent: SentRow[] } {
  const sending = rows.filter((r) => r.isEditable && (r.isDirty || r.isOpen));
  return {
    body: {
      sourceRef: blankToNull(source.sourceRef),
      sourceQuote: blankToNull(source.sourceQuote),
      submit,
      rows: sending.map((r) => ({
        indicatorKey: r.key,
        ...r.figure,
        sourceRef: blankToNull(r.text.sourceRef),
        sourceQuote: blankToNull(r.text.sourceQuote),
        note: blankToNull(r.text.note),
        basedOn: r.basis,
      })),
    },
    sent: sending.map((r) => ({ key: r.key, hasOwnSource: r.text.sourceRef.trim() !== '' })),
  };
}
