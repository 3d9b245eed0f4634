/**
 * The province overview: the summary strip the route gives it, every indicator of one province
 * for one period, grouped by family or furthest behind plan first, and the trend of the
 * indicator the user picks. Province (the path), period, indicator and view (the query string:
 * `/tinh/v63-14?ky=2023&chi-tieu=telecom_revenue&xem=restated`) all live in the URL.
 */
import { NO_FIGURE, periodLabel, vintageOfPeriod } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type ComponentType, type ReactNode, useDeferredValue, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { PeriodPicker } from '../../shared/pickers/period-picker.tsx';
import { ProvincePicker } from '../../shared/pickers/province-picker.tsx';
import { ViewSwitch } from '../../shared/pickers/view-switch.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-states.tsx';
import {
  type IndicatorView,
  indicatorsQuery,
  metaQuery,
  type UnitView,
  unitsQuery,
} from '../../shared/reference/reference-queries.ts';
import { periodFormUnit } from '../../shared/session/period-form-unit.ts';
import { canEdit, isReadOnlyFor, useSession } from '../../shared/session/use-session.ts';
import { CardList } from './card-list.tsx';
import type { CardTrend } from './card-trend.ts';
import { rememberProvince } from './last-viewed.ts';
import { pendingQuery, type SummaryItem, summaryQuery } from './overview-queries.ts';
import './overview.css';
import { todayInVietnam } from '../../shared/clock.ts';
import { PageLegend } from './page-legend.tsx';
import { TrendSection } from './trend-section.tsx';

const route = getRouteApi('/tinh/$unitId');

/** True for the first province page of this visit (the first screen), false for every later one. */
let firstScreen = true;
function takeFirstScreen(): boolean {
  const first = firstScreen;
  firstScreen = false;
  return first;
}

/** What the page hands to the figure editor it is given (the route gives it the entry dialog). */
export interface FigureEditorProps {
  unit: UnitView;
  indicator: IndicatorView;
  period: string;
  current: SummaryItem['figure'];
  today: string;
  onClose: () => void;
}

/** What the page hands to the figure history it is given (the route gives it the history dialog). */
export interface FigureHistoryProps {
  unit: UnitView;
  indicator: IndicatorView;
  period: string;
  onClose: () => void;
}

/** What the page hands to the export menu it is given, in its heading, for signed-in users. */
export interface ExportMenuProps {
  unit: UnitView;
  years: { first: number; last: number };
  lastYear: number;
}

export function OverviewPage({
  editor: Editor,
  history: History,
  exporter: Exporter,
  strip,
  trends,
  footer,
}: {
  editor?: ComponentType<FigureEditorProps>;
  history?: ComponentType<FigureHistoryProps>;
  exporter?: ComponentType<ExportMenuProps>;
  /** The summary strip, at the top of the page (the route gives it, from the briefing). */
  strip?: ReactNode;
  /** Each indicator's yearly sparkline and pace to its next plan, by key, for this page's period. */
  trends?: ReadonlyMap<string, CardTrend>;
  /** Below the cards, shown with them (the route gives the rank history). */
  footer?: ReactNode;
}) {
  const { t, locale, name } = useI18n();
  const { unitId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const view = search.xem ?? 'reported';
  const meta = useQuery(metaQuery());
  const { user } = useSession();
  const [editing, setEditing] = useState<string | null>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const units = useQuery(unitsQuery());
  const indicators = useQuery(indicatorsQuery());

  // The route's: the one in the address, or the latest with figures for the province.
  const { period } = route.useRouteContext();
  const vintage = period ? (view === 'restated' ? 34 : vintageOfPeriod(period)) : null;
  const unit = units.data?.units.find((u) => u.id === unitId);
  const movedFrom = search.tu ? units.data?.units.find((u) => u.id === search.tu) : undefined;
  // The header's "Tổng quan" opens the province last viewed (for users without one of their own).
  useEffect(() => {
    if (unit) rememberProvince(unit.id);
  }, [unit]);

  /** A change of selection is a new history entry; the note about a redirect does not carry over. */
  const select = (patch: { unitId?: string; ky?: string; xem?: 'reported' | 'restated' }) =>
    void navigate({
      params: { unitId: patch.unitId ?? unitId },
      search: (prev) => ({
        ...prev,
        tu: undefined,
        ...(patch.ky ? { ky: patch.ky } : {}),
        ...(patch.xem ? { xem: patch.xem === 'reported' ? undefined : patch.xem } : {}),
      }),
    });

  const summary = useQuery({
    ...summaryQuery(unit?.id ?? '', period?.key ?? '', view),
    enabled: !!unit && !!period,
  });
  // The cards are this heading's only: never another province's, period's or view's summary.
  const shown =
    summary.data &&
    summary.data.unit.id === unit?.id &&
    summary.data.period === period?.key &&
    summary.data.view === view
      ? summary.data
      : undefined;
  // On the visit's first screen the heading and the strip paint first; the chart and the two dozen
  // cards (each with its sparkline) follow in a render of their own, which the browser may
  // interrupt to paint. Deferred is whether they show, not the summary itself: a summary that
  // changes (a figure saved) replaces the cards in place, and a page opened later (a link, Back)
  // shows whole at once, so that its scroll position is restored on the page it had.
  const [deferCards] = useState(takeFirstScreen);
  const cardsReady = useDeferredValue(shown !== undefined, deferCards ? false : shown !== undefined);
  // Once per province page, for signed-in users only, with the cards it marks; a failure shows
  // nothing (the values stand).
  const pending = useQuery({
    ...pendingQuery(unit?.id ?? '', period?.key ?? ''),
    enabled: !!user && !!unit && !!period && view === 'reported' && cardsReady,
  });

  if (meta.isError || units.isError || indicators.isError) {
    return (
      <ErrorState
        error={meta.error ?? units.error ?? indicators.error}
        onRetry={() => void Promise.all([meta.refetch(), units.refetch(), indicators.refetch()])}
      />
    );
  }
  if (!meta.data || !units.data || !indicators.data) return <LoadingState />;
  if (!period || !meta.data.years) return <EmptyState />;

  const unitChoices = units.data.units.filter((u) => u.vintage === vintage);
  const indicatorByKey = new Map(indicators.data.indicators.map((i) => [i.key, i]));
  const cards = cardsReady ? shown : undefined;
  const items = shown?.items ?? [];
  const withData = items.filter((i) => i.figure.value !== null || i.note);
  const requestedKey = search['chi-tieu'];
  const chosenKey = requestedKey && indicatorByKey.has(requestedKey) ? requestedKey : withData[0]?.indicator;
  const chosen = chosenKey ? indicatorByKey.get(chosenKey) : undefined;
  const editingIndicator = editing ? indicatorByKey.get(editing) : undefined;
  const historyIndicator = historyOf ? indicatorByKey.get(historyOf) : undefined;
  // The period's form, for those who may report for the province (the cards link to it too).
  const formUnitId = unit ? periodFormUnit(user, unit, period) : null;
  const pendingSince =
    pending.data && pending.data.unitId === unit?.id && pending.data.period === period.key
      ? new Map(pending.data.pending.map((p) => [p.indicator, p.submittedAt ?? '']))
      : undefined;

  return (
    <>
      <section className="toolbar" aria-label={t('period')}>
        <ProvincePicker units={unitChoices} selected={unit} onSelect={(id) => select({ unitId: id })} />
        <PeriodPicker period={period} years={meta.data.years} onChange={(p) => select({ ky: p.key })} />
        <ViewSwitch view={view} onChange={(xem) => select({ xem })} />
        {Exporter && user && unit && <Exporter unit={unit} years={meta.data.years} lastYear={period.year} />}
      </section>

      {unit && (
        <header className="page-heading" data-unit={unit.id}>
          <h1>
            {name(unit)} <span className="muted">· {periodLabel(period, locale)}</span>
            {isReadOnlyFor(user, unit.id) && (
              <span className="badge badge-readonly" title={t('readOnlyHelp')}>
                {t('readOnly')}
              </span>
            )}
          </h1>
          {unit.vintage === 34 && unit.predecessors.length > 1 && (
            <p className="muted">
              {t('formedFromUnits', { names: unit.predecessors.map((p) => name(p)).join(', ') })} (
              {t('mergerNote')})
            </p>
          )}
          {unit.vintage === 63 && unit.successor && unit.successor.nameVi !== unit.nameVi && (
            <p className="muted">
              {t('partOfUnit', { name: name(unit.successor) })} ({t('mergerNote')})
            </p>
          )}
          {formUnitId && (
            <p className="period-form-link">
              <Link to="/bao-cao/$unitId/$period" params={{ unitId: formUnitId, period: period.key }}>
                {t('periodForm.heading', { period: periodLabel(period, locale) })} →
              </Link>
            </p>
          )}
          {shown && withData.length > 0 && (
            <PageLegend items={items} hasPace={items.some((i) => trends?.get(i.indicator)?.pace)} />
          )}
          {movedFrom && movedFrom.id !== unit.id && (
            <p className="notice" role="note">
              {t(movedFrom.vintage === 63 ? 'route.moved' : 'route.movedBack', {
                from: name(movedFrom),
                to: name(unit),
              })}
            </p>
          )}
        </header>
      )}

      {shown?.hasDemo && (
        <p className="demo-banner" role="note">
          {t('demoBanner')}
        </p>
      )}
      {strip}

      {!cards && !summary.isError && <LoadingState />}
      {summary.isError && <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />}
      {cards && withData.length === 0 && <EmptyState />}

      {cards && withData.length > 0 && unit && (
        <div className="overview-body" data-unit={cards.unit.id} data-period={cards.period}>
          <section className="trend" aria-label={t('trend')}>
            <h2>
              {t('trendOf')}: {chosen ? name(chosen) : ''}
            </h2>
            {chosen && (
              <TrendSection
                indicator={chosen}
                unit={unit}
                period={period}
                years={meta.data.years}
                view={view}
                pace={chosenKey ? (trends?.get(chosenKey)?.pace ?? null) : null}
              />
            )}
          </section>
          <CardList
            items={items}
            indicatorByKey={indicatorByKey}
            selectedKey={chosenKey}
            onSelect={(key) =>
              void navigate({
                search: (prev) => ({ ...prev, 'chi-tieu': key }),
                replace: true,
                resetScroll: false,
              })
            }
            onEdit={Editor && canEdit(user, unit.id) ? setEditing : undefined}
            onHistory={History && user ? setHistoryOf : undefined}
            pendingSince={pendingSince}
            formUnitId={formUnitId ?? undefined}
            period={period}
            trends={trends}
          />
        </div>
      )}
      {(cards || summary.isError) && footer}
      {Editor && editingIndicator && unit && (
        <Editor
          unit={unit}
          indicator={editingIndicator}
          period={period.key}
          current={items.find((i) => i.indicator === editing)?.figure ?? NO_FIGURE}
          today={todayInVietnam()}
          onClose={() => setEditing(null)}
        />
      )}
      {History && historyIndicator && unit && (
        <History
          unit={unit}
          indicator={historyIndicator}
          period={period.key}
          onClose={() => setHistoryOf(null)}
        />
      )}
    </>
  );
}
