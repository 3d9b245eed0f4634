/**
 * One indicator for one province and period: the value as stated ("trên 90%", "12/63") with its
 * yearly sparkline, what part of the period it covers, its verdict against the plan, its pace to
 * the next plan, its change and its rank. Badges only where they change how the number is read:
 * demo, partly demo, restated, incomplete (the page header's legend says what each means).
 */
import {
  coverageLabel,
  coveredMonths,
  formatIndicatorValue,
  formatNumber,
  isRankIndicator,
  type Locale,
  type Period,
  periodLabel,
  withQualifier,
} from '@cds/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { Badge, DemoBadge, PartlyDemoBadge } from '../../shared/badges.tsx';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { useSourceText } from '../../shared/source-text.ts';
import { CardChange } from './card-change.tsx';
import { CardPace } from './card-pace.tsx';
import { CardRank } from './card-rank.tsx';
import { CardSparkline } from './card-sparkline.tsx';
import type { CardTrend } from './card-trend.ts';
import { CardVerdict } from './card-verdict.tsx';
import type { SummaryItem } from './overview-queries.ts';

interface Props {
  item: SummaryItem;
  indicator: IndicatorView;
  /** The period the card is about (the summary's). */
  period: Period;
  isSelected: boolean;
  onSelect: () => void;
  /** Shown only when the signed-in user may enter figures for this province. */
  onEdit?: () => void;
  /** The province whose form of the period to link to: only for those who may report for it. */
  formUnitId?: string;
  /** Opens the figure's history (signed-in users). */
  onHistory?: () => void;
  /** When a newer figure was sent for review: the published one stays until it is approved. */
  pendingSince?: string;
  /** The indicator's yearly values and pace to its next plan, once the briefing has come. */
  trend?: CardTrend;
}

const DAY = {
  vi: new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' }),
};

/** The value as the report states it: with its qualifier word, and a rank with its N. */
function valueText(item: SummaryItem, indicator: IndicatorView, locale: Locale): string {
  const { value, qualifier, rankedOf } = item.figure;
  if (value === null) return '';
  if (isRankIndicator(indicator)) {
    const rank = formatIndicatorValue(value, 'rank', locale);
    return rankedOf ? `${rank}/${formatNumber(rankedOf, locale)}` : rank;
  }
  return withQualifier(formatIndicatorValue(value, indicator.unit, locale), qualifier, locale);
}

export function IndicatorCard(props: Props) {
  const {
    item,
    indicator,
    period,
    isSelected,
    onSelect,
    onEdit,
    onHistory,
    pendingSince,
    trend,
    formUnitId,
  } = props;
  const { t, locale, name } = useI18n();
  const sourceText = useSourceText();
  const { figure, progress } = item;
  const value = figure.value;
  const hasFraction =
    figure.numerator !== null && figure.denominator !== null && indicator.unit === 'percent';
  const coverage =
    item.coverage && coverageLabel(period, coveredMonths(period, figure), indicator.overTime, locale);
  const missing = `${t('incompleteHelp')}: ${figure.missing.join(', ')}`;
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
        {name(indicator)}
      </button>
      <div className="card-badges">
        {figure.isPartlyDemo ? <PartlyDemoBadge /> : figure.isDemo && <DemoBadge />}
        {!figure.isComplete && value !== null && !coverage && (
          <Badge tone="incomplete" title={missing}>
            {t('incomplete')}
          </Badge>
        )}
        {figure.basis === 'restated' && <Badge tone="derived">{t('restated')}</Badge>}
        {pendingSince && (
          <Badge
            tone="info"
            title={t('pending.help', { date: DAY[locale].format(Date.parse(pendingSince)) })}
          >
            {t('pending.badge')}
          </Badge>
        )}
      </div>
      <div className="card-value-row">
        <p
          className="card-value"
          title={figure.basis === 'rolled_up' ? `${t('rolledUp')}: ${figure.parts.join(', ')}` : undefined}
        >
          {value === null ? (
            <span className="muted">{t('status.no_data')}</span>
          ) : (
            valueText(item, indicator, locale)
          )}
          {hasFraction && (
            <span className="card-fraction">
              {formatNumber(figure.numerator as number, locale)}/
              {formatNumber(figure.denominator as number, locale)}
            </span>
          )}
        </p>
        {trend && (
          <CardSparkline
            points={trend.sparkline}
            unit={indicator.unit}
            name={name(indicator)}
            isReversed={isRankIndicator(indicator)}
          />
        )}
      </div>
      {coverage && (
        <p className="card-coverage" title={missing}>
          {coverage}
        </p>
      )}
      {item.note && <p className="card-note">{item.note}</p>}
      {!isRankIndicator(indicator) && <CardVerdict item={item} indicator={indicator} />}
      {trend?.pace && <CardPace pace={trend.pace} unit={indicator.unit} isDemoSaid={figure.isDemo} />}
      <CardChange item={item} indicator={indicator} period={period} />
      <CardRank item={item} />
      {(onEdit || onHistory || formUnitId) && (
        <div className="card-actions">
          {onEdit && (
            <button type="button" className="button button-small card-edit" onClick={onEdit}>
              {t('editFigure')}
            </button>
          )}
          {formUnitId && (
            <Link
              to="/bao-cao/$unitId/$period"
              params={{ unitId: formUnitId, period: period.key }}
              className="button button-small button-quiet card-form"
              aria-label={t('periodForm.linkOf', {
                period: periodLabel(period, locale),
                indicator: name(indicator),
              })}
            >
              {t('periodForm.link')}
            </Link>
          )}
          {onHistory && (
            <button
              type="button"
              className="button button-small button-quiet card-history"
              aria-label={t('history.openOf', { indicator: name(indicator) })}
              onClick={onHistory}
            >
              {t('history.open')}
            </button>
          )}
        </div>
      )}
      {(!figure.isDemo || figure.isPartlyDemo) && figure.sourceRefs.length > 0 && (
        <details className="card-source">
          <summary>
            {t('source')}: {sourceText(figure.sourceRefs)}
          </summary>
          {item.sourceQuote && <blockquote lang="vi">«{item.sourceQuote}»</blockquote>}
        </details>
      )}
    </article>
  );
}
