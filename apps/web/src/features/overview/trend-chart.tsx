/**
 * An indicator over time, with the plan as a dashed line, the straight trajectory from the
 * baseline to the next target, the national target as a dark reference of its own (never a
 * series colour), and the 1 July 2025 merger marked. Several units can be drawn (as reported, a
 * new province's predecessors have their own lines before the merger). Demo, restated and
 * incomplete points are drawn differently and named in the tooltip. The value axis starts where
 * the data lives when 0 would flatten it, and says so. Loaded lazily: Recharts is the heaviest chunk.
 */
import { buildTrendRows, formatIndicatorValue, hasValues, mergerBoundary, type TrendRow } from '@cds/core';
import { useRef } from 'react';
import {
  CartesianGrid,
  Legend,
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
import { type ChartRow, valueAxis, withTrajectory } from './chart-axis.ts';
import { fromFirstFigure } from './chart-range.ts';
import type { Series } from './overview-queries.ts';
import { type DotProps, renderDot, TooltipBody } from './trend-chart-parts.tsx';
import { trendSheetRows } from './trend-sheet.ts';
import { TrendTable } from './trend-table.tsx';

interface Props {
  series: Series;
  primaryUnitId: string;
  /** The straight line from the baseline to the next target (yearly charts), or null. */
  trajectory?: readonly { year: number; value: number }[] | null;
}

const COLORS = ['#b3261e', '#1f5f8b', '#2e7d32', '#8e44ad', '#b7791f'];
/** The national target's own ink: dark, never one of the series' colours. */
const NATIONAL = '#1d1b1a';
const TRAJECTORY = '#6b6560';

/** The last national target on the chart: the reference line drawn across it. */
function lastNationalTarget(rows: readonly ChartRow[]): { label: string; value: number } | null {
  const last = rows.filter((r) => r.nationalTarget !== null).at(-1);
  return last ? { label: last.label, value: last.nationalTarget as number } : null;
}

export default function TrendChart({ series, primaryUnitId, trajectory = null }: Props) {
  const { t, locale, name } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const rows = withTrajectory(
    fromFirstFigure(buildTrendRows(series.points, series.targets, primaryUnitId, locale)),
    trajectory,
  );
  const drawn = series.units.filter((u) => u.id === primaryUnitId || hasValues(rows, u.id));
  // Old and new units can share a name (Quảng Trị): mark the pre-merger ones.
  const names = Object.fromEntries(
    Object.values(series.unitNames).map((u) => [
      u.id,
      u.vintage === 63 && series.units.some((s) => s.vintage === 34)
        ? t('formerName', { name: name(u) })
        : name(u),
    ]),
  );
  const merger = mergerBoundary(rows.map((r) => r.period));
  const mergerLabel = rows.find((r) => r.period === merger)?.label;
  const unit = series.indicator.unit;
  const title = `${name(series.indicator)} — ${names[primaryUnitId] ?? primaryUnitId}`;
  const hasTarget = rows.some((r) => r.target !== null);
  const hasNational = rows.some((r) => r.nationalTarget !== null);
  const hasTrajectory = rows.some((r) => r.trajectory !== null);
  const national = lastNationalTarget(rows);
  const axis = valueAxis(
    rows.flatMap((r) => [
      ...Object.values(r.cells).flatMap((c) => (c.value === null ? [] : [c.value])),
      ...[r.target, r.nationalTarget, r.trajectory].filter((v): v is number => v !== null),
    ]),
    unit,
  );
  const axisNote =
    axis.floor === null
      ? undefined
      : t('briefing.chart.axisFrom', { value: formatIndicatorValue(axis.floor, unit, locale) });
  return (
    <>
      <div className="chart" data-testid="trend-chart" ref={box}>
        <ResponsiveContainer width="100%" height={320}>
          <LineChart data={rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e6e1dc" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis
              tick={{ fontSize: 12 }}
              width={axisNote ? 100 : 80}
              reversed={unit === 'rank'}
              domain={axis.domain}
              ticks={axis.ticks}
              allowDataOverflow={axis.floor !== null}
              tickFormatter={(v: number) => formatIndicatorValue(v, unit, locale)}
              label={
                axisNote
                  ? {
                      value: axisNote,
                      angle: -90,
                      position: 'insideLeft',
                      style: { fontSize: 11, fill: '#8a4b00', textAnchor: 'middle' },
                    }
                  : undefined
              }
            />
            <Tooltip content={<TooltipBody unit={unit} names={names} />} />
            <Legend />
            {mergerLabel && (
              <ReferenceLine
                x={mergerLabel}
                stroke="#1f5f8b"
                strokeDasharray="4 4"
                // Above the plot, ending at the line: the merger sits near the right edge, where a
                // centred label was cut off on a phone.
                label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => (
                  <text
                    x={(viewBox?.x ?? 0) + 2}
                    y={(viewBox?.y ?? 0) - 6}
                    textAnchor="end"
                    fill="#1f5f8b"
                    fontSize={12}
                  >
                    {t('mergerMarker')}
                  </text>
                )}
              />
            )}
            {drawn.map((u, i) => {
              const color = COLORS[i % COLORS.length] as string;
              return (
                <Line
                  key={u.id}
                  name={names[u.id]}
                  dataKey={(row: TrendRow) => row.cells[u.id]?.value ?? null}
                  stroke={color}
                  strokeWidth={2}
                  dot={(props: DotProps) => renderDot(props, u.id, color)}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              );
            })}
            {hasTarget && (
              <Line
                name={t('target')}
                dataKey="target"
                stroke="#8a6d1f"
                strokeDasharray="6 4"
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            )}
            {hasTrajectory && (
              <Line
                name={t('briefing.chart.trajectory')}
                dataKey="trajectory"
                stroke={TRAJECTORY}
                strokeWidth={1.5}
                strokeDasharray="2 3"
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            )}
            {national && (
              <ReferenceLine
                y={national.value}
                stroke={NATIONAL}
                strokeDasharray="8 4"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
                label={{
                  value: `${t('nationalTarget')} ${national.label}: ${formatIndicatorValue(national.value, unit, locale)}`,
                  position: 'insideTopLeft',
                  fill: NATIONAL,
                  fontSize: 12,
                }}
              />
            )}
            {hasNational && (
              <Line
                name={t('nationalTarget')}
                dataKey="nationalTarget"
                stroke={NATIONAL}
                strokeWidth={0}
                dot={{ r: 4, fill: '#fff', stroke: NATIONAL, strokeWidth: 2 }}
                legendType="circle"
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-legend-note muted">
        ○ {t('hollowPointHelp')} · {t('demoPointHelp')}
      </p>
      <div className="chart-downloads">
        <ExportMenu
          label={title}
          fileName={fileStem(title)}
          title={title}
          svg={() => box.current?.querySelector<SVGSVGElement>('svg.recharts-surface')}
          sheets={() => [
            {
              name: name(series.indicator),
              rows: trendSheetRows(
                rows,
                drawn.map((u) => u.id),
                names,
                {
                  period: t('period'),
                  target: t('target'),
                  nationalTarget: t('nationalTarget'),
                  trajectory: t('briefing.chart.trajectory'),
                  flags: t('briefing.chart.flags'),
                  demo: t('demo'),
                  restated: t('restated'),
                  incomplete: t('incomplete'),
                },
                unit,
              ),
            },
          ]}
        />
      </div>
      <TrendTable
        rows={rows}
        unitIds={drawn.map((u) => u.id)}
        names={names}
        unit={unit}
        acrossUnits={series.indicator.acrossUnits}
      />
    </>
  );
}
