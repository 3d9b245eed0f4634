/**
 * A province's own plans (GET /api/targets?unit=…&national=exclude) and their writes
 * (POST, PUT, DELETE /api/targets): key and fetcher side by side; every write refetches the plans
 * and every view that compares a figure with its plan.
 */
import type { TargetWrite } from '@cds/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export const plansQuery = (unitId: string) =>
  queryOptions({
    queryKey: ['plans', unitId],
    queryFn: () => ok(client.targets.$get({ query: { unit: unitId, national: 'exclude' } })),
  });

export type PlanView = InferResponseType<typeof client.targets.$get, 200>['targets'][number];

function useRefreshPlans() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['plans', 'summary', 'series', 'ranking', 'period-form'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useSavePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, plan }: { id: number | null; plan: TargetWrite }) =>
      id === null
        ? ok(client.targets.$post({ json: plan }))
        : ok(client.targets[':id'].$put({ param: { id: String(id) }, json: plan })),
    onSuccess: refresh,
  });
}

export function useDeletePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: (id: number) => ok(client.targets[':id'].$delete({ param: { id: String(id) } })),
    onSuccess: refresh,
  });
}
