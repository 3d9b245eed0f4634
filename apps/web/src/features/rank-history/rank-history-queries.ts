/** A province's DTI and ICT Index ranks by year (`GET /api/rank-history/:unitId`). */
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export const rankHistoryQuery = (unitId: string) =>
  queryOptions({
    queryKey: ['rank-history', unitId],
    queryFn: () => ok(client['rank-history'][':unitId'].$get({ param: { unitId } })),
  });

export type RankHistory = InferResponseType<(typeof client)['rank-history'][':unitId']['$get'], 200>;
export type RankHistoryRow = RankHistory['indicators'][number]['rows'][number];
