/**
 * The national picture: every province on one indicator for one period, as reported (the 63
 * before the merger) or restated onto today's 34 (derived). The indicator is the path, the rest the
 * query string: `/xep-hang/dti_rank?ky=2022&xem=restated&tinh=v63-14`. Without `ky` it shows the
 * latest period with figures (the API names it). A dot plot in rank order, the map of the
 * ranking's vintage, the national value and plan, how many provinces reached their plan, and the
 * table as the exact version; demo data said once, in the banner.
 */
import {
  classBreaks,
  distributionBins,
  dotPlotScale,
  FAMILIES,
  isNationalOnProvinceScale,
  parsePeriod,
  periodLabel,
  planReached,
  vintageOfPeriod,
} from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { PeriodPicker } from '../../shared/pickers/period-picker.tsx';
import { ViewSwitch } from '../../shared/pickers/view-switch.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, metaQuery } from '../../shared/reference/reference-queries.ts';
import { DotPlot } from './dot-plot.tsx';
import { type Ranking, rankingQuery } from './national-picture-queries.ts';
import { NationalSummary } from './national-summary.tsx';
import { RankingTable } from './ranking-table.tsx';
import './national-picture.css';

const ProvinceMap = lazy(() => import('./province-map.tsx'));
const route = getRouteApi('/xep-hang/$indicator');

export function NationalPicturePage() {
  const { t, name } = useI18n();
  const { indicator: indicatorKey } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  const view = search.xem ?? 'reported';
  const meta = useQuery(metaQuery());
  const indicators = useQuery(indicatorsQuery());
  const ranking = useQuery(rankingQuery(indicatorKey, search.ky, view));
  // The period asked for, else the one the API chose (the latest with figures).
  const period = parsePeriod(search.ky ?? ranking.data?.period ?? '');

  if (meta.isError || indicators.isError) return <ErrorState error={meta.error ?? indicators.error} />;
  if (!meta.data || !indicators.data || !meta.data.years) return <LoadingState />;

  return (
    <section aria-labelledby="rankings-title" className="national-picture">
      <section className="toolbar" aria-label={t('period')}>
        <label className="indicator-picker">
          {t('indicator')}
          <select
            value={indicatorKey}
            onChange={(e) =>
              void navigate({
                to: '/xep-hang/$indicator',
                params: { indicator: e.target.value },
                search: true,
              })
            }
          >
            {FAMILIES.map((family) => (
              <optgroup key={family} label={t(`family.${family}`)}>
                {indicators.data.indicators
                  .filter((i) => i.family === family)
                  .map((i) => (
                    <option key={i.key} value={i.key}>
                      {name(i)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        {period && (
          <PeriodPicker
            period={period}
            years={meta.data.years}
            onChange={(p) => void navigate({ to: '.', search: (prev) => ({ ...prev, ky: p.key }) })}
          />
        )}
        <ViewSwitch
          view={view}
          onChange={(xem) =>
            void navigate({
              to: '.',
              search: (prev) => ({ ...prev, xem: xem === 'reported' ? undefined : xem }),
            })
          }
        />
      </section>
      {ranking.isPending && <LoadingState />}
      {ranking.isError && <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {ranking.data && period && (
        <NationalPicture
          ranking={ranking.data}
          isLatest={!search.ky}
          selectedUnitId={search.tinh ?? null}
          onOpen={(unitId) =>
            void navigate({
              to: '/tinh/$unitId',
              params: { unitId },
              search: (prev) => ({ lang: prev.lang, ky: period.key, xem: search.xem }),
            })
          }
        />
      )}
    </section>
  );
}

interface PictureProps {
  ranking: Ranking;
  isLatest: boolean;
  selectedUnitId: string | null;
  onOpen: (unitId: string) => void;
}

function NationalPicture({ ranking, isLatest, selectedUnitId, onOpen }: PictureProps) {
  const { t, locale, name } = useI18n();
  const period = parsePeriod(ranking.period);
  if (!period) return null;
  const unit = ranking.indicator.unit;
  const direction = ranking.direction;
  const values = ranking.rows.map((r) => r.value);
  const withValue = ranking.rows.filter((r) => r.value !== null);
  const isAllDemo = withValue.length > 0 && withValue.every((r) => r.isDemo);
  const isMixed = ranking.hasDemo && !isAllDemo;
  const plan = ranking.nationalTarget?.value ?? null;
  // A sum's national value is the country's total, off the provinces' scale (rule 5).
  const national = isNationalOnProvinceScale(ranking.indicator.acrossUnits)
    ? (ranking.national?.value ?? null)
    : null;
  // The N after a rank: a published rank is of every province of the vintage (21/63 even when
  // 12 ranks are known); a rank computed here is among the provinces with figures.
  const rankOf = unit === 'rank' ? ranking.rows.length : ranking.rankedCount;
  const scale = dotPlotScale(values, { unit, direction, plan, national, rankedOf: rankOf });
  // The verdicts the provinces' cards give, counted (the API judges each row with core's pipeline).
  const reached = planReached(
    ranking.rows.map((r) => ({ value: r.value, progress: r.progress, plan: r.target })),
  );
  const bins = unit === 'rank' ? null : distributionBins(values, scale.ticks);
  const classes = classBreaks(values, direction, 5);
  const vintage = ranking.vintage === 63 ? 63 : 34;
  const missing = ranking.rows.length - withValue.length;
  return (
    <>
      <header className="page-heading">
        <h1 id="rankings-title">
          {name(ranking.indicator)} <span className="muted">· {periodLabel(period, locale)}</span>
        </h1>
        <p className="muted">
          {isLatest && `${t('national.latest')} `}
          {ranking.isWithheld
            ? t('national.withheld', { n: ranking.rankedCount, of: ranking.rows.length })
            : t('rankedUnits', { n: ranking.rankedCount, total: ranking.rows.length })}
          {' · '}
          {direction === 'lower' ? t('lowerIsBetter') : t('higherIsBetter')}
        </p>
        {ranking.isDerived && <p className="notice">{t('rankingDerived')}</p>}
        {ranking.view === 'reported' && ranking.vintage !== vintageOfPeriod(period) && (
          <p className="notice">{t('publishedForOtherVintage')}</p>
        )}
        {ranking.view === 'restated' && unit === 'rank' && vintageOfPeriod(period) === 63 && (
          <p className="notice">{t('ranksNotRestated')}</p>
        )}
      </header>
      {ranking.hasDemo && (
        <p className="demo-banner" role="note">
          {isAllDemo ? t('national.allDemo') : t('demoBanner')}
        </p>
      )}
      {ranking.rankedCount === 0 ? (
        <EmptyState />
      ) : (
        <>
          <NationalSummary ranking={ranking} reached={reached} bins={bins} />
          <div className="np-layout">
            <div>
              <DotPlot
                rows={ranking.rows}
                scale={scale}
                unit={unit}
                plan={plan}
                national={national}
                isMixed={isMixed}
                selectedUnitId={selectedUnitId}
              />
              {missing > 0 && <p className="muted">{t('national.noFigures', { n: missing })}</p>}
            </div>
            <Suspense fallback={<LoadingState label={t('national.mapLoading')} />}>
              <ProvinceMap
                vintage={vintage}
                rows={ranking.rows}
                classes={classes}
                unit={unit}
                rankOf={rankOf}
                nationalTarget={plan}
                selectedUnitId={selectedUnitId}
                onOpen={onOpen}
              />
            </Suspense>
          </div>
          <h2 className="np-table-title">{t('national.table')}</h2>
          <RankingTable ranking={ranking} isMixed={isMixed} selectedUnitId={selectedUnitId} onOpen={onOpen} />
        </>
      )}
    </>
  );
}
