/**
 * The reporting deadlines, for administrators: how many days after a month, quarter, half or year
 * ends its figures are due. The staff's inbox counts days left from them.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { deadlinesQuery, useSaveDeadlines } from './deadlines-queries.ts';
import './admin-extras.css';

const TYPES = ['month', 'quarter', 'half', 'year'] as const;
type Days = Record<(typeof TYPES)[number], string>;

export function DeadlinesForm() {
  const { t } = useI18n();
  const current = useQuery(deadlinesQuery());
  const save = useSaveDeadlines();
  const [days, setDays] = useState<Days | null>(null);
  useEffect(() => {
    const d = current.data?.deadlines;
    if (d)
      setDays({
        month: String(d.month),
        quarter: String(d.quarter),
        half: String(d.half),
        year: String(d.year),
      });
  }, [current.data]);

  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  if (!days) return <LoadingState />;
  const parsed = TYPES.map((type) => Number(days[type]));
  const valid = parsed.every(
    (n, i) => days[TYPES[i] as keyof Days].trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 366,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const [month, quarter, half, year] = parsed as [number, number, number, number];
    save.mutate({ month, quarter, half, year });
  };

  return (
    <form className="deadlines-form" aria-labelledby="deadlines-title" onSubmit={submit}>
      <h2 id="deadlines-title">{t('deadlines.title')}</h2>
      <p className="muted">{t('deadlines.help')}</p>
      <div className="deadlines-fields">
        {TYPES.map((type) => (
          <label key={type}>
            <span>{t(`deadlines.${type}`)}</span>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={366}
              step={1}
              value={days[type]}
              aria-invalid={!valid}
              onChange={(e) => setDays({ ...days, [type]: e.target.value })}
            />
          </label>
        ))}
      </div>
      {!valid && (
        <p className="field-error" role="alert">
          {t('deadlines.invalid')}
        </p>
      )}
      {save.isError && (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      )}
      {save.isSuccess && !save.isPending && (
        <p className="notice" role="status">
          {t('deadlines.saved')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={!valid || save.isPending}>
        {t('deadlines.save')}
      </button>
    </form>
  );
}
