/**
 * The chart's figures as a table: one column per unit drawn, flags in words, and for a
 * restated figure the predecessors it was made of — joined with "+" only where they add up
 * (counts and flows); ranks, ratios and means are listed, never written as a sum ("40 + 32").
 */
import {
  type AcrossUnits,
  formatIndicatorValue,
  type IndicatorUnit,
  type TrendPoint,
  type TrendRow,
} from '@cds/core';
import { type Translate, useI18n } from '../../i18n/use-i18n.ts';

interface Props {
  rows: TrendRow[];
  unitIds: string[];
  names: Record<string, string>;
  unit: IndicatorUnit;
  acrossUnits: AcrossUnits;
}

/** The API's points say when demo and real parts were combined; core's TrendPoint does not (yet). */
export function isPartlyDemo(cell: TrendPoint): boolean {
  return (cell as TrendPoint & { isPartlyDemo?: boolean }).isPartlyDemo === true;
}

function flags(cell: TrendPoint, t: Translate): string {
  return [
    isPartlyDemo(cell) ? t('partlyDemo') : cell.isDemo ? t('demo') : null,
    cell.basis === 'restated' ? t('restated') : null,
    cell.basis === 'rolled_up' ? t('rolledUp') : null,
    !cell.isComplete && cell.value !== null
      ? `${t('incomplete')} (${t('missingPeriods', { periods: cell.missing.join(', ') })})`
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function TrendTable({ rows, unitIds, names, unit, acrossUnits }: Props) {
  const { t, locale } = useI18n();
  const fmt = (v: number | null | undefined) => (v == null ? '—' : formatIndicatorValue(v, unit, locale));
  const hasParts = rows.some((r) => unitIds.some((id) => (r.cells[id]?.components?.length ?? 0) > 0));
  return (
    <details className="trend-table">
      <summary>{t('dataTable')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('period')}</th>
            {unitIds.map((id) => (
              <th scope="col" key={id}>
                {names[id]}
              </th>
            ))}
            <th scope="col">{t('target')}</th>
            {hasParts && <th scope="col">{t('madeOf')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{row.label}</th>
              {unitIds.map((id) => {
                const cell = row.cells[id];
                return (
                  <td key={id}>
                    {fmt(cell?.value)}
                    {cell && flags(cell, t) && <span className="cell-flags">{flags(cell, t)}</span>}
                  </td>
                );
              })}
              <td>{fmt(row.target)}</td>
              {hasParts && (
                <td className="parts">
                  {unitIds
                    .flatMap((id) => row.cells[id]?.components ?? [])
                    .map(
                      (c) =>
                        `${names[c.unitId] ?? c.unitId}: ${fmt(c.value)}${c.isDemo ? ` (${t('demo')})` : ''}`,
                    )
                    .join(acrossUnits === 'sum' ? ' + ' : '; ')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
