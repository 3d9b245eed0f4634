/**
 * "Lịch sử xếp hạng": the province's DTI and ICT Index ranks by year, each as a small chart (rank
 * 1 at the top; of 63 before the merger, of 34 after, said on the chart at the merger) and a table
 * beneath for the keyboard and screen readers: year, rank of N, move, place in its region and the
 * region's best. Demo ranks are labelled. What the rows say is core's (`rankHistoryRows`).
 */
import { formatNumber } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/use-i18n.ts';
import { DemoBadge } from '../../shared/badges.tsx';
import { ErrorState } from '../../shared/query-states.tsx';
import { type RankHistory, type RankHistoryRow, rankHistoryQuery } from './rank-history-queries.ts';
import './rank-history.css';

const W = 320;
const H = 150;
const PAD = { top: 22, right: 44, bottom: 22, left: 30 };
/** The last year ranked by the 63 provinces. */
const LAST_OF_63 = 2024;

function RankChart({ rows, label }: { rows: readonly RankHistoryRow[]; label: string }) {
  const { t } = useI18n();
  const years = rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  // Each rank within its own ranking: 1 at the top, its last (63, or 34 after the merger) at the bottom.
  const lastOf = (r: RankHistoryRow) => Math.max(r.of ?? r.rank, r.rank, 2);
  const x = (year: number) =>
    PAD.left + ((year - first) / Math.max(1, last - first)) * (W - PAD.left - PAD.right);
  const y = (r: RankHistoryRow) => PAD.top + ((r.rank - 1) / (lastOf(r) - 1)) * (H - PAD.top - PAD.bottom);
  const bottom = H - PAD.bottom;
  const before = rows.filter((r) => r.year <= LAST_OF_63);
  const after = rows.filter((r) => r.year > LAST_OF_63);
  const path = (part: readonly RankHistoryRow[]) =>
    part.map((r, i) => `${i === 0 ? 'M' : 'L'}${x(r.year).toFixed(1)},${y(r).toFixed(1)}`).join(' ');
  const mergerX = before.length > 0 && after.length > 0 ? (x(LAST_OF_63) + x(LAST_OF_63 + 1)) / 2 : null;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="rank-chart">
      <text x={PAD.left - 4} y={PAD.top + 4} textAnchor="end" className="rank-axis">
        1
      </text>
      {before.length > 0 && (
        <text x={PAD.left - 4} y={bottom + 4} textAnchor="end" className="rank-axis">
          {lastOf(before[0] as RankHistoryRow)}
        </text>
      )}
      {after.length > 0 && (
        <>
          <text x={W - PAD.right + 6} y={PAD.top + 4} className="rank-axis">
            1
          </text>
          <text x={W - PAD.right + 6} y={bottom + 4} className="rank-axis">
            {lastOf(after[0] as RankHistoryRow)}
          </text>
        </>
      )}
      {mergerX !== null && (
        <g className="rank-merger">
          <line x1={mergerX} x2={mergerX} y1={PAD.top - 12} y2={bottom} />
          <text x={mergerX - 4} y={PAD.top - 10} textAnchor="end">
            {t('rankHistory.of', { n: 63 })}
          </text>
          <text x={mergerX + 4} y={PAD.top - 10}>
            {t('rankHistory.of', { n: 34 })}
          </text>
        </g>
      )}
      {[before, after].map((part) =>
        part.length > 1 ? <path key={part[0]?.year} d={path(part)} className="rank-line" /> : null,
      )}
      {rows.map((r) => (
        <circle
          key={r.year}
          cx={x(r.year)}
          cy={y(r)}
          r={r.isDemo ? 3 : 4.5}
          className={r.isDemo ? 'rank-point is-demo' : 'rank-point'}
          data-year={r.year}
          data-rank={r.rank}
        />
      ))}
      {rows.map((r) => (
        <text key={`y${r.year}`} x={x(r.year)} y={H - 6} textAnchor="middle" className="rank-axis">
          {String(r.year).slice(2)}
        </text>
      ))}
    </svg>
  );
}

function RankTable({ rows, history }: { rows: readonly RankHistoryRow[]; history: RankHistory }) {
  const { t, locale, name } = useI18n();
  const unitName = (id: string) => {
    const u = history.unitNames[id];
    return u ? (u.vintage === 63 ? t('formerName', { name: name(u) }) : name(u)) : id;
  };
  const regionName = (code: string) => {
    const r = history.regions.find((x) => x.code === code);
    return r ? name(r) : code;
  };
  return (
    <table className="rank-history-table">
      <thead>
        <tr>
          <th scope="col">{t('rankHistory.year')}</th>
          <th scope="col">{t('rankHistory.rank')}</th>
          <th scope="col">{t('rankHistory.move')}</th>
          <th scope="col">{t('rankHistory.region')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year} data-year={r.year} data-unit={r.unitId}>
            <th scope="row">{r.year}</th>
            <td className="num">
              <strong>
                {formatNumber(r.rank, locale)}
                {r.of !== null && `/${formatNumber(r.of, locale)}`}
              </strong>{' '}
              {r.isDemo && <DemoBadge />}
            </td>
            <td className="move">
              {r.move !== null
                ? r.move > 0
                  ? t('rankHistory.up', { n: r.move })
                  : r.move < 0
                    ? t('rankHistory.down', { n: -r.move })
                    : t('rankHistory.same')
                : r.isOtherRanking
                  ? t('rankHistory.notComparable')
                  : '—'}
            </td>
            <td>
              {r.region ? (
                <>
                  {t('rankHistory.place', {
                    place: r.region.place,
                    of: r.region.of,
                    region: regionName(r.region.code),
                  })}
                  {r.region.best.unitId !== r.unitId && (
                    <span className="muted">
                      {' '}
                      ·{' '}
                      {t('rankHistory.best', {
                        name: unitName(r.region.best.unitId),
                        rank: r.region.best.rank,
                      })}
                    </span>
                  )}
                </>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RankHistoryBody({ data }: { data: RankHistory }) {
  const { t, name } = useI18n();
  const shown = data.indicators.filter((i) => i.rows.length > 0);
  if (shown.length === 0) return <p className="muted">{t('rankHistory.none')}</p>;
  return (
    <>
      <p className="muted rank-history-note">
        {data.former
          ? t(data.isOneLine ? 'rankHistory.oneLine' : 'rankHistory.formerLine', {
              former: name(data.former),
            })
          : t('rankHistory.note')}
      </p>
      <div className="rank-history-grid">
        {shown.map((i) => (
          <figure key={i.indicatorKey} className="rank-history-item" data-indicator={i.indicatorKey}>
            <figcaption>
              {t(`rankHistory.indicator.${i.indicatorKey}` as 'rankHistory.indicator.dti_rank')}
            </figcaption>
            <RankChart
              rows={i.rows}
              label={t(`rankHistory.indicator.${i.indicatorKey}` as 'rankHistory.indicator.dti_rank')}
            />
            <RankTable rows={i.rows} history={data} />
          </figure>
        ))}
      </div>
    </>
  );
}

export function RankHistorySection({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const history = useQuery(rankHistoryQuery(unitId));
  return (
    <section className="rank-history" aria-labelledby="rank-history-title">
      <h2 id="rank-history-title">{t('rankHistory.title')}</h2>
      {history.isPending ? (
        // Quietly: the page's own loading state is the cards'.
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => history.refetch()} />
      ) : (
        <RankHistoryBody data={history.data} />
      )}
    </section>
  );
}
