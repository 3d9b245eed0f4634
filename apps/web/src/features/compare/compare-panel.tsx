/**
 * One small multiple: an indicator over the range, a line per province on the panel's shared
 * scale, each province's plan as dotted steps, the national and regional values in grey. Gaps
 * are left as gaps and listed under the chart; restated or incomplete points are hollow, demo
 * points ringed. In relative mode every line is its own index to the base period; a rank's axis
 * runs upside down in both modes (core's `sharedDomain`), so better is always up.
 */
import {
  buildPanel,
  formatIndicatorValue,
  formatNumber,
  formatPercent,
  mergerBoundary,
  type Panel,
  type PanelRow,
  periodLabel,
  periodOf,
  seriesGaps,
  sharedDomain,
  shownValues,
  unitLabel,
} from '@cds/core';
import { useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { fileStem } from '../../shared/chart-export/download-file.ts';
import { ExportMenu } from '../../shared/chart-export/export-menu.tsx';
import { seriesSheet } from './compare-files.ts';
import type { Comparison, IndicatorComparison } from './compare-queries.ts';
import { type DotProps, renderDot, renderPlan } from './panel-marks.tsx';
import { PanelNotes } from './panel-notes.tsx';
import { PanelTooltip } from './panel-tooltip.tsx';
import { colorOf, dashOf, NATIONAL_INK, REGION_INK } from './series-style.ts';

interface Props {
  comparison: Comparison;
  item: IndicatorComparison;
  base: string | null;
  showNational: boolean;
  nameOf: (unitId: string) => string;
  onAdd: (unitId: string) => void;
}

export function ComparePanel({ comparison, item, base, showNational, nameOf, onAdd }: Props) {
  const { t, locale, name } = useI18n();
  const chartRef = useRef<HTMLDivElement>(null);
  const { indicator } = item;
  const unitIds = comparison.units.map((u) => u.id);
  const panel: Panel = buildPanel(
    {
      indicator,
      periods: comparison.periods,
      series: item.series,
      national: item.national,
      regional: item.regional,
      plans: item.targets,
      base,
    },
    locale,
  );
  const drawsAggregates = panel.drawsAggregates && showNational;
  const isRelative = base !== null;
  const { domain, floor, ticks, isReversed } = sharedDomain(
    shownValues({ ...panel, drawsAggregates }),
    indicator.unit,
    isRelative,
  );
  const format = (v: number) =>
    isRelative ? formatNumber(v, locale, 1) : formatIndicatorValue(v, indicator.unit, locale);
  // Ticks carry the number only ("800", "95%"); the unit is said once, beside the title.
  const tick = (v: number) =>
    !isRelative && indicator.unit === 'percent' ? formatPercent(v, locale, 0) : formatNumber(v, locale, 1);
  const merger = mergerBoundary(comparison.periods);
  const mergerLabel = panel.rows.find((r) => r.period === merger)?.label;
  const regionName = (code: string) => {
    const region = comparison.regions.find((r) => r.code === code);
    return region ? name(region) : code;
  };
  const gaps = seriesGaps(
    comparison.periods,
    item.series.map((s) => ({ seriesId: s.unitId, points: s.points })),
  );
  const title = name(indicator);
  // A rank's axis runs upside down in both modes (better is up): say so in both.
  const indexed = isRelative ? t('compare.indexed', { base: periodLabel(periodOf(base), locale) }) : null;
  const subtitle =
    indicator.unit === 'rank'
      ? [indexed, t('lowerIsBetter')].filter(Boolean).join(' · ')
      : (indexed ?? (indicator.unit === 'percent' ? undefined : unitLabel(indicator.unit, locale)));
  const hasPlans = panel.rows.some((r) => Object.keys(r.plans).length > 0);
  return (
    <figure className="compare-panel" data-indicator={indicator.key}>
      <figcaption>
        <h3>{title}</h3>
        {subtitle && <span className="muted">{subtitle}</span>}
      </figcaption>
      <div className="compare-chart" ref={chartRef}>
        <ResponsiveContainer width="100%" height={280}>
          {/* Drawn afresh when the grey lines come or go: Recharts paints lines in the order they
              mount, and the provinces must stay on top whatever the route to this view. */}
          <LineChart
            key={drawsAggregates ? 'with-aggregates' : 'without'}
            data={panel.rows}
            margin={{ top: 16, right: 16, bottom: 4, left: 4 }}
          >
            <CartesianGrid stroke="#e6e1dc" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis
              tick={{ fontSize: 12 }}
              width={56}
              domain={domain}
              ticks={ticks ?? undefined}
              reversed={isReversed}
              allowDataOverflow={false}
              tickFormatter={tick}
            />
            <Tooltip
              content={
                <PanelTooltip
                  unit={indicator.unit}
                  isRelative={isRelative}
                  unitIds={unitIds}
                  nameOf={nameOf}
                  regionName={regionName}
                  drawsAggregates={drawsAggregates}
                />
              }
            />
            {isRelative && <ReferenceLine y={100} stroke="#bdb6ae" strokeWidth={1.5} />}
            {mergerLabel && (
              <ReferenceLine
                x={mergerLabel}
                stroke="#1f5f8b"
                strokeDasharray="4 4"
                label={{
                  value: t('mergerMarker'),
                  position: 'insideTopRight',
                  fill: '#1f5f8b',
                  fontSize: 11,
                }}
              />
            )}
            {drawsAggregates && (
              <Line
                name={t('compare.national')}
                dataKey={(row: PanelRow) => row.national?.shown ?? null}
                stroke={NATIONAL_INK}
                strokeWidth={2}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            )}
            {drawsAggregates &&
              item.regional.map((r) => (
                <Line
                  key={r.regionCode}
                  name={t('compare.region', { name: regionName(r.regionCode) })}
                  dataKey={(row: PanelRow) => row.regional[r.regionCode]?.shown ?? null}
                  stroke={REGION_INK}
                  strokeWidth={1.5}
                  strokeDasharray="6 3"
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            {hasPlans &&
              unitIds.map((unitId, i) => (
                <Line
                  key={`plan-${unitId}`}
                  name={t('compare.plan', { name: nameOf(unitId) })}
                  type="stepAfter"
                  dataKey={(row: PanelRow) => row.plans[unitId]?.shown ?? null}
                  stroke={colorOf(i)}
                  strokeWidth={1.5}
                  strokeDasharray="1 4"
                  strokeLinecap="round"
                  dot={(props: DotProps) => renderPlan(props, unitId, colorOf(i))}
                  activeDot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            {unitIds.map((unitId, i) => (
              <Line
                key={unitId}
                name={nameOf(unitId)}
                // The line joins complete periods only: a period not over (the year to date) is not
                // drawn as if it were a whole one.
                dataKey={(row: PanelRow) =>
                  row.cells[unitId]?.isIncomplete ? null : (row.cells[unitId]?.shown ?? null)
                }
                stroke={colorOf(i)}
                strokeWidth={2.25}
                strokeDasharray={dashOf(i) || undefined}
                dot={(props: DotProps) => renderDot(props, unitId, colorOf(i))}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
            {unitIds.map((unitId, i) => (
              // A period not over: its hollow point alone, apart from the line.
              <Line
                key={`${unitId}-to-date`}
                name={nameOf(unitId)}
                legendType="none"
                dataKey={(row: PanelRow) =>
                  row.cells[unitId]?.isIncomplete ? (row.cells[unitId]?.shown ?? null) : null
                }
                stroke="none"
                dot={(props: DotProps) => renderDot(props, unitId, colorOf(i))}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <PanelNotes
        comparison={comparison}
        item={item}
        panel={panel}
        gaps={gaps}
        base={base}
        showNational={showNational}
        floor={floor === null ? null : format(floor)}
        nameOf={nameOf}
        regionName={regionName}
        onAdd={onAdd}
      />
      <ExportMenu
        label={t('compare.chartOf', { indicator: title })}
        fileName={fileStem(
          `so-sanh ${indicator.key} ${comparison.from} ${comparison.to}${isRelative ? ' goc' : ''}`,
        )}
        title={subtitle ? `${title} (${subtitle})` : title}
        sheets={() => [seriesSheet([item], base, nameOf, regionName, t, name)]}
        svg={() => chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface')}
        legend={[
          ...unitIds.map((id, i) => ({ label: nameOf(id), color: colorOf(i), dash: dashOf(i) })),
          ...(drawsAggregates
            ? [
                { label: t('compare.national'), color: NATIONAL_INK, dash: '' },
                ...item.regional.map((r) => ({
                  label: t('compare.region', { name: regionName(r.regionCode) }),
                  color: REGION_INK,
                  dash: '6 3',
                })),
              ]
            : []),
        ]}
      />
    </figure>
  );
}
