/** Picks a reporting period: its type, year and position in the year. */

import type { Locale } from '@cds/core';
import { makePeriod, PERIOD_TYPES, type Period, type PeriodType, periodLabel } from '@cds/core';
import { type Translate, useI18n } from '../../i18n/use-i18n.ts';

const COUNT: Record<PeriodType, number> = { year: 1, half: 2, quarter: 4, month: 12 };
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The part of a period label inside its year: "Quý II", "6 tháng đầu năm", "Tháng 07". */
function indexLabel(type: PeriodType, index: number, locale: Locale, t: Translate): string {
  if (type === 'half') return t(index === 1 ? 'half1' : 'half2');
  if (type === 'quarter') return locale === 'vi' ? `${t('quarter')} ${ROMAN[index - 1]}` : `Q${index}`;
  if (locale === 'en') return periodLabel(makePeriod('month', 2000, index), 'en').replace(' 2000', '');
  return `${t('month')} ${String(index).padStart(2, '0')}`;
}

interface Props {
  period: Period;
  years: { first: number; last: number };
  onChange: (period: Period) => void;
}

export function PeriodPicker({ period, years, onChange }: Props) {
  const { t, locale } = useI18n();
  const yearOptions = Array.from({ length: years.last - years.first + 1 }, (_, i) => years.last - i);
  const choose = (type: PeriodType, year: number, index: number) =>
    onChange(makePeriod(type, year, Math.min(index, COUNT[type])));
  return (
    <fieldset className="period-picker">
      <legend>{t('period')}</legend>
      <div className="controls">
        <label>
          <span className="visually-hidden">{t('periodType')}</span>
          <select
            aria-label={t('periodType')}
            value={period.type}
            onChange={(e) => choose(e.target.value as PeriodType, period.year, 1)}
          >
            {[...PERIOD_TYPES].reverse().map((type) => (
              <option key={type} value={type}>
                {t(`periodType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {period.type !== 'year' && (
          <label>
            <span className="visually-hidden">{t(`periodType.${period.type}`)}</span>
            <select
              aria-label={t(`periodType.${period.type}`)}
              value={period.index}
              onChange={(e) => choose(period.type, period.year, Number(e.target.value))}
            >
              {Array.from({ length: COUNT[period.type] }, (_, i) => i + 1).map((index) => (
                <option key={index} value={index}>
                  {indexLabel(period.type, index, locale, t)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span className="visually-hidden">{t('year')}</span>
          <select
            aria-label={t('year')}
            value={period.year}
            onChange={(e) => choose(period.type, Number(e.target.value), period.index)}
          >
            {yearOptions.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
