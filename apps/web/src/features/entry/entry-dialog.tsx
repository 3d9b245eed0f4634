/**
 * The form a province's staff use to enter or correct one figure. It reads every number the
 * way the form's language writes it ("500.000" is five hundred thousand in Vietnamese), shows
 * beside each field the number as read, and refuses what it cannot read for certain (rules in
 * @cds/core `parse-number.ts`). It checks what it can before sending (the same rules the API
 * applies) and shows the API's answer otherwise. Nothing is published until a reviewer approves it.
 */
import {
  entryIssues,
  figureFieldsSchema,
  figureValue,
  formatForEntry,
  formatPercent,
  formatReading,
  type Locale,
  type ParseNumberResult,
  parseNumber,
  periodLabel,
  periodOf,
  validateFigure,
} from '@cds/core';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { schemaProblem } from '../../shared/forms/schema-problem.ts';
import type { IndicatorView, UnitView } from '../../shared/reference/reference-queries.ts';
import { periodFormUnit } from '../../shared/session/period-form-unit.ts';
import { useSession } from '../../shared/session/use-session.ts';
import { type CurrentFigure, figureOf, initialText, valueFieldText } from './entry-fields.ts';
import { useCreateRevision } from './entry-queries.ts';
import { NumberField } from './number-field.tsx';

interface Props {
  unit: UnitView;
  indicator: IndicatorView;
  period: string;
  /** The figure shown now. Demo data is never filled into the form. */
  current: CurrentFigure;
  today: string;
  onClose: () => void;
}

const BLANK = parseNumber('', 'vi');
const HINT_STYLE = { margin: 0, fontSize: '0.85rem' } as const;

const refusal = (read: ParseNumberResult, locale: Locale): string | null =>
  read.kind === 'refused' ? read.message[locale] : null;

export function EntryDialog({ unit, indicator, period, current, today, onClose }: Props) {
  const { t, locale, name } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const create = useCreateRevision();
  // The whole period in one form, for those who report for the province (the dialog is theirs anyway).
  const formUnitId = periodFormUnit(useSession().user, unit, periodOf(period));
  const isRatio = indicator.unit === 'percent';
  const [initial] = useState(() => initialText(current, indicator.unit, locale));
  const [value, setValue] = useState(initial.value);
  const [numerator, setNumerator] = useState(initial.numerator);
  const [denominator, setDenominator] = useState(initial.denominator);
  const [sourceRef, setSourceRef] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const valueRead = parseNumber(value, locale, { unit: indicator.unit });
  const numeratorRead = isRatio ? parseNumber(numerator, locale, { bare: true }) : BLANK;
  const denominatorRead = isRatio ? parseNumber(denominator, locale, { bare: true }) : BLANK;
  const figure = figureOf(valueRead, numeratorRead, denominatorRead);
  const isUnread = [valueRead, numeratorRead, denominatorRead].some((read) => read.kind === 'refused');
  const computed = valueRead.kind === 'empty' && isRatio ? figureValue(figure, 'percent') : null;
  const valueReadBack = valueRead.ok
    ? formatReading(valueRead, indicator.unit, locale)
    : computed === null
      ? null
      : `${formatPercent(computed, locale, 2)} (${t('entry.computedFromParts')})`;
  const partReadBack = (read: ParseNumberResult) => (read.ok ? formatReading(read, 'count', locale) : null);
  // A fraction typed as the value moves into the numerator and denominator once the field is left.
  const spreadFraction = () => {
    if (valueRead.kind !== 'fraction') return;
    setNumerator(formatForEntry(valueRead.numerator, locale));
    setDenominator(formatForEntry(valueRead.denominator, locale));
    setValue('');
  };

  const sourceRule = schemaProblem(figureFieldsSchema.shape.sourceRef, sourceRef, locale);
  const problems = [
    ...entryIssues(unit, indicator, periodOf(period), today).map((i) => i.message[locale]),
    // Unread numbers are shown at their fields; checking the rest as if they were blank would only add noise.
    ...(isUnread ? [t('entry.fixNumbers')] : validateFigure(indicator, figure).map((i) => i.message[locale])),
    // The API's own rule for a source, said as it says it.
    ...(sourceRule ? [`${t('sourceRequired')}: ${sourceRule}`] : []),
  ];
  const { label: valueLabel, placeholder } = valueFieldText(indicator.unit, locale, t);

  const send = (submit: boolean) =>
    create.mutate(
      {
        unitId: unit.id,
        indicatorKey: indicator.key,
        period,
        ...figure,
        sourceRef,
        note: note || null,
        submit,
      },
      { onSuccess: () => setDone(submit ? t('sentForReview') : t('savedDraft')) },
    );

  return (
    <dialog ref={dialog} className="entry-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('enterFigure')}</h2>
      <p className="muted">
        {name(unit)} · {periodLabel(periodOf(period), locale)} · {name(indicator)}
      </p>
      {formUnitId && (
        <p className="entry-period-form">
          <Link to="/bao-cao/$unitId/$period" params={{ unitId: formUnitId, period }}>
            {t('periodForm.fromDialog')} →
          </Link>
        </p>
      )}
      {done ? (
        <>
          <p className="notice" role="status">
            {done}
          </p>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('close')}
          </button>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            send(true);
          }}
        >
          <p className="muted" style={HINT_STYLE}>
            {t('entry.numbersHelp')}
            {current.isDemo && current.value !== null && ` ${t('entry.demoNotPrefilled')}`}
          </p>
          {isRatio && (
            <div className="field-row">
              <NumberField
                label={t('numerator')}
                text={numerator}
                onChange={setNumerator}
                readBack={partReadBack(numeratorRead)}
                error={refusal(numeratorRead, locale)}
                isBare
                grow
              />
              <NumberField
                label={t('denominator')}
                text={denominator}
                onChange={setDenominator}
                readBack={partReadBack(denominatorRead)}
                error={refusal(denominatorRead, locale)}
                isBare
                grow
              />
            </div>
          )}
          <NumberField
            label={valueLabel}
            text={value}
            onChange={setValue}
            onBlur={spreadFraction}
            readBack={valueReadBack}
            error={refusal(valueRead, locale)}
            placeholder={placeholder}
          />
          <label>
            {t('source')} *
            <input
              value={sourceRef}
              required
              placeholder={t('sourcePlaceholder')}
              onChange={(e) => setSourceRef(e.target.value)}
            />
          </label>
          <label>
            {t('note')}
            <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
          </label>
          {problems.length > 0 && (
            <ul className="form-problems" aria-live="polite">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {create.isError && (
            <p className="form-error" role="alert">
              {errorMessage(create.error, locale)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </button>
            <button
              type="button"
              className="button"
              disabled={problems.length > 0 || create.isPending}
              onClick={() => send(false)}
            >
              {t('saveDraft')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={problems.length > 0 || create.isPending}
            >
              {create.isPending ? t('sending') : t('submitForReview')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
