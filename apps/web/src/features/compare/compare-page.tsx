/**
 * Compare provinces side by side (`/so-sanh`): 2–6 provinces, one or more indicators, a period
 * type and range; a small multiple per indicator, relative mode (each line indexed to a base
 * period), the table of one period, suggested comparators, files and pictures to download. The
 * URL holds the whole selection (`compare-selection.ts`), so a copied address opens the same view.
 */
import { commonBase, type PeriodType, periodLabel, periodOf } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useI18n } from '../../i18n/use-i18n.ts';
import { fileStem } from '../../shared/chart-export/download-file.ts';
import { ExportMenu } from '../../shared/chart-export/export-menu.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, metaQuery, unitsQuery } from '../../shared/reference/reference-queries.ts';
import { seriesSheet, tableSheet } from './compare-files.ts';
import { CompareLegend } from './compare-legend.tsx';
import { ComparePanel } from './compare-panel.tsx';
import { compareQuery } from './compare-queries.ts';
import {
  MAX_INDICATORS,
  MAX_UNITS,
  type Selection,
  searchOf,
  selectionOf,
  toggled,
  withPeriodType,
} from './compare-selection.ts';
import { CompareTable } from './compare-table.tsx';
import { IndicatorMultiPicker } from './indicator-multi-picker.tsx';
import { ProvinceMultiPicker } from './province-multi-picker.tsx';
import { RangeControls } from './range-controls.tsx';
import { SuggestionChips } from './suggestion-chips.tsx';
import './compare.css';

const route = getRouteApi('/so-sanh');

/** The done-when view: three north-western provinces, two indicators on different scales, relative. */
const EXAMPLE = {
  tinh: ['v34-14', 'v34-11', 'v34-12'],
  'chi-tieu': ['villages_mobile_broadband', 'telecom_revenue'],
  'tu-ky': '2019',
  'den-ky': '2024',
  goc: '2019',
};

export function ComparePage() {
  const { t, locale, name } = useI18n();
  const search = route.useSearch();
  const navigate = useNavigate();
  const meta = useQuery(metaQuery());
  const indicators = useQuery(indicatorsQuery());
  const units = useQuery(unitsQuery());
  const years = meta.data?.years ?? null;
  const s = selectionOf(search, years ?? { first: 2019, last: 2026 });
  const canCompare = s.units.length >= 1 && s.indicators.length >= 1 && years !== null;
  const comparison = useQuery({
    ...compareQuery({
      units: s.units,
      indicators: s.indicators,
      periodType: s.periodType,
      from: s.from,
      to: s.to,
      at: s.at,
      view: s.view,
    }),
    enabled: canCompare,
  });

  if (meta.isError || indicators.isError || units.isError)
    return <ErrorState error={meta.error ?? indicators.error ?? units.error} />;
  if (!meta.data || !years || !indicators.data || !units.data) return <LoadingState />;

  const update = (next: Partial<Selection>) =>
    void navigate({ to: '/so-sanh', search: (prev) => searchOf({ ...s, ...next }, prev.lang) });
  const byId = new Map(units.data.units.map((u) => [u.id, u]));
  const isMixed = s.units.some((id) => byId.get(id)?.vintage === 34);
  const nameOf = (id: string) => {
    const unit = byId.get(id) ?? comparison.data?.unitNames[id];
    if (!unit) return id;
    return unit.vintage === 63 && isMixed ? t('formerName', { name: name(unit) }) : name(unit);
  };
  const data = comparison.data;
  const regionName = (code: string) => {
    const region = data?.regions.find((r) => r.code === code);
    return region ? name(region) : code;
  };
  const naturalBase =
    (data && commonBase(data.indicators.flatMap((i) => i.series.map((x) => x.points)))) ?? s.from;
  const unitIndex = (id: string) => s.units.indexOf(id);

  return (
    <section aria-labelledby="compare-title" className="compare-page">
      <header className="page-heading">
        <h1 id="compare-title">{t('compare.title')}</h1>
        <p className="muted">{t('compare.intro')}</p>
      </header>
      <section className="toolbar compare-controls" aria-label={t('compare.title')}>
        <ProvinceMultiPicker
          units={units.data.units}
          chosen={s.units}
          nameOf={nameOf}
          onToggle={(id) => update({ units: toggled(s.units, id, MAX_UNITS) })}
        />
        <IndicatorMultiPicker
          indicators={indicators.data.indicators}
          chosen={s.indicators}
          onToggle={(key) => update({ indicators: toggled(s.indicators, key, MAX_INDICATORS) })}
        />
        <RangeControls
          selection={s}
          years={years}
          naturalBase={naturalBase}
          onChange={update}
          onPeriodType={(type: PeriodType) => update(withPeriodType(s, type))}
        />
      </section>
      {data && (
        <SuggestionChips
          comparison={data}
          chosen={s.units}
          nameOf={nameOf}
          showNational={s.showNational}
          onAdd={(id) => update({ units: toggled(s.units, id, MAX_UNITS) })}
          onNational={(showNational) => update({ showNational })}
        />
      )}
      {s.units.length === 0 ? (
        <div className="compare-empty">
          <EmptyState title={t('compare.emptyTitle')} help={t('compare.emptyHelp')} />
          <Link to="/so-sanh" search={(prev) => ({ lang: prev.lang, ...EXAMPLE })} className="example-link">
            {t('compare.example')}
          </Link>
        </div>
      ) : s.indicators.length === 0 ? (
        <EmptyState title={t('compare.needIndicator')} />
      ) : comparison.isError ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : (
        <div className="compare-results" aria-busy={comparison.isFetching}>
          {s.units.length === 1 && <p className="notice">{t('compare.needAnother')}</p>}
          {data.hasDemo && (
            <p className="demo-banner" role="note">
              {t('demoBanner')}
            </p>
          )}
          <section aria-labelledby="compare-charts">
            <div className="section-heading">
              <h2 id="compare-charts">{t('compare.charts')}</h2>
              <ExportMenu
                label={t('compare.seriesFile')}
                fileName={fileStem(`so-sanh ${data.from} ${data.to} bieu-do`)}
                sheets={() => [seriesSheet(data.indicators, s.base, nameOf, regionName, t, name)]}
              />
            </div>
            <CompareLegend
              unitIds={data.units.map((u) => u.id)}
              nameOf={nameOf}
              showNational={s.showNational}
            />
            <div className="panels">
              {data.indicators.map((item) => (
                <ComparePanel
                  key={item.indicator.key}
                  comparison={data}
                  item={item}
                  base={s.base}
                  showNational={s.showNational}
                  nameOf={nameOf}
                  onAdd={(id) => update({ units: toggled(s.units, id, MAX_UNITS) })}
                />
              ))}
            </div>
          </section>
          <section aria-labelledby="compare-table-title" className="compare-tables">
            <div className="section-heading">
              <h2 id="compare-table-title">
                {t('compare.tableTitle', { period: periodLabel(periodOf(data.at), locale) })}
              </h2>
              <ExportMenu
                label={t('compare.tableFile')}
                fileName={fileStem(`so-sanh ${data.at} bang`)}
                sheets={() => [
                  tableSheet(data, nameOf, t, name, locale),
                  seriesSheet(data.indicators, s.base, nameOf, regionName, t, name),
                ]}
              />
            </div>
            {data.indicators.map((item) => (
              <CompareTable
                key={item.indicator.key}
                item={item}
                at={data.at}
                unitIndex={unitIndex}
                nameOf={nameOf}
              />
            ))}
          </section>
        </div>
      )}
    </section>
  );
}
