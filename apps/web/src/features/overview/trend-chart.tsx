/**
 * An indicator over time, with the plan as a dashed line and the 1 July 2025 merger
 * marked. Several units can be drawn (as reported, a new province's predecessors have
 * their own lines before the merger). Demo, restated and incomplete points are drawn
 * differently and named in the tooltip. Loaded lazily: Recharts is the heaviest chunk.
 */
import {
  buildTrendRows,
  formatIndicatorValue,
  hasValues,
  type IndicatorUnit,
  mergerBoundary,
  type TrendRow,
} from '@cds/core';
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
import { fromFirstFigure } from './chart-range.ts';
import type { Series } from './overview-queries.ts';
import { isPartlyDemo, TrendTable } from './trend-table.tsx';

interface Props {
  series: Series;
  primaryUnitId: string;
}

const COLORS = ['#b3261e', '#1f5f8b', '#2e7d32', '#8e44ad', '#b7791f'];

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: TrendRow;
}

/** A point: hollow when restated or incomplete, small and grey-edged when demo. */
function renderDot({ cx, cy, index, payload }: DotProps, unitId: string, color: string) {
  const cell = payload?.cells[unitId];
  if (cx === undefined || cy === undefined || !cell || cell.value === null)
    return <g key={`${unitId}-${index}`} />;
  const isHollow = !cell.isComplete || cell.basis === 'restated';
  return (
    <circle
      key={`${unitId}-${index}`}
      cx={cx}
      cy={cy}
      r={cell.isDemo ? 3.5 : 5.5}
      fill={isHollow ? '#fff' : color}
      stroke={color}
      strokeWidth={2}
      data-basis={cell.basis}
    />
  );
}

function TooltipBody(props: {
  active?: boolean;
  payload?: { payload: TrendRow }[];
  unit: IndicatorUnit;
  names: Record<string, string>;
}) {
  const { active, payload, unit, names } = props;
  const { t, locale } = useI18n();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const fmt = (v: number | null) => (v === null ? '—' : formatIndicatorValue(v, unit, locale));
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      {Object.values(row.cells)
        .filter((cell) => cell.value !== null)
        .map((cell) => (
          <div key={cell.unitId}>
            {names[cell.unitId]}: {fmt(cell.value)}
            {cell.isDemo && (
              <span className="tooltip-flag"> · {isPartlyDemo(cell) ? t('partlyDemo') : t('demo')}</span>
            )}
            {cell.basis === 'restated' && <span className="tooltip-flag"> · {t('restated')}</span>}
            {!cell.isComplete && <span className="tooltip-flag"> · {t('incomplete')}</span>}
          </div>
        ))}
      {row.target !== null && (
        <div>
          {t('target')}: {fmt(row.target)} {row.isTargetDerived ? `(${t('derivedTarget')})` : ''}
        </div>
      )}
      {row.nationalTarget !== null && (
        <div>
          {t('nationalTarget')}: {fmt(row.nationalTarget)}
        </div>
      )}
    </div>
  );
}

export default function TrendChart({ series, primaryUnitId }: Props) {
  const { t, locale, name } = useI18n();
  const rows = fromFirstFigure(buildTrendRows(series.points, series.targets, primaryUnitId, locale));
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
  const hasTarget = rows.some((r) => r.target !== null);
  const hasNational = rows.some((r) => r.nationalTarget !== null);
  return (
    <>
      <div className="chart" data-testid="trend-chart">
        <ResponsiveContainer width="100%" height={320}>
          <LineChart data={rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e6e1dc" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis
              tick={{ fontSize: 12 }}
              width={80}
              reversed={unit === 'rank'}
              domain={unit === 'percent' ? [0, 100] : ['auto', 'auto']}
              tickFormatter={(v: number) => formatIndicatorValue(v, unit, locale)}
            />
            <Tooltip content={<TooltipBody unit={unit} names={names} />} />
            <Legend />
            {mergerLabel && (
              <ReferenceLine
                x={mergerLabel}
                stroke="#1f5f8b"
                strokeDasharray="4 4"
                label={{ value: t('mergerMarker'), position: 'top', fill: '#1f5f8b', fontSize: 12 }}
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
            {hasNational && (
              <Line
                name={t('nationalTarget')}
                dataKey="nationalTarget"
                stroke="#1f5f8b"
                strokeWidth={0}
                dot={{ r: 5, fill: '#1f5f8b' }}
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-legend-note muted">
        ○ {t('hollowPointHelp')} · {t('demoPointHelp')}
      </p>
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
