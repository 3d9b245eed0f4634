/**
 * The trend chart's points and tooltip: a point hollow when restated or incomplete, small when
 * demo; the tooltip names every flag, the plans and the trajectory of its year.
 */
import { formatIndicatorValue, type IndicatorUnit, type TrendRow } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ChartRow } from './chart-axis.ts';
import { isPartlyDemo } from './trend-table.tsx';

export interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: TrendRow;
}

/** A point: hollow when restated or incomplete, small and grey-edged when demo. */
export function renderDot({ cx, cy, index, payload }: DotProps, unitId: string, color: string) {
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

export function TooltipBody(props: {
  active?: boolean;
  payload?: { payload: ChartRow }[];
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
      {row.trajectory !== null && (
        <div>
          {t('briefing.chart.trajectory')}: {fmt(row.trajectory)}
        </div>
      )}
    </div>
  );
}
