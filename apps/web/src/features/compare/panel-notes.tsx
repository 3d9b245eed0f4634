/**
 * What a panel's chart cannot say by itself: where the axis starts, the periods without figures
 * (never bridged), series with no base value in relative mode, a national total left off the
 * provinces' scale, and — for a new province with nothing as reported before the merger — its
 * former provinces, one click away.
 */
import {
  formatIndicatorValue,
  type Panel,
  periodLabel,
  periodOf,
  periodShortLabel,
  type SeriesGap,
  vintageOfPeriod,
} from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Comparison, IndicatorComparison } from './compare-queries.ts';
import { MAX_UNITS } from './compare-selection.ts';

interface Props {
  comparison: Comparison;
  item: IndicatorComparison;
  panel: Panel;
  gaps: readonly SeriesGap[];
  base: string | null;
  showNational: boolean;
  /** The axis's first value, formatted, when it is not 0. */
  floor: string | null;
  nameOf: (unitId: string) => string;
  regionName: (code: string) => string;
  onAdd: (unitId: string) => void;
}

export function PanelNotes(props: Props) {
  const { comparison, item, panel, gaps, base, showNational, floor, nameOf, regionName, onAdd } = props;
  const { t, locale } = useI18n();
  const short = (key: string) => periodShortLabel(periodOf(key), locale);
  const runText = (gap: SeriesGap) =>
    gap.isEmpty
      ? t('compare.gapAll')
      : gap.runs.map(([a, b]) => (a === b ? short(a) : `${short(a)}–${short(b)}`)).join(', ');
  const seriesName = (id: string) =>
    id === 'national'
      ? t('compare.national')
      : comparison.units.some((u) => u.id === id)
        ? nameOf(id)
        : regionName(id);
  const lastNational = [...item.national].reverse().find((p) => p.value !== null);
  const isFull = comparison.units.length >= MAX_UNITS;
  // A province of the 34 without figures as reported before the merger: those are its parts'.
  const formerOnly =
    comparison.view === 'reported'
      ? gaps.filter(
          (g) =>
            g.runs.some(([first]) => vintageOfPeriod(periodOf(first)) === 63) &&
            // Empty over a range that reaches past the merger: not a matter of vintage (a yearly index by quarter).
            (!g.isEmpty || comparison.periods.every((p) => vintageOfPeriod(periodOf(p)) === 63)),
        )
      : [];
  return (
    <div className="panel-notes">
      {floor && <p className="axis-note">{t('compare.axisFrom', { value: floor })}</p>}
      {gaps.length > 0 && (
        <div className="gap-note">
          <span>{t('compare.gaps')}</span>
          <ul>
            {gaps.map((gap) => (
              <li key={gap.seriesId} data-unit={gap.seriesId}>
                {nameOf(gap.seriesId)}: {runText(gap)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {formerOnly.map((gap) => {
        const unit = comparison.units.find((u) => u.id === gap.seriesId);
        const parts = (unit?.predecessorIds ?? []).filter(
          (id) => id !== unit?.id && !comparison.units.some((u) => u.id === id),
        );
        if (unit?.vintage !== 34 || parts.length === 0) return null;
        return (
          <p key={unit.id} className="notice former-hint">
            {t('compare.formerHint', { name: nameOf(unit.id) })}{' '}
            {parts.map((id) => (
              <button
                key={id}
                type="button"
                className="chip chip-add"
                disabled={isFull}
                aria-label={t('compare.add', { name: nameOf(id) })}
                onClick={() => onAdd(id)}
              >
                <span aria-hidden="true">+ </span>
                {nameOf(id)}
              </button>
            ))}
          </p>
        );
      })}
      {base !== null &&
        panel.baseProblems.map((p) => (
          <p key={p.seriesId} className="base-problem">
            {seriesName(p.seriesId)}:{' '}
            {t(p.problem === 'zero_base' ? 'compare.zeroBase' : 'compare.noBase', {
              base: periodLabel(periodOf(base), locale),
            })}
          </p>
        ))}
      {showNational && !panel.drawsAggregates && lastNational?.value != null && (
        <p className="muted">
          {t('compare.sumNotDrawn', {
            value: `${short(lastNational.period)}: ${formatIndicatorValue(lastNational.value, item.indicator.unit, locale)}`,
          })}
        </p>
      )}
    </div>
  );
}
