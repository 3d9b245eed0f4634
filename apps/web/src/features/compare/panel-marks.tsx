/**
 * The marks of a panel, drawn as the province page's trend chart draws them: a province's point
 * hollow when restated or incomplete and small when demo; a plan's value as a short level stroke.
 */
import type { PanelRow } from '@cds/core';

export interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: PanelRow;
}

/** A province's point, as on the province's trend chart: hollow when restated or incomplete, small when demo. */
export function renderDot({ cx, cy, index, payload }: DotProps, unitId: string, color: string) {
  const cell = payload?.cells[unitId];
  const key = `${unitId}-${index}`;
  if (cx === undefined || cy === undefined || !cell || cell.shown === null) return <g key={key} />;
  const isDemo = cell.isDemo || cell.isPartlyDemo;
  return (
    <circle
      key={key}
      cx={cx}
      cy={cy}
      r={isDemo ? 3.5 : 5.5}
      fill={cell.isHollow ? '#fff' : color}
      stroke={color}
      strokeWidth={2}
      data-unit={unitId}
      data-demo={isDemo}
      data-hollow={cell.isHollow}
      data-incomplete={cell.isIncomplete}
    />
  );
}

/** A plan's value: a short level stroke in the province's colour (joined to the next by the step). */
export function renderPlan({ cx, cy, index, payload }: DotProps, unitId: string, color: string) {
  const key = `plan-${unitId}-${index}`;
  if (cx === undefined || cy === undefined || !payload?.plans[unitId]) return <g key={key} />;
  return <line key={key} x1={cx - 8} x2={cx + 8} y1={cy} y2={cy} stroke={color} strokeWidth={2.5} />;
}
