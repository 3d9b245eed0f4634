/** The user admin's queries and mutations (GET/POST/PATCH/PUT /api/users), admins only. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';
import type { Assignment, Role } from '../../shared/session/use-session.ts';

export const ROLES = ['viewer', 'staff', 'reviewer', 'admin'] as const satisfies readonly Role[];

export const usersQuery = () => queryOptions({ queryKey: ['users'], queryFn: () => ok(client.users.$get()) });

export type AdminUserView = InferResponseType<typeof client.users.$get, 200>['users'][number];

/** After any change the list is read again; the session too, since an admin may have changed themself. */
function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['users'] }),
      queryClient.invalidateQueries({ queryKey: ['session'] }),
    ]);
}

export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: {
      login: string;
      displayName: string;
      password: string;
      assignments: Assignment[];
      /** An account with no role is created only when this says so (the API refuses it otherwise). */
      withoutRoles?: boolean;
    }) => ok(client.users.$post({ json: body })),
    onSuccess: refresh,
  });
}

export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: { displayName?: string; isActive?: boolean } }) =>
      ok(client.users[':id'].$patch({ param: { id: String(id) }, json: change })),
    onSuccess: refresh,
  });
}

export function useSetRoles() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, assignments }: { id: number; assignments: Assignment[] }) =>
      ok(client.users[':id'].roles.$put({ param: { id: String(id) }, json: { assignments } })),
    onSuccess: refresh,
  });
}

export function useResetPassword() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: number; newPassword: string }) =>
      ok(client.users[':id'].password.$post({ param: { id: String(id) }, json: { newPassword } })),
    onSuccess: refresh,
  });
}
