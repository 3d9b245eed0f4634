/** Query options for the rankings screen. */
import type { View } from '@cds/core';
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export const rankingQuery = (indicator: string, period: string, view: View) =>
  queryOptions({
    queryKey: ['ranking', indicator, period, view],
    queryFn: () => ok(client.rankings[':indicator'].$get({ param: { indicator }, query: { period, view } })),
  });

export type Ranking = InferResponseType<(typeof client.rankings)[':indicator']['$get'], 200>;
export type RankingRow = Ranking['rows'][number];
