/** Fetches the series for the chosen indicator and hands it to the (lazily loaded) chart. */
import type { Period, View } from '@cds/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ErrorState, LoadingState } from '../../shared/query-states.tsx';
import type { IndicatorView, UnitView } from '../../shared/reference/reference-queries.ts';
import type { CardPace } from './card-trend.ts';
import { chartRange } from './chart-range.ts';
import { ownPlansQuery, seriesQuery } from './overview-queries.ts';

const TrendChart = lazy(() => import('./trend-chart.tsx'));

interface Props {
  indicator: IndicatorView;
  unit: UnitView;
  period: Period;
  years: { first: number; last: number };
  view: View;
  /** Pace to the indicator's next plan: a yearly chart reaches its year and draws its trajectory. */
  pace?: CardPace | null;
}

/** The latest year with a yearly plan, the province's own or national, or null. */
function lastYearlyPlan(
  targets: readonly { period: string; unitId: string | null }[],
  unitId: string,
): number | null {
  const years = targets
    .filter((t) => (t.unitId === unitId || t.unitId === null) && /^\d{4}$/.test(t.period))
    .map((t) => Number(t.period));
  return years.length > 0 ? Math.max(...years) : null;
}

export function TrendSection({ indicator, unit, period, years, view, pace = null }: Props) {
  const isYearly = period.type === 'year';
  const plans = useQuery({ ...ownPlansQuery(unit.id, indicator.key), enabled: isYearly });
  const planYear = plans.data ? lastYearlyPlan(plans.data.targets, unit.id) : null;
  const lastYear = isYearly && pace ? Math.max(planYear ?? 0, pace.targetYear) : planYear;
  const range = chartRange(period, years, lastYear || null);
  // As reported, a merged province's history before the merger is its predecessors': draw them
  // beside it. A province that kept its territory (one predecessor, e.g. Sơn La) has one history,
  // which the API gives under its own id: one series, never a "Sơn La (cũ)" beside "Sơn La".
  // (The rule is core's `isUnchangedTerritory`: a 34-unit with exactly one predecessor.)
  const isMerged = unit.vintage === 34 && unit.predecessors.length > 1;
  const drawn =
    view === 'reported' && isMerged ? [unit.id, ...unit.predecessors.map((p) => p.id)] : [unit.id];
  const series = useQuery({
    ...seriesQuery({
      indicator: indicator.key,
      unit: drawn.join(','),
      periodType: period.type,
      ...range,
      view,
    }),
    // A yearly chart waits for the plans, which may stretch its range.
    enabled: !isYearly || !plans.isPending,
  });
  if (series.isPending) return <LoadingState />;
  if (series.isError) return <ErrorState error={series.error} onRetry={() => void series.refetch()} />;
  return (
    <Suspense fallback={<LoadingState />}>
      <TrendChart
        series={series.data}
        primaryUnitId={unit.id}
        trajectory={isYearly ? (pace?.trajectory ?? null) : null}
      />
    </Suspense>
  );
}
