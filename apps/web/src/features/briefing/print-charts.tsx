/**
 * Two or three small charts for the printed report: the indicators furthest behind their plan,
 * then those furthest behind the pace to their target — each with its trajectory and target.
 */
import { formatIndicatorValue } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Briefing } from './briefing-queries.ts';
import { chartedItems } from './charted-items.ts';
import { SmallChart } from './small-chart.tsx';
import type { StripIndicator } from './summary-strip.tsx';

export function PrintCharts({
  briefing,
  indicatorByKey,
}: {
  briefing: Briefing;
  indicatorByKey: ReadonlyMap<string, StripIndicator>;
}) {
  const { t, locale, name } = useI18n();
  const items = chartedItems(briefing);
  if (items.length === 0) return null;
  return (
    <section className="print-section" aria-labelledby="print-charts">
      <h2 id="print-charts">{t('briefing.print.charts')}</h2>
      <div className="print-charts">
        {items.map((item) => {
          const indicator = indicatorByKey.get(item.indicatorKey);
          if (!indicator) return null;
          const last = item.sparkline.filter((p) => p.value !== null).at(-1);
          return (
            <figure key={item.indicatorKey} className="print-chart" data-indicator={item.indicatorKey}>
              <figcaption>
                {name(indicator)}
                {last?.value != null && (
                  <span className="print-chart-last">
                    {' '}
                    · {formatIndicatorValue(last.value, indicator.unit, locale)} ({last.period}
                    {last.isDemo ? `, ${t('briefing.demo')}` : ''})
                  </span>
                )}
              </figcaption>
              <SmallChart item={item} name={name(indicator)} unit={indicator.unit} />
            </figure>
          );
        })}
      </div>
    </section>
  );
}
