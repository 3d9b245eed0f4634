/**
 * Two or three small charts for the printed report: the indicators furthest behind their plan,
 * then those furthest behind the pace to their target — each with its trajectory and target, and
 * saying which of the two it is behind and by when ("chậm so với kế hoạch năm 2026", "chậm tiến độ
 * đến mục tiêu năm 2030"), so a chart never reads against a verdict beside it.
 */
import { formatIndicatorValue } from '@cds/core';
import { useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { fileStem } from '../../shared/chart-export/download-file.ts';
import { ExportMenu } from '../../shared/chart-export/export-menu.tsx';
import { periodInText } from '../../shared/figure-wording.ts';
import type { Briefing, BriefingItem } from './briefing-queries.ts';
import { chartedItems, smallChartRows } from './charted-items.ts';
import { SmallChart } from './small-chart.tsx';
import type { StripIndicator } from './summary-strip.tsx';

function PrintChart({
  item,
  indicator,
  reason,
}: {
  item: BriefingItem;
  indicator: StripIndicator;
  reason: string | null;
}) {
  const { t, locale, name } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const last = item.sparkline.filter((p) => p.value !== null).at(-1);
  const title = t('briefing.chart.of', { name: name(indicator) });
  return (
    <figure className="print-chart" data-indicator={item.indicatorKey}>
      <figcaption>
        {name(indicator)}
        {last?.value != null && (
          <span className="print-chart-last">
            {' '}
            · {formatIndicatorValue(last.value, indicator.unit, locale)} ({last.period}
            {last.isDemo ? `, ${t('briefing.demo')}` : ''})
          </span>
        )}
        {reason && <span className="print-chart-reason">{reason}</span>}
      </figcaption>
      <SmallChart ref={svg} item={item} name={name(indicator)} unit={indicator.unit} />
      <div className="chart-downloads">
        <ExportMenu
          label={title}
          fileName={fileStem(title)}
          title={title}
          svg={() => svg.current}
          sheets={() => [
            {
              name: name(indicator),
              rows: smallChartRows(
                item,
                {
                  year: t('briefing.chart.year'),
                  value: t('briefing.chart.value'),
                  trajectory: t('briefing.chart.trajectory'),
                  target: t('target'),
                  demo: t('briefing.demo'),
                },
                indicator.unit,
              ),
            },
          ]}
        />
      </div>
    </figure>
  );
}

export function PrintCharts({
  briefing,
  indicatorByKey,
}: {
  briefing: Briefing;
  indicatorByKey: ReadonlyMap<string, StripIndicator>;
}) {
  const { t, locale } = useI18n();
  const items = chartedItems(briefing);
  const behind = new Set(briefing.strip.mostBehind.map((b) => b.indicatorKey));
  const reasonOf = (item: BriefingItem): string | null =>
    behind.has(item.indicatorKey)
      ? t('briefing.print.behindPlan', { period: periodInText(briefing.period, locale) })
      : item.pace
        ? t('briefing.print.behindPace', {
            status: t(`briefing.pace.${item.pace.status}`),
            year: item.pace.targetYear,
          })
        : null;
  if (items.length === 0) return null;
  return (
    <section className="print-section" aria-labelledby="print-charts">
      <h2 id="print-charts">{t('briefing.print.charts')}</h2>
      <div className="print-charts">
        {items.map((item) => {
          const indicator = indicatorByKey.get(item.indicatorKey);
          return indicator ? (
            <PrintChart key={item.indicatorKey} item={item} indicator={indicator} reason={reasonOf(item)} />
          ) : null;
        })}
      </div>
    </section>
  );
}
