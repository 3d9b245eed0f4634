/** A new figure's change from the previous period, in the unit's terms; against demo data it says so. */
import { type IndicatorUnit, periodLabel, periodOf } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import { DemoMark } from './demo-mark.tsx';
import { changeOf } from './figure-text.ts';
import type { FormRowView } from './reporting-queries.ts';

export function FigureChange({
  value,
  previous,
  unit,
}: {
  value: number | null;
  previous: FormRowView['previous'];
  unit: IndicatorUnit;
}) {
  const { t, locale } = useI18n();
  if (value === null || previous?.value == null) return <span className="muted">{t('form.none')}</span>;
  const change = changeOf(value, previous.value, unit, locale);
  const tone = change.sign > 0 ? 'tone-good' : change.sign < 0 ? 'tone-bad' : 'muted';
  const text =
    change.kind === 'places'
      ? change.places === 0
        ? t('noChange')
        : t(change.sign > 0 ? 'review.placesUp' : 'review.placesDown', { n: change.places })
      : change.kind === 'points'
        ? `${change.text} ${t('points')}`
        : change.text;
  return (
    <span className="figure-change">
      <span className={tone}>{text}</span>{' '}
      <span className="muted">
        {t('review.vsPeriod', { period: periodLabel(periodOf(previous.period), locale) })}
      </span>
      {previous.isDemo && <DemoMark />}
    </span>
  );
}
