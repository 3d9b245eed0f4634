/** The comparison the page draws, from one request (`GET /api/compare`): key and fetcher side by side. */
import type { PeriodType, View } from '@cds/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export interface CompareParams {
  units: readonly string[];
  indicators: readonly string[];
  periodType: PeriodType;
  from: string;
  to: string;
  at: string;
  view: View;
}

export const compareQuery = (p: CompareParams) =>
  queryOptions({
    queryKey: ['compare', p],
    queryFn: () =>
      ok(
        client.compare.$get({
          query: {
            unit: p.units.join(','),
            indicator: p.indicators.join(','),
            periodType: p.periodType,
            from: p.from,
            to: p.to,
            at: p.at,
            view: p.view,
          },
        }),
      ),
    // A changed choice keeps the last charts on screen until the new ones come, rather than a spinner.
    placeholderData: keepPreviousData,
    retry: false,
  });

export type Comparison = InferResponseType<typeof client.compare.$get, 200>;
export type IndicatorComparison = Comparison['indicators'][number];
export type ComparisonRow = IndicatorComparison['table'][number];
export type UnitRef = Comparison['units'][number];
