/**
 * The period form's grid: a row per indicator due, grouped by family. Enter moves down a column
 * (`grid-keys.ts`); pasting several cells fills the rows from the field pasted into
 * (`paste-cells.ts`).
 */
import { FAMILIES } from '@cds/core';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { FormErrors } from './form-errors.ts';
import { FormRow } from './form-row.tsx';
import { moveInColumn } from './grid-keys.ts';
import {
  PASTE_FIELDS,
  type PasteField,
  type PastePlan,
  type PasteRow,
  planPaste,
  splitCells,
} from './paste-cells.ts';
import type { PeriodFormModel } from './use-period-form.ts';

interface Props {
  model: PeriodFormModel;
  errors: FormErrors;
  onPasted: (plan: PastePlan) => void;
}

const COLUMNS = 8;

export function ReportGrid({ model, errors, onPasted }: Props) {
  const { t, locale } = useI18n();
  const pasteRows: PasteRow[] = model.rows.map((r) => ({
    key: r.key,
    fields: r.unit === 'percent' ? PASTE_FIELDS : ['value', 'note'],
    isEditable: r.isEditable,
    isPercent: r.unit === 'percent',
  }));

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const { row, field } = event.currentTarget.dataset;
    const cells = splitCells(event.clipboardData.getData('text/plain'));
    if (!cells || !row || !PASTE_FIELDS.includes(field as PasteField)) return;
    event.preventDefault();
    const plan = planPaste(cells, { key: row, field: field as PasteField }, pasteRows, locale);
    model.applyPaste(plan.changes);
    onPasted(plan);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter also confirms a word typed with an input method (Vietnamese Telex): leave that alone.
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    moveInColumn(event.currentTarget, event.shiftKey ? -1 : 1);
  };

  return (
    <table className="report-grid" aria-label={t('form.gridLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('form.indicator')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('numerator')}</th>
          <th scope="col">{t('denominator')}</th>
          <th scope="col">{t('form.qualifier')}</th>
          <th scope="col">{t('form.readAs')}</th>
          <th scope="col">{t('form.context')}</th>
          <th scope="col">{t('note')}</th>
        </tr>
      </thead>
      {FAMILIES.map((family) => {
        const rows = model.rows.filter((r) => r.indicator.family === family);
        if (rows.length === 0) return null;
        return (
          <tbody key={family} data-family={family}>
            <tr className="family-row">
              <th colSpan={COLUMNS} scope="colgroup">
                {t(`family.${family}`)}
              </th>
            </tr>
            {rows.map((row) => (
              <FormRow
                key={row.key}
                row={row}
                errors={errors.rows[row.key] ?? {}}
                onText={(patch) => model.setText(row.key, patch)}
                onPaste={onPaste}
                onKeyDown={onKeyDown}
                onConfirm={() => model.confirmProposals([row.key])}
                onReject={() => model.rejectProposal(row.key)}
              />
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
