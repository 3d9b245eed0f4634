/**
 * A card's change on the previous period: in points for a percentage, against the same months
 * when the period is not over, and flagged when a real figure is compared with demo data.
 * Rank indicators have none here: their move is said in places, or why there is none (card-rank).
 */
import { coveredMonths, isRankIndicator, type Period, periodLabel, periodOf } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { VsDemoNote } from '../../shared/badges.tsx';
import { againstText } from '../../shared/figure-wording.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import { changeText, sameMonthsText } from './card-wording.ts';
import type { SummaryItem } from './overview-queries.ts';

interface Props {
  item: SummaryItem;
  indicator: IndicatorView;
  period: Period;
}

export function CardChange({ item, indicator, period }: Props) {
  const { t, locale } = useI18n();
  const { change, previous, figure } = item;
  if (isRankIndicator(indicator) || change.delta === null || previous.period === null) return null;
  const before = periodOf(previous.period);
  const arrow = change.delta === 0 ? '■' : change.delta > 0 ? '▲' : '▼';
  const tone = change.isImprovement === null ? 'neutral' : change.isImprovement ? 'good' : 'bad';
  const against = change.isLikeForLike
    ? sameMonthsText(before, coveredMonths(period, figure), indicator.overTime, locale, t)
    : change.against
      ? againstText(change.against, false, indicator.overTime, locale, t)
      : t('vsPreviousPeriod', { period: periodLabel(before, locale) });
  return (
    <p className={`card-change tone-${tone}`}>
      <span aria-hidden="true">{arrow}</span>{' '}
      <span className="nowrap">
        {change.delta === 0 ? t('noChange') : changeText(change.delta, indicator.unit, locale, t)}
      </span>{' '}
      <span className="muted">
        {against}
        {previous.isDerived && <abbr title={t('previousDerivedHelp')}>*</abbr>}
      </span>
      {/* A demo figure's card says it is demo; the label is for a real figure measured against demo. */}
      {change.isAgainstDemo && !figure.isDemo && (
        <VsDemoNote title={t('vsDemoHelp')}>{t('vsDemo')}</VsDemoNote>
      )}
    </p>
  );
}
