/**
 * The reference data every screen reads: the server's meta (years, featured view, demo flag),
 * the indicators, the provinces of both vintages and the reports figures are quoted from. Key and
 * fetcher side by side.
 */
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export const metaQuery = () =>
  queryOptions({ queryKey: ['meta'], queryFn: () => ok(client.meta.$get()), staleTime: 5 * 60_000 });

export const indicatorsQuery = () =>
  queryOptions({
    queryKey: ['indicators'],
    queryFn: () => ok(client.indicators.$get()),
    staleTime: Infinity,
  });

export const unitsQuery = () =>
  queryOptions({
    queryKey: ['units'],
    queryFn: () => ok(client.units.$get({ query: {} })),
    staleTime: Infinity,
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: () => ok(client.sources.$get()),
    staleTime: Infinity,
  });

export type Meta = InferResponseType<typeof client.meta.$get, 200>;
export type UnitList = InferResponseType<typeof client.units.$get, 200>;
export type UnitView = UnitList['units'][number];
export type IndicatorList = InferResponseType<typeof client.indicators.$get, 200>;
export type IndicatorView = IndicatorList['indicators'][number];
