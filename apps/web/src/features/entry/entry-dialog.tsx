/**
 * The form a province's staff use to enter or correct one figure. It checks what it
 * can before sending (the same rules the API applies, from @cds/core) and shows the
 * API's answer otherwise. Nothing is published until a reviewer approves it.
 */
import { entryIssues, type Locale, periodLabel, periodOf, validateFigure } from '@cds/core';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { localName, type Translate } from '../../i18n/use-i18n.ts';
import type { IndicatorView, UnitView } from '../overview/overview-queries.ts';
import { useCreateRevision } from './entry-queries.ts';

interface Props {
  unit: UnitView;
  indicator: IndicatorView;
  period: string;
  current: { value: number | null; numerator: number | null; denominator: number | null };
  locale: Locale;
  t: Translate;
  today: string;
  onClose: () => void;
}

const toNumber = (s: string): number | null => {
  const trimmed = s.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  // Accept Vietnamese decimals: "98,15" and thousands "1.463" are read as people write them.
  const normalised = /,\d+$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return Number(normalised);
};

export function EntryDialog({ unit, indicator, period, current, locale, t, today, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const create = useCreateRevision();
  const isRatio = indicator.unit === 'percent';
  // A ratio entered as numerator/denominator computes its value: leave it empty to be computed.
  const hasFraction = isRatio && current.numerator !== null && current.denominator !== null;
  const [value, setValue] = useState(current.value === null || hasFraction ? '' : String(current.value));
  const [numerator, setNumerator] = useState(current.numerator === null ? '' : String(current.numerator));
  const [denominator, setDenominator] = useState(
    current.denominator === null ? '' : String(current.denominator),
  );
  const [sourceRef, setSourceRef] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const figure = {
    value: toNumber(value),
    numerator: isRatio ? toNumber(numerator) : null,
    denominator: isRatio ? toNumber(denominator) : null,
  };
  const problems = [
    ...entryIssues(unit, indicator, periodOf(period), today).map((i) => i.message[locale]),
    ...validateFigure(indicator.unit, figure).map((i) => i.message[locale]),
    ...(sourceRef.trim().length < 3 ? [t('sourceRequired')] : []),
  ];

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
        {localName(unit, locale)} · {periodLabel(periodOf(period), locale)} · {localName(indicator, locale)}
      </p>
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
          {isRatio && (
            <div className="field-row">
              <label>
                {t('numerator')}
                <input inputMode="decimal" value={numerator} onChange={(e) => setNumerator(e.target.value)} />
              </label>
              <label>
                {t('denominator')}
                <input
                  inputMode="decimal"
                  value={denominator}
                  onChange={(e) => setDenominator(e.target.value)}
                />
              </label>
            </div>
          )}
          <label>
            {t('value')} {isRatio ? `(%, ${t('computedIfEmpty')})` : ''}
            <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
          </label>
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
              {errorMessage(create.error)}
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
