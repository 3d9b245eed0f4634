/** Who is making a request, as every route sees it (`c.var.user`). */
import type { Role } from '../db/database.ts';

export type { Role };
export const ROLES = ['viewer', 'staff', 'reviewer', 'admin'] as const satisfies readonly Role[];

export interface RoleAssignment {
  role: Role;
  /** The province the role applies to; null for every province. */
  unitId: string | null;
}

export interface SessionUser {
  id: number;
  login: string;
  displayName: string;
  isDemo: boolean;
  assignments: RoleAssignment[];
}
