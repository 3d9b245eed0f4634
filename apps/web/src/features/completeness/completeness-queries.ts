/** Which provinces have reported a period (GET /api/completeness/{period}): key and fetcher side by side. */
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

const completeness = client.completeness[':period'];

export const completenessQuery = (period: string) =>
  queryOptions({
    queryKey: ['completeness', period],
    queryFn: () => ok(completeness.$get({ param: { period } })),
  });

export type Completeness = InferResponseType<typeof completeness.$get, 200>;
export type UnitCompletenessView = Completeness['units'][number];
