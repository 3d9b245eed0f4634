/** Entering and reviewing figures: the queries and mutations of the entry screens. */
import type { RevisionCreate } from '@cds/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export const revisionsQuery = (status?: 'draft' | 'submitted' | 'returned' | 'approved' | 'withdrawn') =>
  queryOptions({
    queryKey: ['revisions', status ?? 'all'],
    queryFn: () => ok(client.revisions.$get({ query: status ? { status } : {} })),
  });

export type RevisionList = InferResponseType<typeof client.revisions.$get, 200>;
export type RevisionView = RevisionList['revisions'][number];

/** After a figure is published every view of figures may change: refetch them. */
function useInvalidateFigures() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['revisions', 'summary', 'series', 'ranking'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useCreateRevision() {
  const invalidate = useInvalidateFigures();
  return useMutation({
    mutationFn: (body: RevisionCreate) => ok(client.revisions.$post({ json: body })),
    onSuccess: invalidate,
  });
}
