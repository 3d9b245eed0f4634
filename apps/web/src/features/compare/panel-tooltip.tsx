/** A panel's tooltip: each province's figure (and its index in relative mode), plan, and what kind of figure it is. */
import { formatIndicatorValue, formatNumber, type IndicatorUnit, type PanelRow } from '@cds/core';
import { useI18n } from '../../i18n/use-i18n.ts';

interface Props {
  active?: boolean;
  payload?: { payload: PanelRow }[];
  unit: IndicatorUnit;
  isRelative: boolean;
  unitIds: readonly string[];
  nameOf: (unitId: string) => string;
  regionName: (code: string) => string;
  drawsAggregates: boolean;
}

export function PanelTooltip(props: Props) {
  const { active, payload, unit, isRelative, unitIds, nameOf, regionName, drawsAggregates } = props;
  const { t, locale } = useI18n();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const value = (v: number) => formatIndicatorValue(v, unit, locale);
  const both = (shown: number, raw: number) =>
    isRelative ? `${formatNumber(shown, locale, 1)} (${value(raw)})` : value(raw);
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>
      {unitIds.map((unitId) => {
        const cell = row.cells[unitId];
        const plan = row.plans[unitId];
        return (
          <div key={unitId}>
            {nameOf(unitId)}:{' '}
            {cell?.value === null || !cell
              ? '—'
              : cell.shown === null
                ? value(cell.value)
                : both(cell.shown, cell.value)}
            {cell?.isPartlyDemo ? (
              <span className="tooltip-flag"> · {t('partlyDemo')}</span>
            ) : (
              cell?.isDemo && <span className="tooltip-flag"> · {t('demo')}</span>
            )}
            {cell?.isRestated && <span className="tooltip-flag"> · {t('restated')}</span>}
            {cell?.isIncomplete && <span className="tooltip-flag"> · {t('incomplete')}</span>}
            {plan && (
              <span className="muted">
                {' '}
                · {t('target')} {both(plan.shown, plan.value)}
                {plan.isDerived ? ` (${t('derivedTarget')})` : ''}
              </span>
            )}
          </div>
        );
      })}
      {drawsAggregates && row.national && (
        <div className="muted">
          {t('compare.national')}: {both(row.national.shown, row.national.value)}
          {row.national.isPartial ? ` · ${t('compare.partial')}` : ''}
          {row.national.isDemo ? ` · ${t('demo')}` : ''}
        </div>
      )}
      {drawsAggregates &&
        Object.entries(row.regional).map(([code, r]) => (
          <div key={code} className="muted">
            {t('compare.region', { name: regionName(code) })}: {both(r.shown, r.value)}
            {r.isPartial ? ` · ${t('compare.partial')}` : ''}
          </div>
        ))}
    </div>
  );
}
