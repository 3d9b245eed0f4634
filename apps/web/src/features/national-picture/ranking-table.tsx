/**
 * The exact version of the dot plot and the map: rank (ties share one), value, plan, and what
 * kind of figure each is. Demo data is said once for the page; a row says "demo" only when the
 * page mixes demo and real figures. Rows link to the province's page.
 */
import { formatIndicatorValue } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Ranking } from './national-picture-queries.ts';

interface Props {
  ranking: Ranking;
  /** The page mixes demo and real figures: demo rows say so. */
  isMixed: boolean;
  selectedUnitId: string | null;
  onOpen: (unitId: string) => void;
}

export function RankingTable({ ranking, isMixed, selectedUnitId, onOpen }: Props) {
  const { t, locale, name } = useI18n();
  const unit = ranking.indicator.unit;
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  return (
    <table className="ranking-table">
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('province')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('target')}</th>
          <th scope="col">{t('kindOfFigure')}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.rows.map((row) => {
          const flags = [
            isMixed && row.isDemo ? t('national.demoRow') : null,
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
              <td className="num">
                {row.target ? fmt(row.target.value) : '—'}
                {row.target?.chosenAs === 'national' && (
                  <span className="muted"> ({t('national.planNational')})</span>
                )}
              </td>
              <td className="cell-flags-inline">{flags.join(' · ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
