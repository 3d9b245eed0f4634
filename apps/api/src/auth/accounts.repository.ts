/**
 * Reading accounts and their role assignments: what login, the session middleware and the user
 * admin all need. Logins are stored and compared in lower case.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { RoleAssignment, SessionUser } from './session-user.ts';

export interface Account {
  id: number;
  login: string;
  displayName: string;
  passwordHash: string;
  isActive: boolean;
  isDemo: boolean;
}

type Reader = Kysely<Database>;

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

const accountColumns = [
  'id',
  'login',
  'display_name',
  'password_hash',
  'is_active',
  'is_demo',
] as const satisfies readonly (keyof Database['app_user'])[];

function toAccount(row: {
  id: number;
  login: string;
  display_name: string;
  password_hash: string;
  is_active: number;
  is_demo: number;
}): Account {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    isActive: row.is_active === 1,
    isDemo: row.is_demo === 1,
  };
}

export async function findAccountByLogin(db: Reader, login: string): Promise<Account | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select(accountColumns)
    .where('login', '=', normalizeLogin(login))
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function findAccountById(db: Reader, id: number): Promise<Account | undefined> {
  const row = await db.selectFrom('app_user').select(accountColumns).where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

/** Every user's assignments, keyed by user id, in a stable order (role, then province). */
export async function loadAssignments(db: Reader, userIds: number[]): Promise<Map<number, RoleAssignment[]>> {
  const byUser = new Map<number, RoleAssignment[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('user_role')
    .select(['user_id', 'role', 'unit_id'])
    .where('user_id', 'in', userIds)
    .execute();
  // Sorted here, not in SQL: SQLite and PostgreSQL put nulls at opposite ends.
  rows.sort((a, b) => a.role.localeCompare(b.role) || (a.unit_id ?? '').localeCompare(b.unit_id ?? ''));
  for (const row of rows) byUser.get(row.user_id)?.push({ role: row.role, unitId: row.unit_id });
  return byUser;
}

export async function toSessionUser(db: Reader, account: Account): Promise<SessionUser> {
  const assignments = (await loadAssignments(db, [account.id])).get(account.id) ?? [];
  return {
    id: account.id,
    login: account.login,
    displayName: account.displayName,
    isDemo: account.isDemo,
    assignments,
  };
}

export async function setPasswordHash(db: Reader, userId: number, hash: string, now: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ password_hash: hash, password_changed_at: now, updated_at: now })
    .where('id', '=', userId)
    .execute();
}
