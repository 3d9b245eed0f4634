/**
 * Who may do what to which province. The API is the guard; the web app asks the same
 * questions only to hide what a user cannot do.
 *
 * A role given for a province of today's 34 also covers the former provinces it was
 * formed from (staff of Quảng Trị correct Quảng Bình's old figures), and a role given
 * for a former province covers the province it became part of.
 */
import type { Catalog } from '../figures/catalog.ts';
import type { Role, SessionUser } from './session-user.ts';

function covers(catalog: Catalog, assignedUnitId: string, unitId: string): boolean {
  if (assignedUnitId === unitId) return true;
  const assigned = catalog.unit(assignedUnitId);
  const target = catalog.unit(unitId);
  if (!assigned || !target) return false;
  return assigned.predecessorIds.includes(unitId) || target.predecessorIds.includes(assignedUnitId);
}

export function isAdmin(user: SessionUser | null): boolean {
  return !!user?.assignments.some((a) => a.role === 'admin');
}

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return isAdmin(user) || !!user?.assignments.some((a) => a.role === role);
}

/** Whether the user holds `role` for this province (admins hold every role everywhere). */
export function hasRoleFor(catalog: Catalog, user: SessionUser | null, role: Role, unitId: string): boolean {
  if (!user) return false;
  if (isAdmin(user)) return true;
  return user.assignments.some(
    (a) => a.role === role && (a.unitId === null || covers(catalog, a.unitId, unitId)),
  );
}

export function canEditUnit(catalog: Catalog, user: SessionUser | null, unitId: string): boolean {
  return hasRoleFor(catalog, user, 'staff', unitId);
}

export function canReviewUnit(catalog: Catalog, user: SessionUser | null, unitId: string): boolean {
  return hasRoleFor(catalog, user, 'reviewer', unitId);
}

/** The provinces a user may edit, for the web app to show edit controls (null: all). */
export function editableUnitIds(catalog: Catalog, user: SessionUser | null): string[] | null {
  if (!user) return [];
  if (isAdmin(user) || user.assignments.some((a) => a.role === 'staff' && a.unitId === null)) return null;
  return catalog.units.filter((u) => canEditUnit(catalog, user, u.id)).map((u) => u.id);
}
