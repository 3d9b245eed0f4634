/** Query options for the overview (a province's summary and an indicator's series): key and fetcher side by side. */
import type { PeriodType, View } from '@cds/core';
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export const summaryQuery = (unitId: string, period: string, view: View) =>
  queryOptions({
    queryKey: ['summary', unitId, period, view],
    queryFn: () => ok(client.summary[':unitId'].$get({ param: { unitId }, query: { period, view } })),
  });

export interface SeriesParams {
  indicator: string;
  unit: string;
  periodType: PeriodType;
  from: string;
  to: string;
  view: View;
}

export const seriesQuery = (p: SeriesParams) =>
  queryOptions({
    queryKey: ['series', p],
    queryFn: () => ok(client.series.$get({ query: { ...p } })),
  });

/**
 * The province's plans and the national targets for one indicator, every period: a plan for a
 * later year than the data (the national targets run to 2030) stretches the yearly chart to it,
 * so the plan line and the trajectory reach it.
 */
export const ownPlansQuery = (unitId: string, indicator: string) =>
  queryOptions({
    queryKey: ['targets', unitId, indicator, 'with-national'],
    queryFn: () => ok(client.targets.$get({ query: { unit: unitId, indicator, national: 'include' } })),
  });

/**
 * Figures of the province and period sent for review and not yet decided (signed-in users only):
 * the cards say "chờ duyệt" beside the published value. Anonymous visitors get 401 and see nothing.
 */
export const pendingQuery = (unitId: string, period: string) =>
  queryOptions({
    queryKey: ['pending', unitId, period],
    queryFn: () => ok(client.pending[':unitId'].$get({ param: { unitId }, query: { period } })),
    retry: false,
  });

export type Summary = InferResponseType<(typeof client.summary)[':unitId']['$get'], 200>;
export type SummaryItem = Summary['items'][number];
export type Series = InferResponseType<typeof client.series.$get, 200>;
