/** The signed-in user (or null), shared by every screen that shows or hides what a user may do. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, type InferResponseType, ok } from '../../api/client.ts';

export const sessionQuery = () =>
  queryOptions({ queryKey: ['session'], queryFn: () => ok(client.auth.me.$get()), staleTime: 60_000 });

export type SessionUserView = NonNullable<InferResponseType<typeof client.auth.me.$get, 200>['user']>;
export type Assignment = SessionUserView['assignments'][number];
export type Role = Assignment['role'];

export function useSession() {
  const query = useQuery(sessionQuery());
  return { user: query.data?.user ?? null, isPending: query.isPending, error: query.error };
}

/** Whether the user may enter figures for the unit (the API decides; this only hides buttons). */
export function canEdit(user: SessionUserView | null, unitId: string): boolean {
  if (!user) return false;
  return user.editableUnitIds === null || user.editableUnitIds.includes(unitId);
}

export function isAdmin(user: SessionUserView | null): boolean {
  return !!user?.assignments.some((a) => a.role === 'admin');
}

/** Staff who may enter figures somewhere, but not for this unit: the overview marks it read-only. */
export function isReadOnlyFor(user: SessionUserView | null, unitId: string): boolean {
  return !!user?.assignments.some((a) => a.role === 'staff') && !canEdit(user, unitId);
}

/** Whether the user may review figures of the unit (the API decides; this only shows links). */
export function canReview(user: SessionUserView | null, unitId: string): boolean {
  if (!user) return false;
  return user.reviewableUnitIds === null || user.reviewableUnitIds.includes(unitId);
}
