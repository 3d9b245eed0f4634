/**
 * The country at a glance beside the ranking: the national value with the provinces it stands on,
 * the national target, how many provinces reached their plan (`planReached`), and the distribution
 * of the values as a small histogram on the dot plot's ticks (not for a rank, whose distribution is
 * flat by construction).
 */
import {
  type DistributionBin,
  formatIndicatorValue,
  formatNumber,
  formatPercent,
  type IndicatorUnit,
  type PlanReached,
  unitLabel,
} from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Ranking } from './national-picture-queries.ts';

interface Props {
  ranking: Ranking;
  reached: PlanReached;
  bins: readonly DistributionBin[] | null;
}

export function NationalSummary({ ranking, reached, bins }: Props) {
  const { t, locale } = useI18n();
  const unit = ranking.indicator.unit;
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  const national = ranking.national;
  // A rank has no national value (no rule adds ranks up), and rarely a plan: only what there is.
  const isRank = unit === 'rank';
  if (isRank && !ranking.nationalTarget && reached.judged === 0) return null;
  return (
    <section className="np-summary" aria-label={t('national.nationalValue')}>
      {!isRank && (
        <div className="np-stat">
          <span className="np-stat-label">{t('national.nationalValue')}</span>
          {national && national.value !== null ? (
            <>
              <strong className="np-stat-value" data-testid="national-value">
                {fmt(national.value)}
              </strong>
              <span className="muted">
                {t('national.nationalCoverage', { n: national.reporting, of: national.of })}
                {national.isPartial && ` · ${t('national.nationalPartial')}`}
              </span>
            </>
          ) : (
            <span className="muted">
              {national?.isWithheld
                ? t('national.withheldShort', { n: national.reporting, of: national.of })
                : t('national.nationalNone')}
            </span>
          )}
        </div>
      )}
      {(!isRank || ranking.nationalTarget) && (
        <div className="np-stat">
          <span className="np-stat-label">{t('national.nationalTarget')}</span>
          {ranking.nationalTarget ? (
            <strong className="np-stat-value">{fmt(ranking.nationalTarget.value)}</strong>
          ) : (
            <span className="muted">{t('national.noNationalTarget')}</span>
          )}
        </div>
      )}
      {(!isRank || reached.judged > 0) && (
        <div className="np-stat" data-testid="plan-reached">
          <span className="np-stat-label">{t('national.reachedLabel')}</span>
          {reached.judged > 0 ? (
            <>
              <strong className="np-stat-value">
                {reached.achieved}/{reached.judged}
              </strong>
              <span>{t('national.reached')}</span>
              <span className="muted">
                {t('national.reachedDetail', { close: reached.close, behind: reached.behind })}
                {reached.notOver > 0 && ` · ${t('national.reachedNotOver', { n: reached.notOver })}`}
                {reached.noPlan > 0 && ` · ${t('national.reachedNoPlan', { n: reached.noPlan })}`}
              </span>
              {reached.againstNational > 0 && (
                <span className="muted">
                  {t('national.reachedAgainstNational', { n: reached.againstNational })}
                </span>
              )}
            </>
          ) : reached.isWithheld ? (
            <span className="muted">
              {t('national.withheldShort', { n: reached.total - reached.noData, of: reached.total })}
            </span>
          ) : (
            <span className="muted">
              {t('national.reachedNone')}
              {reached.notOver > 0 && ` · ${t('national.reachedNotOver', { n: reached.notOver })}`}
              {reached.noPlan > 0 && ` · ${t('national.reachedNoPlan', { n: reached.noPlan })}`}
            </span>
          )}
        </div>
      )}
      {bins && bins.length > 0 && <Histogram bins={bins} unit={unit} />}
    </section>
  );
}

function Histogram({ bins, unit }: { bins: readonly DistributionBin[]; unit: IndicatorUnit }) {
  const { t, locale } = useI18n();
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  const edge = (v: number) =>
    unit === 'percent'
      ? formatPercent(v, locale, 0)
      : `${formatNumber(v, locale, 1)} ${unitLabel(unit, locale)}`.trim();
  const max = Math.max(1, ...bins.map((b) => b.count));
  const w = 220;
  const h = 70;
  const barW = w / bins.length;
  const label = bins.map((b) => `${fmt(b.from)}–${fmt(b.to)}: ${b.count}`).join('; ');
  return (
    <div className="np-stat np-histogram">
      <span className="np-stat-label">{t('national.distribution')}</span>
      <svg
        viewBox={`0 0 ${w} ${h + 16}`}
        role="img"
        aria-label={t('national.distributionLabel', { bins: label })}
      >
        {bins.map((b, i) => {
          const bh = (b.count / max) * (h - 12);
          return (
            <g key={b.from}>
              <rect x={i * barW + 1} y={h - bh} width={barW - 2} height={bh} className="np-bin" />
              {b.count > 0 && (
                <text x={i * barW + barW / 2} y={h - bh - 2} textAnchor="middle">
                  {b.count}
                </text>
              )}
            </g>
          );
        })}
        <text x={0} y={h + 12}>
          {edge(bins[0]?.from ?? 0)}
        </text>
        <text x={w} y={h + 12} textAnchor="end">
          {edge(bins.at(-1)?.to ?? 0)}
        </text>
      </svg>
    </div>
  );
}
