/**
 * A small yearly chart for the printed report: the province's values, the straight trajectory
 * from the baseline to the target and the target itself (dark, its year named). Plain SVG: it
 * prints crisply, weighs nothing and is exported as it is drawn.
 */
import { formatIndicatorValue, formatNumber, type IndicatorUnit } from '@cds/core';
import { forwardRef } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { BriefingItem } from './briefing-queries.ts';
import { smallChartShape } from './small-chart-shape.ts';

export const SMALL_CHART = { width: 230, height: 100 } as const;

interface Props {
  item: BriefingItem;
  name: string;
  unit: IndicatorUnit;
}

export const SmallChart = forwardRef<SVGSVGElement, Props>(function SmallChart({ item, name, unit }, ref) {
  const { t, locale } = useI18n();
  const shape = smallChartShape(item, SMALL_CHART.width, SMALL_CHART.height, unit === 'rank');
  if (!shape) return null;
  const fmt = (v: number) => formatIndicatorValue(v, unit, locale);
  // The axis says numbers only (the unit is the value's and the target's): they must fit its margin.
  const tick = (v: number) =>
    `${formatNumber(v, locale, unit === 'percent' ? 1 : 0)}${unit === 'percent' ? '%' : ''}`;
  return (
    <svg
      ref={ref}
      className="small-chart"
      viewBox={`0 0 ${SMALL_CHART.width} ${SMALL_CHART.height}`}
      role="img"
      aria-label={t('briefing.chart.of', { name })}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="sans-serif"
    >
      <title>{t('briefing.chart.of', { name })}</title>
      <line x1={shape.left} x2={shape.right} y1={shape.bottom} y2={shape.bottom} stroke="#bbb" />
      <text x={shape.left - 3} y={shape.yTop + 3} fontSize={9.5} textAnchor="end" fill="#555">
        {tick(shape.max)}
      </text>
      <text x={shape.left - 3} y={shape.bottom} fontSize={9.5} textAnchor="end" fill="#555">
        {tick(shape.min)}
      </text>
      {shape.ticks.map((tick, i) => (
        <text
          key={tick.year}
          x={tick.x}
          y={shape.bottom + 10}
          fontSize={9.5}
          textAnchor={i === 0 ? 'start' : i === shape.ticks.length - 1 ? 'end' : 'middle'}
          fill="#555"
        >
          {tick.year}
        </text>
      ))}
      {shape.trajectory && (
        <path d={shape.trajectory} fill="none" stroke="#6b6560" strokeWidth={1} strokeDasharray="2 2" />
      )}
      {shape.target && (
        <>
          <line
            x1={shape.left}
            x2={shape.right}
            y1={shape.target.y}
            y2={shape.target.y}
            stroke="#1d1b1a"
            strokeWidth={0.8}
            strokeDasharray="5 3"
          />
          <text x={shape.right} y={shape.target.y - 3} fontSize={9.5} textAnchor="end" fill="#1d1b1a">
            {shape.target.isNational ? t('nationalTarget') : t('target')} {shape.target.year}:{' '}
            {fmt(shape.target.value)}
          </text>
        </>
      )}
      <path d={shape.line} fill="none" stroke="#b3261e" strokeWidth={1.8} />
      {shape.points.map((p) => (
        <circle
          key={p.year}
          cx={p.x}
          cy={p.y}
          r={2.2}
          fill={p.isDemo ? '#fff' : '#b3261e'}
          stroke="#b3261e"
          strokeWidth={1}
        />
      ))}
    </svg>
  );
});
