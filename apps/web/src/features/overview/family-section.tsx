/**
 * One family of indicators (infrastructure, services, …) for a province and period: a card for
 * each indicator with data, and the names of those without, which staff can open to enter one.
 */
import type { Family, Period } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { IndicatorView } from '../../shared/reference/reference-queries.ts';
import type { CardTrend } from './card-trend.ts';
import { IndicatorCard } from './indicator-card.tsx';
import type { SummaryItem } from './overview-queries.ts';

export function FamilySection(props: {
  /** The family shown, or none when the cards of every family are shown in one order. */
  family: Family | null;
  /** The heading when no family is named. */
  heading?: string;
  items: SummaryItem[];
  indicatorByKey: Map<string, IndicatorView>;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  onEdit?: (key: string) => void;
  onHistory?: (key: string) => void;
  /** When each indicator's figure awaiting review was sent. */
  pendingSince?: ReadonlyMap<string, string>;
  /** The province whose form of the period each card links to, for those who may report for it. */
  formUnitId?: string;
  period: Period;
  /** Each indicator's sparkline and pace, by key. */
  trends?: ReadonlyMap<string, CardTrend>;
}) {
  const {
    family,
    heading,
    items,
    indicatorByKey,
    selectedKey,
    onSelect,
    onEdit,
    onHistory,
    pendingSince,
    formUnitId,
    period,
    trends,
  } = props;
  const { t, name } = useI18n();
  const shown = items.filter((i) => i.figure.value !== null || i.note);
  const empty = items.filter((i) => i.figure.value === null && !i.note);
  if (items.length === 0) return null;
  return (
    <section className="family" aria-labelledby={`family-${family ?? 'all'}`}>
      <h2 id={`family-${family ?? 'all'}`}>
        {family ? t(`family.${family}`) : heading}{' '}
        <span className="muted">
          ({t('indicatorsShownOf', { shown: shown.length, total: items.length })})
        </span>
      </h2>
      <div className="cards">
        {shown.map((item) => (
          <IndicatorCard
            key={item.indicator}
            item={item}
            indicator={indicatorByKey.get(item.indicator) as IndicatorView}
            period={period}
            isSelected={item.indicator === selectedKey}
            onSelect={() => onSelect(item.indicator)}
            onEdit={onEdit && (() => onEdit(item.indicator))}
            onHistory={onHistory && (() => onHistory(item.indicator))}
            pendingSince={pendingSince?.get(item.indicator)}
            formUnitId={formUnitId}
            trend={trends?.get(item.indicator)}
          />
        ))}
      </div>
      {empty.length > 0 && (
        <p className="no-data-list">
          <span className="muted">{t('noDataIndicators')}:</span>{' '}
          {onEdit
            ? empty.map((i) => (
                <button
                  key={i.indicator}
                  type="button"
                  className="link-button"
                  onClick={() => onEdit(i.indicator)}
                >
                  {name(indicatorByKey.get(i.indicator) as IndicatorView)}
                </button>
              ))
            : empty.map((i) => name(indicatorByKey.get(i.indicator) as IndicatorView)).join(' · ')}
        </p>
      )}
    </section>
  );
}
