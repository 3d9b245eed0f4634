/**
 * A card's pace to its next plan (core's `paceToPlan`: the average yearly change since the
 * baseline against the change the straight trajectory to the target asks for, the line the trend
 * chart draws): "đúng tiến độ", "chậm tiến độ", "sẽ không đạt nếu giữ tốc độ hiện tại" (with
 * where the current pace leads), "đã đạt".
 */
import { formatIndicatorValue, type IndicatorUnit } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { changeText } from '../../shared/figure-wording.ts';
import type { CardPace as Pace } from './card-trend.ts';

export function CardPace(props: {
  pace: Pace;
  unit: IndicatorUnit;
  /** The card says its figure is demo already: the pace needs no second label. */
  isDemoSaid?: boolean;
}) {
  const { pace, unit, isDemoSaid = false } = props;
  const { t, locale } = useI18n();
  const value = (v: number) => formatIndicatorValue(v, unit, locale);
  const target = t(
    pace.targetScope === 'national' ? 'briefing.pace.nationalTarget' : 'briefing.pace.target',
    {
      value: value(pace.targetValue),
      year: pace.targetYear,
    },
  );
  const rates = t('briefing.pace.rates', {
    baseYear: pace.baseYear,
    observed: changeText(pace.observedChange, unit, locale, t),
    required: changeText(pace.requiredChange, unit, locale, t),
  });
  return (
    <p className="card-pace" data-pace={pace.status} title={`${rates}. ${t('briefing.pace.method')}`}>
      <span className={`pace-dot pace-${pace.status}`} aria-hidden="true" />
      <strong>{t(`briefing.pace.${pace.status}`)}</strong>
      <span className="muted">
        {' · '}
        {target}
        {/* "Đã đạt" says with which figure, so it never contradicts a lower figure of a year not over. */}
        {pace.status === 'achieved' && (
          <>
            {' '}
            · {t('briefing.pace.reachedWith', { value: value(pace.currentValue), year: pace.currentYear })}
          </>
        )}
        {pace.status === 'off_track' && (
          <> · {t('briefing.pace.projected', { value: value(pace.projected), year: pace.targetYear })}</>
        )}
        {pace.isDemo && !isDemoSaid && <> ({t('briefing.demo')})</>}
      </span>
    </p>
  );
}
