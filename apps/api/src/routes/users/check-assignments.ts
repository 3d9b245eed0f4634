/**
 * The rules on role assignments that a schema cannot express: the province must exist, an admin
 * role is for every province, and the same assignment is not given twice.
 */
import type { RoleAssignment } from '../../auth/session-user.ts';
import type { Catalog } from '../../figures/catalog.ts';

export interface Issue {
  parameter: string;
  message: string;
}

export function assignmentIssues(catalog: Catalog, assignments: RoleAssignment[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  assignments.forEach((a, i) => {
    const at = `assignments.${i}`;
    if (a.unitId !== null && !catalog.unit(a.unitId)) {
      issues.push({ parameter: `${at}.unitId`, message: `unit "${a.unitId}" does not exist` });
    }
    if (a.role === 'admin' && a.unitId !== null) {
      issues.push({
        parameter: `${at}.unitId`,
        message: 'the admin role is for every province: unitId must be null',
      });
    }
    const key = `${a.role} ${a.unitId ?? '*'}`;
    if (seen.has(key))
      issues.push({ parameter: at, message: `${a.role} for ${a.unitId ?? 'every province'} is given twice` });
    seen.add(key);
  });
  return issues;
}

export function hasGlobalAdmin(assignments: RoleAssignment[]): boolean {
  return assignments.some((a) => a.role === 'admin' && a.unitId === null);
}
