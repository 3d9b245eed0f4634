/**
 * Compare provinces: every province ranked on one indicator for one period, as reported (the 63
 * before the merger) or restated onto today's 34 (derived). The indicator is the path, the rest the
 * query string: `/xep-hang/dti_rank?ky=2022&xem=restated&tinh=v63-14`.
 */
import { FAMILIES, parsePeriod, periodLabel, vintageOfPeriod } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { PeriodPicker } from '../../shared/pickers/period-picker.tsx';
import { ViewSwitch } from '../../shared/pickers/view-switch.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import { indicatorsQuery, metaQuery } from '../../shared/reference/reference-queries.ts';
import { RankingTable } from './ranking-table.tsx';
import { rankingQuery } from './rankings-queries.ts';

const RankingMap = lazy(() => import('./ranking-map.tsx'));
const route = getRouteApi('/xep-hang/$indicator');

export function RankingsPage() {
  const { t, locale, name } = useI18n();
  const { indicator: indicatorKey } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  const view = search.xem ?? 'reported';
  const meta = useQuery(metaQuery());
  const indicators = useQuery(indicatorsQuery());
  const period = parsePeriod(search.ky ?? meta.data?.featured?.period ?? '');
  const ranking = useQuery({
    ...rankingQuery(indicatorKey, period?.key ?? '', view),
    enabled: !!period,
  });

  if (meta.isError || indicators.isError) return <ErrorState error={meta.error ?? indicators.error} />;
  if (!meta.data || !indicators.data || !period || !meta.data.years) return <LoadingState />;

  return (
    <section aria-labelledby="rankings-title">
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
        <PeriodPicker
          period={period}
          years={meta.data.years}
          onChange={(p) => void navigate({ to: '.', search: (prev) => ({ ...prev, ky: p.key }) })}
        />
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
      {ranking.data && (
        <>
          <header className="page-heading">
            <h1 id="rankings-title">
              {name(ranking.data.indicator)} <span className="muted">· {periodLabel(period, locale)}</span>
            </h1>
            <p className="muted">
              {t('rankedUnits', { n: ranking.data.rankedCount, total: ranking.data.rows.length })}
              {' · '}
              {ranking.data.direction === 'lower' ? t('lowerIsBetter') : t('higherIsBetter')}
              {ranking.data.nationalTarget &&
                ` · ${t('nationalTarget')}: ${ranking.data.nationalTarget.value}`}
            </p>
            {ranking.data.isDerived && <p className="notice">{t('rankingDerived')}</p>}
            {view === 'reported' && ranking.data.vintage !== vintageOfPeriod(period) && (
              <p className="notice">{t('publishedForOtherVintage')}</p>
            )}
            {view === 'restated' &&
              ranking.data.indicator.unit === 'rank' &&
              vintageOfPeriod(period) === 63 && <p className="notice">{t('ranksNotRestated')}</p>}
          </header>
          {ranking.data.hasDemo && (
            <p className="demo-banner" role="note">
              {t('demoBanner')}
            </p>
          )}
          {ranking.data.rankedCount === 0 ? (
            <EmptyState />
          ) : (
            <div className="ranking-layout">
              <RankingTable
                ranking={ranking.data}
                selectedUnitId={search.tinh ?? null}
                onOpen={(unitId) =>
                  void navigate({
                    to: '/tinh/$unitId',
                    params: { unitId },
                    search: (prev) => ({ lang: prev.lang, ky: period.key, xem: search.xem }),
                  })
                }
              />
              {ranking.data.vintage === 34 ? (
                <Suspense fallback={<LoadingState />}>
                  <RankingMap
                    values={
                      new Map(
                        ranking.data.rows.map((r) => [
                          r.unit.id,
                          { name: name(r.unit), value: r.value, isDemo: r.isDemo },
                        ]),
                      )
                    }
                    direction={ranking.data.direction}
                    unit={ranking.data.indicator.unit}
                  />
                </Suspense>
              ) : (
                <p className="muted map-note">{t('mapOnly34')}</p>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
