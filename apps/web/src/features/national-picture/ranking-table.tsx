/**
 * Provinces side by side on one indicator: rank (ties share one), value with a bar
 * scaled to the best, plan, and what kind of figure each is. Rows link to the overview.
 */
import { formatIndicatorValue } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Ranking } from './rankings-queries.ts';

interface Props {
  ranking: Ranking;
  selectedUnitId: string | null;
  onOpen: (unitId: string) => void;
}

export function RankingTable({ ranking, selectedUnitId, onOpen }: Props) {
  const { t, locale, name } = useI18n();
  const unit = ranking.indicator.unit;
  const values = ranking.rows.map((r) => r.value).filter((v): v is number => v !== null);
  const max = Math.max(...values.map(Math.abs), 0);
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  return (
    <table className="ranking-table">
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('province')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col" className="bar-col">
            <span className="visually-hidden">{t('value')}</span>
          </th>
          <th scope="col">{t('target')}</th>
          <th scope="col">{t('kindOfFigure')}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.rows.map((row) => {
          const width = row.value === null || max === 0 ? 0 : (Math.abs(row.value) / max) * 100;
          const flags = [
            row.isDemo ? t('demo') : null,
            row.basis === 'restated' ? t('restated') : null,
            row.value !== null && !row.isComplete ? t('incomplete') : null,
          ].filter(Boolean);
          return (
            <tr
              key={row.unit.id}
              className={row.unit.id === selectedUnitId ? 'is-selected' : undefined}
              data-unit={row.unit.id}
            >
              <td className="rank-cell">
                {row.rank ?? '—'}
                {row.isTied && <span title={t('tied')}>=</span>}
              </td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(row.unit.id)}>
                  {name(row.unit)}
                </button>
              </th>
              <td className="num">
                {row.value === null ? <span className="muted">{t('status.no_data')}</span> : fmt(row.value)}
              </td>
              <td className="bar-col" aria-hidden="true">
                <span className={`bar${row.isDemo ? ' is-demo' : ''}`} style={{ width: `${width}%` }} />
              </td>
              <td className="num">{row.target ? fmt(row.target.value) : '—'}</td>
              <td className="cell-flags-inline">{flags.join(' · ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
