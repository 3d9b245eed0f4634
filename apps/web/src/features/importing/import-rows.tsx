/** The rows a preview read, as they will be written: province, period, indicator, value, source. */
import {
  formatIndicatorValue,
  formatNumber,
  isRankIndicator,
  parsePeriod,
  periodLabel,
  withQualifier,
} from '@cds/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView, UnitView } from '../../shared/reference/reference-queries.ts';
import type { ImportRowView } from './importing-queries.ts';

interface Props {
  rows: readonly ImportRowView[];
  rowCount: number;
  unitById: ReadonlyMap<string, UnitView>;
  indicatorByKey: ReadonlyMap<string, IndicatorView>;
}

export function ImportRows({ rows, rowCount, unitById, indicatorByKey }: Props) {
  const { t, locale, name } = useI18n();
  const id = useId();
  const valueText = (row: ImportRowView) => {
    const indicator = indicatorByKey.get(row.indicatorKey);
    if (row.value === null || !indicator) return '—';
    if (isRankIndicator(indicator))
      return `${formatNumber(row.value, locale)}${row.rankedOf ? `/${formatNumber(row.rankedOf, locale)}` : ''}`;
    return withQualifier(formatIndicatorValue(row.value, indicator.unit, locale), row.qualifier, locale);
  };
  return (
    <section className="import-rows" aria-labelledby={id}>
      <h3 id={id}>{t('import.rowsTitle', { n: formatNumber(rowCount, locale) })}</h3>
      {rows.length < rowCount && (
        <p className="muted">
          {t('import.rowsMore', {
            shown: formatNumber(rows.length, locale),
            n: formatNumber(rowCount, locale),
          })}
        </p>
      )}
      <div className="import-scroll">
        <table className="review-table import-table">
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.unit')}</th>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('indicator')}</th>
              <th scope="col" className="num">
                {t('import.value')}
              </th>
              <th scope="col" className="num">
                {t('import.parts')}
              </th>
              <th scope="col">{t('source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const unit = unitById.get(row.unitId);
              const indicator = indicatorByKey.get(row.indicatorKey);
              const period = parsePeriod(row.period);
              return (
                <tr key={row.line}>
                  <td className="num">{formatNumber(row.line, locale)}</td>
                  <td>{unit ? name(unit) : row.unitId}</td>
                  <td className="nowrap">{period ? periodLabel(period, locale) : row.period}</td>
                  <td>{indicator ? name(indicator) : row.indicatorKey}</td>
                  <td className="num nowrap">{valueText(row)}</td>
                  <td className="num nowrap">
                    {row.numerator !== null && row.denominator !== null
                      ? `${formatNumber(row.numerator, locale)}/${formatNumber(row.denominator, locale)}`
                      : ''}
                  </td>
                  <td className="import-source">
                    {row.sourceRef}
                    {row.note && <span className="muted"> · {row.note}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
