/** Query options for the national picture: one indicator, every province, one period (or the latest). */
import type { View } from '@cds/core';
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

/** Without a period the API answers the latest period with figures; its `period` says which. */
export const rankingQuery = (indicator: string, period: string | undefined, view: View) =>
  queryOptions({
    queryKey: ['ranking', indicator, period ?? 'latest', view],
    queryFn: () =>
      ok(
        client.rankings[':indicator'].$get({
          param: { indicator },
          query: period ? { period, view } : { view },
        }),
      ),
  });

export type Ranking = InferResponseType<(typeof client.rankings)[':indicator']['$get'], 200>;
export type RankingRow = Ranking['rows'][number];
