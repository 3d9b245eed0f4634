/**
 * The province overview: every indicator of one province for one period, grouped by
 * family, and the trend of the indicator the user picks. Province, period, indicator,
 * view and language all live in the URL.
 */
import {
  FAMILIES,
  type Locale,
  NO_FIGURE,
  type Period,
  parsePeriod,
  periodLabel,
  unitInVintage,
  vintageOfPeriod,
} from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { localName, type Translate } from '../../i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import type { UrlState } from '../../url-state/use-url-state.ts';
import { canEdit, isReadOnlyFor, useSession } from '../auth/use-session.ts';
import { EntryDialog } from '../entry/entry-dialog.tsx';
import { FamilySection } from './family-section.tsx';
import {
  type IndicatorView,
  indicatorsQuery,
  metaQuery,
  summaryQuery,
  unitsQuery,
} from './overview-queries.ts';
import { PeriodPicker } from './period-picker.tsx';
import { ProvincePicker } from './province-picker.tsx';
import { StatusLegend } from './status-legend.tsx';
import { TrendSection } from './trend-section.tsx';
import { ViewSwitch } from './view-switch.tsx';

interface Props {
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: { replace?: boolean }) => void;
  locale: Locale;
  t: Translate;
}

export function OverviewPage({ state, update, locale, t }: Props) {
  const meta = useQuery(metaQuery());
  const { user } = useSession();
  const [editing, setEditing] = useState<string | null>(null);
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());

  const period: Period | null =
    parsePeriod(state.period ?? '') ?? parsePeriod(meta.data?.featured?.period ?? '');
  const requested = units.data?.units.find((u) => u.id === (state.unit ?? meta.data?.featured?.unitId));
  const vintage = period ? (state.view === 'restated' ? 34 : vintageOfPeriod(period)) : null;
  const unitId = requested && vintage ? unitInVintage(requested, vintage) : undefined;
  const unit = units.data?.units.find((u) => u.id === unitId);
  const wasMoved = !!requested && !!unit && requested.id !== unit.id;

  useEffect(() => {
    if (wasMoved && unit) update({ unit: unit.id }, { replace: true });
  }, [wasMoved, unit, update]);

  const summary = useQuery({
    ...summaryQuery(unit?.id ?? '', period?.key ?? '', state.view),
    enabled: !!unit && !!period,
  });

  if (meta.isError || units.isError || indicators.isError) {
    return (
      <ErrorState
        t={t}
        error={meta.error ?? units.error ?? indicators.error}
        onRetry={() => void Promise.all([meta.refetch(), units.refetch(), indicators.refetch()])}
      />
    );
  }
  if (!meta.data || !units.data || !indicators.data) return <LoadingState t={t} />;
  if (!period || !meta.data.years) return <EmptyState title={t('emptyTitle')} help={t('emptyHelp')} />;

  const unitChoices = units.data.units.filter((u) => u.vintage === vintage);
  const indicatorByKey = new Map(indicators.data.indicators.map((i) => [i.key, i]));
  // The cards are this heading's only: never another province's, period's or view's summary.
  const shown =
    summary.data &&
    summary.data.unit.id === unit?.id &&
    summary.data.period === period.key &&
    summary.data.view === state.view
      ? summary.data
      : undefined;
  const items = shown?.items ?? [];
  const withData = items.filter((i) => i.figure.value !== null || i.note);
  const chosenKey =
    state.indicator && indicatorByKey.has(state.indicator) ? state.indicator : withData[0]?.indicator;
  const chosen = chosenKey ? indicatorByKey.get(chosenKey) : undefined;

  return (
    <>
      <section className="toolbar" aria-label={t('period')}>
        <ProvincePicker
          units={unitChoices}
          selected={unit}
          locale={locale}
          t={t}
          onSelect={(id) => update({ unit: id })}
        />
        <PeriodPicker
          period={period}
          years={meta.data.years}
          locale={locale}
          t={t}
          onChange={(p) => update({ period: p.key })}
        />
        <ViewSwitch view={state.view} t={t} onChange={(view) => update({ view })} />
      </section>

      {unit && (
        <header className="page-heading" data-unit={unit.id}>
          <h1>
            {localName(unit, locale)} <span className="muted">· {periodLabel(period, locale)}</span>
            {isReadOnlyFor(user, unit.id) && (
              <span className="badge badge-readonly" title={t('readOnlyHelp')}>
                {t('readOnly')}
              </span>
            )}
          </h1>
          {unit.vintage === 34 && unit.predecessors.length > 1 && (
            <p className="muted">
              {t('formedFrom')} {unit.predecessors.map((p) => localName(p, locale)).join(', ')} (
              {t('mergerNote')})
            </p>
          )}
          {unit.vintage === 63 && unit.successor && unit.successor.nameVi !== unit.nameVi && (
            <p className="muted">
              {t('partOf')} {localName(unit.successor, locale)} ({t('mergerNote')})
            </p>
          )}
          {wasMoved && <p className="notice">{t('unitChanged')}</p>}
        </header>
      )}

      {shown?.hasDemo && (
        <p className="demo-banner" role="note">
          {t('demoBanner')}
        </p>
      )}

      {!shown && !summary.isError && <LoadingState t={t} />}
      {summary.isError && <ErrorState t={t} error={summary.error} onRetry={() => void summary.refetch()} />}
      {shown && withData.length === 0 && <EmptyState title={t('emptyTitle')} help={t('emptyHelp')} />}

      {shown && withData.length > 0 && unit && (
        <div className="overview-body" data-unit={shown.unit.id} data-period={shown.period}>
          <section className="trend" aria-label={t('trend')}>
            <h2>
              {t('trendOf')}: {chosen ? localName(chosen, locale) : ''}
            </h2>
            {chosen && (
              <TrendSection
                indicator={chosen}
                unit={unit}
                period={period}
                years={meta.data.years}
                view={state.view}
                locale={locale}
                t={t}
              />
            )}
          </section>
          <StatusLegend locale={locale} t={t} />
          {FAMILIES.map((family) => (
            <FamilySection
              key={family}
              family={family}
              items={items.filter((i) => indicatorByKey.get(i.indicator)?.family === family)}
              indicatorByKey={indicatorByKey}
              selectedKey={chosenKey}
              onSelect={(key) => update({ indicator: key }, { replace: true })}
              onEdit={unit && canEdit(user, unit.id) ? setEditing : undefined}
              period={period}
              locale={locale}
              t={t}
            />
          ))}
        </div>
      )}
      {editing && unit && indicatorByKey.get(editing) && (
        <EntryDialog
          unit={unit}
          indicator={indicatorByKey.get(editing) as IndicatorView}
          period={period.key}
          current={items.find((i) => i.indicator === editing)?.figure ?? NO_FIGURE}
          locale={locale}
          t={t}
          today={new Date().toISOString().slice(0, 10)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
