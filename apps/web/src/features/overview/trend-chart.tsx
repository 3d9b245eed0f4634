/**
 * An indicator over time for one province, with its plan as a dashed line and the
 * 1 July 2025 merger marked. Demo, restated and incomplete points are drawn
 * differently and named in the tooltip. Loaded lazily: Recharts is the heaviest chunk.
 */
import {
  buildTrendRows,
  formatIndicatorValue,
  type IndicatorUnit,
  type Locale,
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
import type { Translate } from '../../i18n/use-i18n.ts';
import type { Series } from './overview-queries.ts';

interface Props {
  series: Series;
  locale: Locale;
  t: Translate;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TrendRow;
}

function ValueDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload || payload.value === null) return null;
  const isHollow = !payload.isComplete || payload.isDerived;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={payload.isDemo ? 3.5 : 5}
      fill={isHollow ? '#fff' : payload.isDemo ? '#7a7a7a' : '#b3261e'}
      stroke={payload.isDemo ? '#7a7a7a' : '#b3261e'}
      strokeWidth={2}
      strokeDasharray={payload.basis === 'restated' ? '2 1' : undefined}
    />
  );
}

function TooltipBody({
  active,
  payload,
  unit,
  locale,
  t,
}: {
  active?: boolean;
  payload?: { payload: TrendRow }[];
  unit: IndicatorUnit;
  locale: Locale;
  t: Translate;
}) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const fmt = (v: number | null) => (v === null ? '—' : formatIndicatorValue(v, unit, locale));
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      <div>
        {t('value')}: {fmt(row.value)}
      </div>
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
      {row.isDemo && <div className="tooltip-flag">{t('demo')}</div>}
      {row.basis === 'restated' && <div className="tooltip-flag">{t('restated')}</div>}
      {row.basis === 'rolled_up' && <div className="tooltip-flag">{t('rolledUp')}</div>}
      {!row.isComplete && row.value !== null && (
        <div className="tooltip-flag">
          {t('incomplete')}: {t('incompleteHelp')} {row.missing.join(', ')}
        </div>
      )}
    </div>
  );
}

export default function TrendChart({ series, locale, t }: Props) {
  const points = series.points.filter((p) => p.unitId === series.units[0]?.id);
  const rows = buildTrendRows(points, series.targets, locale);
  const merger = mergerBoundary(rows.map((r) => r.period));
  const mergerLabel = rows.find((r) => r.period === merger)?.label;
  const unit = series.indicator.unit;
  const hasTarget = rows.some((r) => r.target !== null);
  const hasNational = rows.some((r) => r.nationalTarget !== null);
  return (
    <div className="chart" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e6e1dc" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis
            tick={{ fontSize: 12 }}
            width={72}
            reversed={unit === 'rank'}
            domain={unit === 'percent' ? [0, 100] : ['auto', 'auto']}
            tickFormatter={(v: number) => formatIndicatorValue(v, unit, locale)}
          />
          <Tooltip content={<TooltipBody unit={unit} locale={locale} t={t} />} />
          <Legend />
          {mergerLabel && (
            <ReferenceLine
              x={mergerLabel}
              stroke="#1f5f8b"
              strokeDasharray="4 4"
              label={{ value: t('mergerMarker'), position: 'top', fill: '#1f5f8b', fontSize: 12 }}
            />
          )}
          <Line
            name={t('value')}
            dataKey="value"
            stroke="#b3261e"
            strokeWidth={2}
            dot={<ValueDot />}
            connectNulls={false}
            isAnimationActive={false}
          />
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
  );
}
