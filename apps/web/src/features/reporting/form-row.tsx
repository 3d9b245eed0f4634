/**
 * One indicator of the period form: its name, unit and status; its number fields (the value; a
 * percentage also its numerator and denominator; a rank "r/N" in the value); the kind of figure;
 * the number as read; the previous figure and the plan; a note and, folded, its own source.
 */
import { type Locale, type ParseNumberResult, unitLabel } from '@cds/core';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { RowErrorField } from './form-errors.ts';
import { GridInput } from './grid-input.tsx';
import { OwnSource } from './own-source.tsx';
import { QualifierSelect } from './qualifier-select.tsx';
import { ReadBack } from './read-back.tsx';
import { ReportStatusBadge } from './report-status-badge.tsx';
import { RowContext } from './row-context.tsx';
import { RowNotes } from './row-notes.tsx';
import { type RowText, spreadFraction, typedQualifier, withChosenQualifier } from './row-text.ts';
import type { FigureField, FormRowModel } from './use-period-form.ts';

interface Props {
  row: FormRowModel;
  /** The API's problems with this row, by field. */
  errors: Partial<Record<RowErrorField, string>>;
  onText: (patch: Partial<RowText>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onConfirm: () => void;
  onReject: () => void;
}

const refusal = (read: ParseNumberResult, locale: Locale) =>
  read.kind === 'refused' ? read.message[locale] : null;

export function FormRow({ row, errors, onText, onPaste, onKeyDown, onConfirm, onReject }: Props) {
  const { t, locale, name } = useI18n();
  const { key, unit, text, reading, isEditable, data } = row;
  const indicator = name(row.indicator);
  const isPercent = unit === 'percent';
  const readId = `read-${key}`;
  const labelOf = (field: string) => t('form.fieldOf', { field, indicator });
  const figureInput = (field: FigureField, caption: string, placeholder?: string) => (
    <GridInput
      rowKey={key}
      field={field}
      label={labelOf(caption)}
      text={text[field]}
      onChange={(typed) => {
        const qualifier = field === 'value' ? typedQualifier(typed, unit, locale) : null;
        onText(qualifier ? { value: typed, qualifier } : { [field]: typed });
      }}
      onBlur={
        field === 'value' && isPercent
          ? () => {
              const parts = spreadFraction(text.value, locale);
              if (parts) onText({ value: '', ...parts });
            }
          : undefined
      }
      onPaste={onPaste}
      onKeyDown={onKeyDown}
      error={refusal(reading[field], locale) ?? errors[field] ?? row.issues[field] ?? null}
      isApiError={!!errors[field] || (field === 'value' && !!errors.row)}
      isDisabled={!isEditable}
      placeholder={placeholder}
      isBare={field !== 'value'}
      describedBy={field === 'value' ? readId : undefined}
    />
  );
  const unitWord = unitLabel(unit, locale);
  return (
    <>
      <tr
        className={`form-row${row.isDirty ? ' is-dirty' : ''}${row.isDirty && row.proposal?.status === 'proposed' ? ' is-proposed' : ''}`}
        data-row={key}
        data-status={data.status}
      >
        <th scope="row" className="cell-indicator">
          <span className="indicator-name">{indicator}</span>
          {unitWord && <span className="muted"> ({unitWord})</span>}
          <span className="row-status">
            <ReportStatusBadge
              status={data.status}
              title={data.status === 'submitted' ? t('form.waiting') : undefined}
            />
            {row.isDirty &&
              (row.proposal?.status === 'proposed' ? (
                <span className="proposed-mark">{t('proposal.mark')}</span>
              ) : (
                <span className="unsaved-mark">{t('form.unsaved')}</span>
              ))}
          </span>
        </th>
        <td>{figureInput('value', t('value'), unit === 'rank' ? t('form.rankPlaceholder') : undefined)}</td>
        <td>{isPercent && figureInput('numerator', t('numerator'))}</td>
        <td>{isPercent && figureInput('denominator', t('denominator'))}</td>
        <td>
          <QualifierSelect
            rowKey={key}
            label={labelOf(t('form.qualifier'))}
            qualifier={reading.figure.qualifier}
            isDisabled={!isEditable || unit === 'rank'}
            onChange={(qualifier) =>
              onText({ qualifier, value: withChosenQualifier(text.value, qualifier, unit, locale) })
            }
          />
        </td>
        <td>
          <ReadBack row={row} id={readId} />
        </td>
        <td>
          <RowContext data={data} unit={unit} />
        </td>
        <td>
          <GridInput
            rowKey={key}
            field="note"
            label={labelOf(t('note'))}
            text={text.note}
            onChange={(note) => onText({ note })}
            onPaste={onPaste}
            onKeyDown={onKeyDown}
            error={errors.note ?? null}
            isApiError={!!errors.note}
            isDisabled={!isEditable}
            placeholder={row.flags.length > 0 ? t('form.noteWhy') : t('note')}
            isWanted={row.flags.length > 0 && text.note.trim() === ''}
          />
          <OwnSource
            rowKey={key}
            indicator={indicator}
            text={text}
            onText={onText}
            error={errors.sourceRef ?? errors.sourceQuote ?? null}
            isDisabled={!isEditable}
          />
        </td>
      </tr>
      <RowNotes row={row} error={errors.row ?? null} onConfirm={onConfirm} onReject={onReject} />
    </>
  );
}
