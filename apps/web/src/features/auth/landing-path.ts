/**
 * Where a user lands after signing in when no page asked for them: staff on their reports,
 * reviewers on the reports waiting for them, everyone else (viewers, administrators) on the
 * main page.
 * @example landingPath({ assignments: [{ role: 'staff' }] }) // '/bao-cao'
 */
export function landingPath(user: { assignments: readonly { role: string }[] }): string {
  const roles = new Set(user.assignments.map((a) => a.role));
  if (roles.has('admin')) return '/';
  if (roles.has('staff')) return '/bao-cao';
  if (roles.has('reviewer')) return '/duyet';
  return '/';
}
