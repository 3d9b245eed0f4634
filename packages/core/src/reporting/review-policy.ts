/**
 * Who may review an entry — approve it, which publishes it, or return it — written once for the
 * API's guards and the reviewer's page:
 *
 * 1. A reviewer of the entry's province. A role for every province covers all; a role for a
 *    province covers the province itself and the former provinces it was formed from (a reviewer
 *    of Quảng Trị `v34-44` reviews the former Quảng Bình `v63-44`), never the other way round. An
 *    admin holds every role everywhere.
 * 2. Never their own entry: whoever entered it and whoever last changed it are not its reviewer,
 *    an admin included. Another pair of eyes is the point of review.
 *
 * Rule 2 is also part of the API's conditional UPDATE (`revision-states.repository.ts`), so an
 * entry changed by the reviewer between the check and the write is not approved either.
 */
import type { Bilingual } from '../i18n/locale.ts';

export type AccountRole = 'viewer' | 'staff' | 'reviewer' | 'admin';

export interface RoleAssignment {
  role: AccountRole;
  /** The province the role applies to; null for every province. */
  unitId: string | null;
}

/** A unit as roles see it: itself, and the province of today's 34 it became part of (if former). */
export interface ScopedUnit {
  id: string;
  successorId: string | null;
}

/**
 * Whether the assignments give `role` for `unit` (rule 1).
 * @example holdsRoleFor([{ role: 'reviewer', unitId: 'v34-44' }], 'reviewer', { id: 'v63-44', successorId: 'v34-44' }) // true
 */
export function holdsRoleFor(
  assignments: readonly RoleAssignment[],
  role: AccountRole,
  unit: ScopedUnit,
): boolean {
  return assignments.some(
    (a) =>
      a.role === 'admin' ||
      (a.role === role && (a.unitId === null || a.unitId === unit.id || a.unitId === unit.successorId)),
  );
}

export interface Reviewer {
  id: number;
  assignments: readonly RoleAssignment[];
}

export interface EntryToReview {
  unit: ScopedUnit & { nameVi: string; nameEn: string };
  /** Who entered it. */
  enteredBy: number;
  /** Who last changed it (edited, re-entered or sent it), if anyone did after its author. */
  lastChangedBy: number | null;
}

export interface ReviewRefusal {
  /** `not_reviewer`: rule 1; `own_entry`: rule 2. */
  code: 'not_reviewer' | 'own_entry';
  message: Bilingual;
}

/**
 * Why `reviewer` may not approve or return `entry`, or null when they may.
 * @example reviewRefusal({ id: 7, assignments: [{ role: 'admin', unitId: null }] }, { unit: sonLa, enteredBy: 7, lastChangedBy: 7 })
 *   // { code: 'own_entry', message: { vi: 'Không được tự duyệt số liệu do mình nhập', … } }
 */
export function reviewRefusal(reviewer: Reviewer, entry: EntryToReview): ReviewRefusal | null {
  if (!holdsRoleFor(reviewer.assignments, 'reviewer', entry.unit))
    return {
      code: 'not_reviewer',
      message: {
        vi: `Tài khoản này không được duyệt số liệu của ${entry.unit.nameVi}`,
        en: `This account may not review figures of ${entry.unit.nameEn}`,
      },
    };
  if (entry.enteredBy === reviewer.id)
    return {
      code: 'own_entry',
      message: {
        vi: 'Không được tự duyệt số liệu do mình nhập',
        en: 'You may not review a figure you entered',
      },
    };
  if (entry.lastChangedBy === reviewer.id)
    return {
      code: 'own_entry',
      message: {
        vi: 'Không được tự duyệt số liệu do mình sửa',
        en: 'You may not review a figure you edited',
      },
    };
  return null;
}

/** Whether `reviewer` may approve or return `entry` (see `reviewRefusal` for why not). */
export function mayReview(reviewer: Reviewer, entry: EntryToReview): boolean {
  return reviewRefusal(reviewer, entry) === null;
}
