/** One figure's publications and revisions (GET /api/figure-history/{unit}/{indicator}/{period}). */
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

const history = client['figure-history'][':unitId'][':indicator'][':period'];

export const figureHistoryQuery = (unitId: string, indicator: string, period: string) =>
  queryOptions({
    queryKey: ['figure-history', unitId, indicator, period],
    queryFn: () => ok(history.$get({ param: { unitId, indicator, period } })),
  });

export type FigureHistory = InferResponseType<typeof history.$get, 200>;
export type PublicationView = FigureHistory['publications'][number];
export type RevisionHistoryView = FigureHistory['revisions'][number];
