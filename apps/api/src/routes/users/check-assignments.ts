/**
 * The rules on role assignments that a schema cannot express: the province must exist, an admin
 * role is for every province, and the same assignment is not given twice.
 */
import type { RoleAssignment } from '../../auth/session-user.ts';
import type { Catalog } from '../../catalog/catalog.ts';
import type { ApiIssue as Issue } from '../../http/api-error.ts';

export function assignmentIssues(catalog: Catalog, assignments: RoleAssignment[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  assignments.forEach((a, i) => {
    const at = `assignments.${i}`;
    if (a.unitId !== null && !catalog.unit(a.unitId)) {
      issues.push({
        field: `${at}.unitId`,
        message: { vi: `Tỉnh, thành “${a.unitId}” không tồn tại`, en: `unit "${a.unitId}" does not exist` },
      });
    }
    if (a.role === 'admin' && a.unitId !== null) {
      issues.push({
        field: `${at}.unitId`,
        message: {
          vi: 'Quyền quản trị áp dụng cho mọi tỉnh: unitId phải là null',
          en: 'the admin role is for every province: unitId must be null',
        },
      });
    }
    const key = `${a.role} ${a.unitId ?? '*'}`;
    if (seen.has(key))
      issues.push({
        field: at,
        message: {
          vi: `Quyền ${a.role} cho ${a.unitId ?? 'mọi tỉnh'} được giao hai lần`,
          en: `${a.role} for ${a.unitId ?? 'every province'} is given twice`,
        },
      });
    seen.add(key);
  });
  return issues;
}

export function hasGlobalAdmin(assignments: RoleAssignment[]): boolean {
  return assignments.some((a) => a.role === 'admin' && a.unitId === null);
}
