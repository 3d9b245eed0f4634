/** One indicator for one province and period: value, plan, progress, change and rank. */
import {
  formatIndicatorValue,
  formatNumber,
  formatSignedPercent,
  type Locale,
  periodLabel,
  periodOf,
} from '@cds/core';
import { localName, type Translate } from '../../i18n/use-i18n.ts';
import { Badge, DemoBadge } from '../../shared/badges.tsx';
import type { IndicatorView, SummaryItem } from './overview-queries.ts';

interface Props {
  item: SummaryItem;
  indicator: IndicatorView;
  locale: Locale;
  t: Translate;
  isSelected: boolean;
  onSelect: () => void;
  /** Shown only when the signed-in user may enter figures for this province. */
  onEdit?: () => void;
}

function ChangeLine({ item, indicator, locale, t }: Pick<Props, 'item' | 'indicator' | 'locale' | 't'>) {
  const { change, previous } = item;
  if (change.delta === null || previous.period === null) return null;
  const arrow = change.delta === 0 ? '■' : change.delta > 0 ? '▲' : '▼';
  const tone = change.isImprovement === null ? 'neutral' : change.isImprovement ? 'good' : 'bad';
  const delta =
    change.delta === 0
      ? t('noChange')
      : `${change.delta > 0 ? '+' : '−'}${formatIndicatorValue(Math.abs(change.delta), indicator.unit, locale)}`;
  return (
    <p className={`card-change tone-${tone}`}>
      <span aria-hidden="true">{arrow}</span> {delta}{' '}
      <span className="muted">
        {t('vsPrevious')} {periodLabel(periodOf(previous.period), locale)}
        {previous.isDerived && <abbr title={t('previousDerivedHelp')}>*</abbr>}
      </span>
      {previous.isDemo && !item.figure.isDemo && <span className="badge badge-vs-demo">{t('vsDemo')}</span>}
    </p>
  );
}

function RankLine({ item, locale, t }: Pick<Props, 'item' | 'locale' | 't'>) {
  if (item.rankMove?.label) {
    return <p className="card-rank">{item.rankMove.label[locale]}</p>;
  }
  const rank = item.rank;
  if (!rank || rank.rank === null) return null;
  const moved = rank.previousRank === null ? null : rank.previousRank - rank.rank;
  return (
    <p className="card-rank">
      {t('rank')} <strong>{rank.rank}</strong>/{rank.rankedCount}
      {rank.isTied ? ` (${t('tied')})` : ''}
      {moved !== null && moved !== 0 && (
        <span className={moved > 0 ? 'tone-good' : 'tone-bad'}>
          {' '}
          {moved > 0 ? '▲' : '▼'}
          {formatNumber(Math.abs(moved), locale)}
        </span>
      )}
    </p>
  );
}

export function IndicatorCard({ item, indicator, locale, t, isSelected, onSelect, onEdit }: Props) {
  const { figure, target, progress } = item;
  const value = figure.value;
  const barWidth = progress.ratio === null ? 0 : Math.min(100, progress.ratio * 100);
  const hasFraction =
    figure.numerator !== null && figure.denominator !== null && indicator.unit === 'percent';
  const rankOf = indicator.unit === 'rank' && figure.denominator ? `/${figure.denominator}` : '';
  return (
    <article
      className={`card status-${progress.status}${isSelected ? ' is-selected' : ''}`}
      data-indicator={indicator.key}
    >
      <button
        type="button"
        className="card-title"
        aria-pressed={isSelected}
        onClick={onSelect}
        title={t('showChart')}
      >
        {localName(indicator, locale)}
      </button>
      <div className="card-badges">
        {figure.isDemo && <DemoBadge t={t} />}
        {!figure.isComplete && value !== null && (
          <Badge tone="incomplete" title={`${t('incompleteHelp')}: ${figure.missing.join(', ')}`}>
            {t('incomplete')}
          </Badge>
        )}
        {figure.basis === 'rolled_up' && <Badge tone="info">{t('rolledUp')}</Badge>}
        {figure.basis === 'restated' && <Badge tone="derived">{t('restated')}</Badge>}
      </div>
      <p className="card-value">
        {value === null ? (
          <span className="muted">{t('status.no_data')}</span>
        ) : (
          formatIndicatorValue(value, indicator.unit, locale) + rankOf
        )}
        {hasFraction && (
          <span className="card-fraction">
            {formatNumber(figure.numerator as number, locale)}/
            {formatNumber(figure.denominator as number, locale)}
          </span>
        )}
      </p>
      {item.note && <p className="card-note">{item.note}</p>}
      {indicator.unit !== 'rank' && (
        <>
          <div
            className="progress"
            role="progressbar"
            aria-label={t(`status.${progress.status}`)}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(barWidth)}
          >
            <span style={{ width: `${barWidth}%` }} />
          </div>
          <p className="card-target">
            <span className={`status-dot status-${progress.status}`} aria-hidden="true" />
            <strong>{t(`status.${progress.status}`)}</strong>
            {progress.vsPlan !== null && (
              <span>
                {' · '}
                {formatSignedPercent(progress.vsPlan, locale)} {t('abovePlan')}
              </span>
            )}
          </p>
          <p className="card-target muted">
            {target ? (
              <>
                {target.scope === 'national' ? t('nationalTarget') : t('target')}:{' '}
                {formatIndicatorValue(target.value, indicator.unit, locale)}
                {target.isDerived && (
                  <span
                    className="badge badge-derived"
                    title={`${t('derivedTargetHelp')}: ${target.derivation ?? ''}`}
                  >
                    {t('derivedTarget')}
                  </span>
                )}
                {target.isDemo && !figure.isDemo && <DemoBadge t={t} />}
              </>
            ) : (
              t('noTarget')
            )}
          </p>
        </>
      )}
      <ChangeLine item={item} indicator={indicator} locale={locale} t={t} />
      <RankLine item={item} locale={locale} t={t} />
      {onEdit && (
        <button type="button" className="button button-small card-edit" onClick={onEdit}>
          {t('editFigure')}
        </button>
      )}
      {!figure.isDemo && figure.sourceRefs.length > 0 && (
        <details className="card-source">
          <summary>
            {t('source')}: {figure.sourceRefs.join('; ')}
          </summary>
          {item.sourceQuote && <blockquote lang="vi">«{item.sourceQuote}»</blockquote>}
        </details>
      )}
    </article>
  );
}
