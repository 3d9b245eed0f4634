/**
 * The signed-in user as the web app receives it: who they are, their role assignments, and the
 * provinces they may edit and review, so the UI can hide what the API would refuse anyway.
 */
import type { Catalog } from '../catalog/catalog.ts';
import { canReviewUnit, editableUnitIds, isAdmin } from './permissions.ts';
import type { SessionUser } from './session-user.ts';

export function userView(catalog: Catalog, user: SessionUser) {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    isDemo: user.isDemo,
    assignments: user.assignments,
    /** null: every province. */
    editableUnitIds: editableUnitIds(catalog, user),
    /** null: every province. */
    reviewableUnitIds:
      isAdmin(user) || user.assignments.some((a) => a.role === 'reviewer' && a.unitId === null)
        ? null
        : catalog.units.filter((u) => canReviewUnit(catalog, user, u.id)).map((u) => u.id),
  };
}

export type UserView = ReturnType<typeof userView>;
