/**
 * Who may do what to which province. The API is the guard; the web app asks the same
 * questions only to hide what a user cannot do.
 *
 * A role given for a province of today's 34 also covers the former provinces it was
 * formed from (staff of Quảng Trị `v34-44` correct Quảng Bình's `v63-44` old figures). A role
 * given for a former province covers that province's own periods only, never the province it
 * became part of: staff of Quảng Bình do not speak for today's Quảng Trị, which also took in
 * the former Quảng Trị. The rule is core's (`holdsRoleFor`, with who may review an entry).
 */
import { holdsRoleFor, type ReviewRefusal, reviewRefusal } from '@cds/core';
import type { Catalog } from '../catalog/catalog.ts';
import type { Role, SessionUser } from './session-user.ts';

export function isAdmin(user: SessionUser | null): boolean {
  return !!user?.assignments.some((a) => a.role === 'admin');
}

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return isAdmin(user) || !!user?.assignments.some((a) => a.role === role);
}

/** Whether the user holds `role` for this province (admins hold every role everywhere): core's rule. */
export function hasRoleFor(catalog: Catalog, user: SessionUser | null, role: Role, unitId: string): boolean {
  if (!user) return false;
  const successorId = catalog.unit(unitId)?.successorId ?? null;
  return holdsRoleFor(user.assignments, role, { id: unitId, successorId });
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

/**
 * Why the user may not approve or return this entry, or null when they may: core's rule
 * (`reviewRefusal`), given the entry's province as the catalogue knows it.
 */
export function entryReviewRefusal(
  catalog: Catalog,
  user: SessionUser,
  entry: { unitId: string; createdBy: { id: number }; updatedBy: { id: number } | null },
): ReviewRefusal | null {
  const unit = catalog.unit(entry.unitId);
  return reviewRefusal(user, {
    unit: {
      id: entry.unitId,
      successorId: unit?.successorId ?? null,
      nameVi: unit?.nameVi ?? entry.unitId,
      nameEn: unit?.nameEn ?? entry.unitId,
    },
    enteredBy: entry.createdBy.id,
    lastChangedBy: entry.updatedBy?.id ?? null,
  });
}
