/**
 * Reporting a whole period: the staff's inbox, a period's form, the submissions waiting for
 * review, and the two writes (save or submit a form; decide on a submission). Key and fetcher
 * side by side; every write refetches what it may have changed.
 */
import type { PeriodFormSave, SubmissionReview } from '@cds/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

const forms = client['period-forms'][':unitId'][':period'];
const submission = client.submissions[':unitId'][':period'];

/**
 * Reports change under other people's hands (a reviewer returns a figure, staff send one): each
 * screen asks again when it opens (`staleTime: 0`) rather than show what it read a minute ago.
 */
export const inboxQuery = () =>
  queryOptions({ queryKey: ['inbox'], queryFn: () => ok(client.inbox.$get()), staleTime: 0 });

export const periodFormQuery = (unitId: string, period: string) =>
  queryOptions({
    queryKey: ['period-form', unitId, period],
    queryFn: () => ok(forms.$get({ param: { unitId, period } })),
    staleTime: 0,
    // A form being filled in is not swapped for a newer one behind the person's back: a save
    // over a figure changed meanwhile is refused (409) and says so.
    refetchOnWindowFocus: false,
  });

export const submissionsQuery = () =>
  queryOptions({ queryKey: ['submissions'], queryFn: () => ok(client.submissions.$get()), staleTime: 0 });

export const submissionQuery = (unitId: string, period: string) =>
  queryOptions({
    queryKey: ['submission', unitId, period],
    queryFn: () => ok(submission.$get({ param: { unitId, period } })),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

export type Inbox = InferResponseType<typeof client.inbox.$get, 200>;
export type InboxItem = Inbox['items'][number];
export type PeriodFormView = InferResponseType<typeof forms.$get, 200>;
export type FormRowView = PeriodFormView['rows'][number];
export type SubmissionList = InferResponseType<typeof client.submissions.$get, 200>['submissions'];
export type SaveAnswer = InferResponseType<typeof forms.$put, 200>;
export type ReviewAnswer = InferResponseType<typeof submission.review.$post, 200>;

/** What a report's writes may change: its lists, its form, and (once approved) every view of figures. */
const AFFECTED = [
  'inbox',
  'period-form',
  'submissions',
  'submission',
  'revisions',
  'summary',
  'series',
  'ranking',
];

function useInvalidateReports() {
  const queryClient = useQueryClient();
  return () => Promise.all(AFFECTED.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
}

export function useSavePeriodForm(unitId: string, period: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateReports();
  return useMutation({
    mutationFn: (body: PeriodFormSave) => ok(forms.$put({ param: { unitId, period }, json: body })),
    onSuccess: (answer) => {
      // The answer carries the form as saved: shown at once, before the lists refetch.
      queryClient.setQueryData(periodFormQuery(unitId, period).queryKey, answer.form);
      void invalidate();
    },
  });
}

export function useReviewSubmission(unitId: string, period: string) {
  const invalidate = useInvalidateReports();
  return useMutation({
    mutationFn: (body: SubmissionReview) =>
      ok(submission.review.$post({ param: { unitId, period }, json: body })),
    onSuccess: () => void invalidate(),
  });
}
