/**
 * Compare provinces: every province ranked on one indicator for one period, as
 * reported (the 63 before the merger) or restated onto today's 34 (derived).
 */
import { FAMILIES, type Locale, parsePeriod, periodLabel, vintageOfPeriod } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { localName, type Translate } from '../../i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import type { UrlState } from '../../url-state/use-url-state.ts';
import { indicatorsQuery, metaQuery } from '../overview/overview-queries.ts';
import { PeriodPicker } from '../overview/period-picker.tsx';
import { ViewSwitch } from '../overview/view-switch.tsx';
import { RankingTable } from './ranking-table.tsx';
import { rankingQuery } from './rankings-queries.ts';

const RankingMap = lazy(() => import('./ranking-map.tsx'));

interface Props {
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;
  locale: Locale;
  t: Translate;
}

export function RankingsPage({ state, update, locale, t }: Props) {
  const meta = useQuery(metaQuery());
  const indicators = useQuery(indicatorsQuery());
  const period = parsePeriod(state.period ?? '') ?? parsePeriod(meta.data?.featured?.period ?? '');
  const indicatorKey = state.indicator ?? 'villages_mobile_broadband';
  const ranking = useQuery({
    ...rankingQuery(indicatorKey, period?.key ?? '', state.view),
    enabled: !!period,
  });

  if (meta.isError || indicators.isError) return <ErrorState t={t} error={meta.error ?? indicators.error} />;
  if (!meta.data || !indicators.data || !period || !meta.data.years) return <LoadingState t={t} />;

  return (
    <section aria-labelledby="rankings-title">
      <section className="toolbar" aria-label={t('period')}>
        <label className="indicator-picker">
          {t('indicator')}
          <select value={indicatorKey} onChange={(e) => update({ indicator: e.target.value })}>
            {FAMILIES.map((family) => (
              <optgroup key={family} label={t(`family.${family}`)}>
                {indicators.data.indicators
                  .filter((i) => i.family === family)
                  .map((i) => (
                    <option key={i.key} value={i.key}>
                      {localName(i, locale)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <PeriodPicker
          period={period}
          years={meta.data.years}
          locale={locale}
          t={t}
          onChange={(p) => update({ period: p.key })}
        />
        <ViewSwitch view={state.view} t={t} onChange={(view) => update({ view })} />
      </section>
      {ranking.isPending && <LoadingState t={t} />}
      {ranking.isError && <ErrorState t={t} error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {ranking.data && (
        <>
          <header className="page-heading">
            <h1 id="rankings-title">
              {localName(ranking.data.indicator, locale)}{' '}
              <span className="muted">· {periodLabel(period, locale)}</span>
            </h1>
            <p className="muted">
              {t('rankedUnits')
                .replace('{n}', String(ranking.data.rankedCount))
                .replace('{total}', String(ranking.data.rows.length))}
              {' · '}
              {ranking.data.direction === 'lower' ? t('lowerIsBetter') : t('higherIsBetter')}
              {ranking.data.nationalTarget &&
                ` · ${t('nationalTarget')}: ${ranking.data.nationalTarget.value}`}
            </p>
            {ranking.data.isDerived && <p className="notice">{t('rankingDerived')}</p>}
            {state.view === 'reported' && ranking.data.vintage !== vintageOfPeriod(period) && (
              <p className="notice">{t('publishedForOtherVintage')}</p>
            )}
            {state.view === 'restated' &&
              ranking.data.indicator.unit === 'rank' &&
              vintageOfPeriod(period) === 63 && <p className="notice">{t('ranksNotRestated')}</p>}
          </header>
          {ranking.data.hasDemo && (
            <p className="demo-banner" role="note">
              {t('demoBanner')}
            </p>
          )}
          {ranking.data.rankedCount === 0 ? (
            <EmptyState title={t('emptyTitle')} help={t('emptyHelp')} />
          ) : (
            <div className="ranking-layout">
              <RankingTable
                ranking={ranking.data}
                selectedUnitId={state.unit}
                locale={locale}
                t={t}
                onOpen={(unitId) => update({ page: 'overview', unit: unitId })}
              />
              {ranking.data.vintage === 34 ? (
                <Suspense fallback={<LoadingState t={t} />}>
                  <RankingMap
                    values={
                      new Map(
                        ranking.data.rows.map((r) => [
                          r.unit.id,
                          { name: localName(r.unit, locale), value: r.value, isDemo: r.isDemo },
                        ]),
                      )
                    }
                    direction={ranking.data.direction}
                    unit={ranking.data.indicator.unit}
                    locale={locale}
                    t={t}
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
