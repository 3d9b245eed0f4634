/**
 * The comparison as files: the table (province × indicator at the table's period) and the
 * charts' series (long format, with the index in relative mode), built with core's column rules.
 * Every figure, plan and change is rounded as the page shows it (`roundAsShown`): a restated sum
 * is 3.2, never 3.200000000000003.
 */
import {
  indexToBase,
  type Locale,
  roundAsShown,
  SERIES_EXPORT_COLUMNS,
  type SeriesExportItem,
  seriesExportRows,
  TABLE_EXPORT_COLUMNS,
  tableExportRows,
} from '@cds/core';
import type { Translate } from '../../i18n/use-i18n.ts';
import type { Sheet } from '../../shared/chart-export/xlsx-file.ts';
import { verdictText } from '../../shared/figure-wording.ts';
import type { Comparison, IndicatorComparison } from './compare-queries.ts';

type Named = (item: { nameVi: string; nameEn: string }) => string;

/** What kind of figure, in words, for a file's "kind" column. */
function kindText(
  p: { isDemo: boolean; isPartlyDemo: boolean; basis?: string; isComplete?: boolean; isPartial?: boolean },
  t: Translate,
): string {
  return [
    p.isPartlyDemo ? t('partlyDemo') : p.isDemo ? t('demo') : null,
    p.basis === 'restated' ? t('restated') : null,
    p.isComplete === false ? t('incomplete') : null,
    p.isPartial ? t('compare.partial') : null,
  ]
    .filter(Boolean)
    .join('; ');
}

const headers = <C extends string>(columns: readonly C[], t: Translate) =>
  Object.fromEntries(columns.map((c) => [c, t(`compare.file.${c}` as Parameters<Translate>[0])])) as Record<
    C,
    string
  >;

export function tableSheet(
  comparison: Comparison,
  nameOf: (id: string) => string,
  t: Translate,
  name: Named,
  locale: Locale,
): Sheet {
  const items = comparison.indicators.flatMap((item) => {
    const shown = (value: number | null) => roundAsShown(value, item.indicator.unit);
    return item.table.map((row) => ({
      ...row,
      figure: { ...row.figure, value: shown(row.figure.value) },
      target: row.target && { ...row.target, value: shown(row.target.value) ?? row.target.value },
      change: { ...row.change, delta: shown(row.change.delta) },
      indicatorKey: item.indicator.key,
      indicatorName: name(item.indicator),
      unitName: nameOf(row.unitId),
      period: comparison.at,
      statusText: verdictText(row.progress, row.horizon, locale, t),
      previous: { period: row.previous.period, value: shown(row.previous.value) },
      kindText: kindText(row.figure, t),
    }));
  });
  return { name: t('compare.tableFile'), rows: tableExportRows(items, headers(TABLE_EXPORT_COLUMNS, t)) };
}

export function seriesSheet(
  indicators: readonly IndicatorComparison[],
  base: string | null,
  nameOf: (id: string) => string,
  regionName: (code: string) => string,
  t: Translate,
  name: Named,
): Sheet {
  const items: SeriesExportItem[] = indicators.flatMap((item) => {
    const common = { indicatorKey: item.indicator.key, indicatorName: name(item.indicator) };
    const shown = (value: number | null) => roundAsShown(value, item.indicator.unit);
    const indexed = (points: readonly { period: string; value: number | null }[]) =>
      new Map(base === null ? [] : indexToBase(points, base).points.map((p) => [p.period, p.index]));
    const provinces = item.series.flatMap((s) => {
      const index = indexed(s.points);
      return s.points.map((p) => ({
        ...common,
        seriesId: s.unitId,
        seriesName: nameOf(s.unitId),
        period: p.period,
        value: shown(p.value),
        index: index.get(p.period) ?? null,
        plan: shown(item.targets.find((x) => x.unitId === s.unitId && x.period === p.period)?.value ?? null),
        kindText: kindText(p, t),
      }));
    });
    const aggregates = [
      { seriesId: 'national', seriesName: t('compare.national'), points: item.national },
      ...item.regional.map((r) => ({
        seriesId: r.regionCode,
        seriesName: t('compare.region', { name: regionName(r.regionCode) }),
        points: r.points,
      })),
    ].flatMap((s) => {
      const index = indexed(s.points);
      return s.points.map((p) => ({
        ...common,
        seriesId: s.seriesId,
        seriesName: s.seriesName,
        period: p.period,
        value: shown(p.value),
        index: index.get(p.period) ?? null,
        plan: null,
        kindText: kindText(p, t),
      }));
    });
    return [...provinces, ...aggregates];
  });
  return {
    name: t('compare.seriesFile'),
    rows: seriesExportRows(items, headers(SERIES_EXPORT_COLUMNS, t), base !== null),
  };
}
