/** The reporting deadlines (days after a period ends, per period type): read and changed by admins. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const deadlinesQuery = () =>
  queryOptions({ queryKey: ['settings', 'deadlines'], queryFn: () => ok(client.settings.deadlines.$get()) });

export function useSaveDeadlines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: { month: number; quarter: number; half: number; year: number }) =>
      ok(client.settings.deadlines.$put({ json: days })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['settings', 'deadlines'] }),
        queryClient.invalidateQueries({ queryKey: ['inbox'] }),
      ]),
  });
}
