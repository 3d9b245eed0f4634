/**
 * The table of the chosen period: for each indicator, a row per province with its value, plan,
 * progress, status, rank and change, with the cards' badges and wording. Sortable by any column
 * (aria-sort says how); a missing value sorts last either way.
 */
import {
  byImprovement,
  formatIndicatorValue,
  formatNumber,
  formatPercent,
  isRankIndicator,
  periodLabel,
  periodOf,
  type RangeChange,
  rangeChange,
  type SortDirection,
  sortTableRows,
  type TableColumn,
  withQualifier,
} from '@cds/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { Badge, DemoBadge, PartlyDemoBadge, VsDemoNote } from '../../shared/badges.tsx';
import { againstText, changeText, planGapText, verdictText } from '../../shared/figure-wording.ts';
import { useSourceText } from '../../shared/source-text.ts';
import type { ComparisonRow, IndicatorComparison } from './compare-queries.ts';

interface Props {
  item: IndicatorComparison;
  at: string;
  unitIndex: (unitId: string) => number;
  nameOf: (unitId: string) => string;
}

const COLUMNS: readonly TableColumn[] = ['unit', 'value', 'plan', 'progress', 'rank', 'change'];
/** The table's own column beside core's: the change over the whole range ("who improved most"). */
type Column = TableColumn | 'range';

/** Each province's change over the range, from its series (core's `rangeChange`). */
function rangeChanges(item: IndicatorComparison): Map<string, RangeChange> {
  return new Map(item.series.map((s) => [s.unitId, rangeChange(s.points, item.indicator)]));
}

function RangeCell({
  change,
  unit,
}: {
  change: RangeChange | undefined;
  unit: IndicatorComparison['indicator']['unit'];
}) {
  const { t, locale } = useI18n();
  if (!change?.ok)
    return (
      <td className="num" data-col="range" data-gain="">
        <span className="muted" title={change ? t(`compare.range.${change.reason}`) : undefined}>
          {change?.reason === 'different_rankings' ? t('compare.range.different_rankings') : '—'}
        </span>
      </td>
    );
  const tone = change.isImprovement === null ? 'neutral' : change.isImprovement ? 'good' : 'bad';
  const arrow = change.delta === 0 ? '■' : change.isImprovement ? '▲' : '▼';
  const amount =
    unit === 'rank'
      ? t(change.delta >= 0 ? 'compare.range.placesUp' : 'compare.range.placesDown', {
          n: formatNumber(Math.abs(change.delta), locale),
        })
      : changeText(change.delta, unit, locale, t);
  return (
    <td className={`num tone-${tone}`} data-col="range" data-gain={change.gain}>
      <span aria-hidden="true">{arrow}</span> {change.delta === 0 ? t('noChange') : amount}
      <span className="muted nowrap">
        {' '}
        · {change.from}–{change.to}
      </span>
      {change.isRestated && <Badge tone="derived">{t('restated')}</Badge>}
      {change.isDemo && <DemoBadge />}
    </td>
  );
}

function Row({
  row,
  item,
  index,
  nameOf,
  range,
}: {
  row: ComparisonRow;
  item: IndicatorComparison;
  index: number;
  nameOf: Props['nameOf'];
  range: RangeChange | undefined;
}) {
  const { t, locale } = useI18n();
  const { indicator } = item;
  const { figure, target, progress, change, rank } = row;
  const fmt = (v: number) => formatIndicatorValue(v, indicator.unit, locale);
  const gap = planGapText(progress, indicator.unit, locale, t);
  const arrow = change.delta === null ? '' : change.delta === 0 ? '■' : change.delta > 0 ? '▲' : '▼';
  const tone = change.isImprovement === null ? 'neutral' : change.isImprovement ? 'good' : 'bad';
  return (
    <tr data-unit={row.unitId} className={`status-${progress.status}`}>
      <th scope="row">
        <span className={`row-swatch series-${index}`} aria-hidden="true" />
        {nameOf(row.unitId)}
        <span className="cell-flags-inline">
          {figure.isPartlyDemo ? <PartlyDemoBadge /> : figure.isDemo && <DemoBadge />}
          {figure.basis === 'restated' && <Badge tone="derived">{t('restated')}</Badge>}
          {!figure.isComplete && figure.value !== null && (
            <Badge tone="incomplete" title={`${t('incompleteHelp')}: ${figure.missing.join(', ')}`}>
              {t('incomplete')}
            </Badge>
          )}
        </span>
      </th>
      <td className="num" data-col="value">
        {figure.value === null ? (
          <span className="muted">{t('status.no_data')}</span>
        ) : isRankIndicator(indicator) && figure.rankedOf ? (
          `${fmt(figure.value)}/${formatNumber(figure.rankedOf, locale)}`
        ) : (
          withQualifier(fmt(figure.value), figure.qualifier, locale)
        )}
      </td>
      <td className="num" data-col="plan">
        {target ? (
          <>
            {target.scope === 'national' && <span className="muted">{t('nationalTarget')}: </span>}
            {fmt(target.value)}
            {target.isDerived && (
              <span className="badge badge-derived" title={t('derivedTargetHelp')}>
                {t('derivedTarget')}
              </span>
            )}
            {row.isPlanDemoForRealFigure && (
              <VsDemoNote title={t('vsDemoPlanHelp')}>{t('vsDemoPlan')}</VsDemoNote>
            )}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td data-col="progress">
        {progress.ratio !== null && (
          <div className="progress" aria-hidden="true">
            <span style={{ width: `${Math.min(100, progress.ratio * 100)}%` }} />
          </div>
        )}
        {progress.ratio !== null && (
          <span className="nowrap">
            {t('compare.ofPlan', { pct: formatPercent(progress.ratio * 100, locale) })}
          </span>
        )}
        {gap !== null && <span className="muted nowrap"> · {gap}</span>}
      </td>
      <td data-col="status">
        <span className={`status-dot status-${progress.status}`} aria-hidden="true" />
        {verdictText(progress, row.horizon, locale, t)}
        {!progress.isCertain && ['achieved', 'close', 'behind'].includes(progress.status) && (
          <abbr className="uncertain-mark" title={t('uncertain')}>
            ?
          </abbr>
        )}
      </td>
      <td className="num" data-col="rank">
        {rank?.rank != null ? (
          <>
            {rank.isApproximate && (
              <abbr className="rank-approximate" title={t('rankApproximate')}>
                ≈
              </abbr>
            )}
            {formatNumber(rank.rank, locale)}/{formatNumber(rank.of, locale)}
            {rank.isTied ? ` (${t('tied')})` : ''}
            {rank.isOnPartialFigure && <span className="muted"> · {t('rankOnPartial')}</span>}
            {rank.isAgainstDemo && <VsDemoNote title={t('vsDemoHelp')}>{t('vsDemo')}</VsDemoNote>}
          </>
        ) : row.rankMove?.label ? (
          row.rankMove.label[locale]
        ) : (
          <span className="muted" title={rank?.withheld?.[locale] ?? undefined}>
            —
          </span>
        )}
      </td>
      <td className={`num tone-${tone}`} data-col="change">
        {change.delta === null ? (
          <span className="muted">—</span>
        ) : (
          <>
            <span aria-hidden="true">{arrow}</span>{' '}
            {change.delta === 0 ? t('noChange') : changeText(change.delta, indicator.unit, locale, t)}
            {change.against && (
              <span className="muted">
                {' '}
                · {againstText(change.against, change.isLikeForLike, indicator.overTime, locale, t)}
              </span>
            )}
            {change.isAgainstDemo && !figure.isDemo && (
              <VsDemoNote title={t('vsDemoHelp')}>{t('vsDemo')}</VsDemoNote>
            )}
          </>
        )}
      </td>
      <RangeCell change={range} unit={indicator.unit} />
    </tr>
  );
}

export function CompareTable({ item, at, unitIndex, nameOf }: Props) {
  const { t, locale, name } = useI18n();
  const sourceText = useSourceText();
  // Where each province's real figure comes from (demo data names no source).
  const sources = item.table.filter((r) => !r.figure.isDemo && r.figure.sourceRefs.length > 0);
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection } | null>(null);
  const ranges = rangeChanges(item);
  const rows = !sort
    ? item.table
    : sort.column === 'range'
      ? // Descending: the most improved first, in the indicator's good direction.
        byImprovement(
          item.table,
          (r) => ranges.get(r.unitId) ?? rangeChange([], item.indicator),
          sort.direction === 'descending',
        )
      : sortTableRows(item.table, sort.column, sort.direction, nameOf);
  const span = [...ranges.values()].find((c) => c.ok);
  const label = (c: Column) =>
    c === 'range'
      ? span?.ok
        ? t('compare.col.rangeOf', { from: span.from, to: span.to })
        : t('compare.col.range')
      : t(`compare.col.${c}`);
  const onSort = (column: Column) =>
    setSort((s) =>
      s?.column === column
        ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: column === 'unit' || column === 'rank' ? 'ascending' : 'descending' },
    );
  const header = (column: Column) => (
    <th key={column} scope="col" aria-sort={sort?.column === column ? sort.direction : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(column)}
        title={t('compare.sortBy', { column: label(column) })}
      >
        {label(column)}
        <span className="sort-mark" aria-hidden="true">
          {sort?.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
  return (
    <div className="compare-scroll">
      <table className="compare-table" data-indicator={item.indicator.key}>
        <caption>
          {t('compare.tableOf', {
            indicator: name(item.indicator),
            period: periodLabel(periodOf(at), locale),
          })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.slice(0, 4).map(header)}
            <th scope="col">{t('compare.col.status')}</th>
            {COLUMNS.slice(4).map(header)}
            {header('range')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row
              key={row.unitId}
              row={row}
              item={item}
              index={unitIndex(row.unitId)}
              nameOf={nameOf}
              range={ranges.get(row.unitId)}
            />
          ))}
        </tbody>
      </table>
      {sources.length > 0 && (
        <ul className="compare-sources muted" aria-label={t('source')}>
          {sources.map((r) => (
            <li key={r.unitId}>
              {t('source')} · {nameOf(r.unitId)}: {sourceText(r.figure.sourceRefs)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
