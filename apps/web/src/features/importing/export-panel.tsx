/**
 * Exporting a province's published figures and plans as CSV or XLSX for a range of years and one
 * period type (GET /api/exports/figures, signed-in users). The files are plain links: the browser
 * downloads them with the session cookie, and they work with the keyboard and "save link as".
 */
import { makePeriod, PERIOD_TYPES, type PeriodType } from '@cds/core';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { UnitView } from '../../shared/reference/reference-queries.ts';
import { exportUrl } from './import-request.ts';

const LAST_INDEX: Record<PeriodType, number> = { year: 1, half: 2, quarter: 4, month: 12 };
const DEMO = ['include', 'exclude', 'only'] as const;

interface Props {
  unit: UnitView;
  years: { first: number; last: number };
  /** The year the range ends in at first. */
  lastYear: number;
}

export function ExportPanel({ unit, years, lastYear }: Props) {
  const { t, name } = useI18n();
  const id = useId();
  const [type, setType] = useState<PeriodType>('month');
  const [fromYear, setFromYear] = useState(Math.max(years.first, lastYear - 1));
  const [toYear, setToYear] = useState(lastYear);
  const [demo, setDemo] = useState<(typeof DEMO)[number]>('include');
  const [plans, setPlans] = useState(true);
  const yearOptions = Array.from({ length: years.last - years.first + 1 }, (_, i) => years.last - i);
  const isBackwards = fromYear > toYear;
  const href = (format: 'csv' | 'xlsx') =>
    exportUrl({
      unitIds: [unit.id],
      from: makePeriod(type, fromYear, 1).key,
      to: makePeriod(type, toYear, LAST_INDEX[type]).key,
      format,
      demo,
      plans,
    });

  return (
    <section className="export-panel" aria-labelledby={`${id}-title`} data-unit={unit.id}>
      <h2 id={`${id}-title`}>
        {t('export.title')} <span className="muted">· {name(unit)}</span>
      </h2>
      <p className="muted">{t('export.help')}</p>
      <div className="export-fields">
        <label>
          {t('periodType')}
          <select value={type} onChange={(e) => setType(e.target.value as PeriodType)}>
            {[...PERIOD_TYPES].reverse().map((p) => (
              <option key={p} value={p}>
                {t(`periodType.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.from')}
          <select value={fromYear} onChange={(e) => setFromYear(Number(e.target.value))}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.to')}
          <select value={toYear} onChange={(e) => setToYear(Number(e.target.value))}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.demo')}
          <select value={demo} onChange={(e) => setDemo(e.target.value as (typeof DEMO)[number])}>
            {DEMO.map((d) => (
              <option key={d} value={d}>
                {t(`export.demo.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="export-check">
          <input type="checkbox" checked={plans} onChange={(e) => setPlans(e.target.checked)} />
          {t('export.plans')}
        </label>
      </div>
      {isBackwards ? (
        <p className="form-error" role="alert">
          {t('export.rangeBackwards')}
        </p>
      ) : (
        <p className="export-links">
          <a className="button button-primary" href={href('xlsx')} download>
            {t('export.xlsx')}
          </a>{' '}
          <a className="button" href={href('csv')} download>
            {t('export.csv')}
          </a>
        </p>
      )}
    </section>
  );
}
