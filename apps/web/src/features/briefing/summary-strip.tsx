/**
 * The top of a province's page for a period, and of its printed report: where the province
 * stands against this year's plans (counts of the cards' own verdicts), what is furthest behind
 * and by how much, its latest DTI and ICT Index ranks with their move (labelled with their
 * year when carried forward), whether it is on pace to its targets, and how far the figures go.
 */
import { formatIndicatorValue, formatNumber, type IndicatorUnit } from '@cds/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Briefing } from './briefing-queries.ts';
import { gapText, monthText, planShareText, rankMoveText } from './briefing-wording.ts';
import './briefing.css';
import { periodInText } from '../../shared/figure-wording.ts';
import { DirectionList } from './direction-list.tsx';

/** What the strip needs to know of an indicator. */
export interface StripIndicator {
  key: string;
  nameVi: string;
  nameEn: string;
  unit: IndicatorUnit;
}

interface Props {
  briefing: Briefing;
  indicatorByKey: ReadonlyMap<string, StripIndicator>;
  /** Beside the as-of date: the link to the printed report, on the province page. */
  actions?: ReactNode;
  /** The printed report leaves out what a meeting reads elsewhere on the page. */
  isCompact?: boolean;
  /** In the printed report: the row of the key-figures table an indicator is on. */
  rowOf?: (indicatorKey: string) => number | undefined;
}

const PACE_ORDER = ['achieved', 'on_track', 'behind', 'off_track'] as const;

function DemoMark({ isDemo }: { isDemo: boolean }) {
  const { t } = useI18n();
  return isDemo ? <span className="strip-demo">({t('briefing.demo')})</span> : null;
}

export function SummaryStrip({ briefing, indicatorByKey, actions, isCompact = false, rowOf }: Props) {
  const { t, locale, name } = useI18n();
  const { counts, mostBehind, ranks } = briefing.strip;
  const judged = counts.achieved + counts.close + counts.behind;
  const label = (key: string) => {
    const indicator = indicatorByKey.get(key);
    return indicator ? name(indicator) : key;
  };
  const paces = briefing.items.flatMap((i) => (i.pace ? [i.pace] : []));
  return (
    <section className="summary-strip" aria-labelledby="strip-title" data-period={briefing.period}>
      <div className="strip-top">
        <h2 id="strip-title" className="strip-title">
          {t('briefing.strip.label')}
        </h2>
        <p className="strip-as-of" data-as-of={briefing.asOf.period ?? ''}>
          {briefing.asOf.period
            ? t('briefing.asOf', { month: monthText(briefing.asOf.period, locale) })
            : t('briefing.asOfNone')}
        </p>
        {actions}
      </div>
      <div className="strip-blocks">
        <div className="strip-block strip-plan">
          <h3>
            {t('briefing.plan.titleOf', { period: periodInText(briefing.period, locale) })}
            {counts.provisional > 0 && <span className="strip-provisional"> ({t('provisional')})</span>}
          </h3>
          <ul className="strip-counts">
            {(['achieved', 'close', 'behind'] as const).map((status) => (
              <li key={status} data-status={status}>
                <span className={`status-dot status-${status}`} aria-hidden="true" />
                <strong>{formatNumber(counts[status], locale)}</strong> {t(`briefing.count.${status}`)}
              </li>
            ))}
          </ul>
          <p className="strip-note">
            {t('briefing.plan.judged', { n: judged, of: counts.of })}
            {counts.notJudged > 0 && !isCompact && (
              <> · {t('briefing.plan.notJudged', { n: counts.notJudged })}</>
            )}
            {counts.onDemo > 0 && <> · {t('briefing.plan.onDemo', { n: counts.onDemo })}</>}
          </p>
        </div>

        <div className="strip-block strip-behind">
          <h3>{t('briefing.behind.title')}</h3>
          {mostBehind.length === 0 ? (
            <p className="strip-note">{t('briefing.behind.none')}</p>
          ) : (
            <ol>
              {mostBehind.map((item) => {
                const unit = indicatorByKey.get(item.indicatorKey)?.unit ?? 'count';
                return (
                  <li key={item.indicatorKey} data-indicator={item.indicatorKey}>
                    <span className="strip-name">{label(item.indicatorKey)}</span>{' '}
                    <DemoMark isDemo={item.isDemo} />
                    <span className="strip-figures">
                      <strong>
                        {t('briefing.behind.ofPlan', { pct: planShareText(item.ratio, locale) })}
                      </strong>
                      {' · '}
                      <span className="nowrap">
                        {t('briefing.behind.gap', { gap: gapText(item.gap, unit, locale, t) })}
                      </span>
                      {!isCompact && (
                        <span className="muted">
                          {' '}
                          (
                          {item.basis === 'full' || item.plan === null
                            ? t('briefing.behind.against', {
                                value: formatIndicatorValue(item.value, unit, locale),
                                target: formatIndicatorValue(item.target, unit, locale),
                              })
                            : t(
                                item.basis === 'trajectory'
                                  ? 'briefing.behind.againstTrajectory'
                                  : 'briefing.behind.againstProRata',
                                {
                                  value: formatIndicatorValue(item.value, unit, locale),
                                  target: formatIndicatorValue(item.target, unit, locale),
                                  plan: formatIndicatorValue(item.plan, unit, locale),
                                },
                              )}
                          )
                        </span>
                      )}
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </div>

        <div className="strip-block strip-ranks">
          <h3>{t('briefing.ranks.title')}</h3>
          {ranks.length === 0 ? (
            <p className="strip-note">{t('briefing.ranks.none')}</p>
          ) : (
            <ul>
              {ranks.map((rank) => {
                const move = rankMoveText(rank, t);
                return (
                  <li key={rank.indicatorKey} data-indicator={rank.indicatorKey} data-year={rank.year}>
                    <span className="strip-name">{label(rank.indicatorKey)}</span>
                    <span className="strip-line">
                      <strong className="strip-rank">
                        {formatNumber(rank.rank, locale)}
                        {rank.of !== null && `/${formatNumber(rank.of, locale)}`}
                      </strong>{' '}
                      {t('briefing.rank.year', { year: rank.year })} <DemoMark isDemo={rank.isDemo} />
                      {/* A demo rank was never published: "mới nhất đã công bố" is for real ranks only. */}
                      {rank.isCarriedForward && !rank.isDemo && !isCompact && (
                        <span className="strip-note strip-carried"> · {t('briefing.rank.carried')}</span>
                      )}
                    </span>
                    {move && (
                      <span className={`strip-line strip-move tone-${move.tone}`}>
                        {move.tone === 'good' ? '▲ ' : move.tone === 'bad' ? '▼ ' : ''}
                        {move.text}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>

        <div className="strip-block strip-pace">
          <h3 title={t('briefing.pace.method')}>{t('briefing.pace.title')}</h3>
          {paces.length === 0 ? (
            <p className="strip-note">{t('briefing.pace.none')}</p>
          ) : (
            <ul className="strip-counts">
              {PACE_ORDER.map((status) => (
                <li key={status} data-pace={status}>
                  <span className={`pace-dot pace-${status}`} aria-hidden="true" />
                  <strong>{formatNumber(paces.filter((p) => p.status === status).length, locale)}</strong>{' '}
                  {t(`briefing.pace.${status}`)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <DirectionList
        direction={briefing.direction}
        indicatorByKey={indicatorByKey}
        rowOf={rowOf}
        isCompact={isCompact}
      />
    </section>
  );
}
