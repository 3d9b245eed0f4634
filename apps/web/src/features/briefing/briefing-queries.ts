/**
 * Query options for a leader's briefing on a province: the summary strip, each indicator's
 * sparkline and pace to its plan, the drafted sentences (`/api/briefing/:unitId`). Without a
 * period the API answers the latest year with figures for the province, and says which.
 */
import type { View } from '@cds/core';
import { queryOptions } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

/** `period` undefined: the API's default period for the unit (its `period` says which). */
export const briefingQuery = (unitId: string, period: string | undefined, view: View) =>
  queryOptions({
    queryKey: ['briefing', unitId, period ?? null, view],
    queryFn: () =>
      ok(
        client.briefing[':unitId'].$get({
          param: { unitId },
          query: period ? { period, view } : { view },
        }),
      ),
  });

/**
 * The province's cards for the period, for the printed report's table of key figures. The same
 * key and request as the overview's `summaryQuery` (features import no other feature), so the
 * two share one cache entry: coming from the province page, the report draws at once.
 */
export const periodSummaryQuery = (unitId: string, period: string, view: View) =>
  queryOptions({
    queryKey: ['summary', unitId, period, view],
    queryFn: () => ok(client.summary[':unitId'].$get({ param: { unitId }, query: { period, view } })),
  });

export type Briefing = InferResponseType<(typeof client.briefing)[':unitId']['$get'], 200>;
export type BriefingItem = Briefing['items'][number];
export type BriefingPace = NonNullable<BriefingItem['pace']>;
export type StripRank = Briefing['strip']['ranks'][number];
export type MostBehindItem = Briefing['strip']['mostBehind'][number];
export type BriefingSentence = Briefing['sentences'][number];
export type PeriodSummary = InferResponseType<(typeof client.summary)[':unitId']['$get'], 200>;
