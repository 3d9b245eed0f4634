/**
 * Accounts as the user admin sees and changes them. Writes take the transaction they run in, so a
 * change, its role assignments and its audit row commit together or not at all.
 */
import type { Kysely } from 'kysely';
import { loadAssignments } from '../../auth/accounts.repository.ts';
import type { RoleAssignment } from '../../auth/session-user.ts';
import type { Database } from '../../db/database.ts';

type Db = Kysely<Database>;

export interface UserRecord {
  id: number;
  login: string;
  displayName: string;
  isActive: boolean;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
  assignments: RoleAssignment[];
}

const columns = [
  'id',
  'login',
  'display_name',
  'is_active',
  'is_demo',
  'created_at',
  'updated_at',
  'password_changed_at',
] as const;

async function withAssignments(
  db: Db,
  rows: {
    id: number;
    login: string;
    display_name: string;
    is_active: number;
    is_demo: number;
    created_at: string;
    updated_at: string;
    password_changed_at: string;
  }[],
): Promise<UserRecord[]> {
  const assignments = await loadAssignments(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    displayName: r.display_name,
    isActive: r.is_active === 1,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    passwordChangedAt: r.password_changed_at,
    assignments: assignments.get(r.id) ?? [],
  }));
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
  const rows = await db.selectFrom('app_user').select(columns).orderBy('login').execute();
  return withAssignments(db, rows);
}

export async function getUser(db: Db, id: number): Promise<UserRecord | undefined> {
  const rows = await db.selectFrom('app_user').select(columns).where('id', '=', id).execute();
  return (await withAssignments(db, rows))[0];
}

export async function loginTaken(db: Db, login: string): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').where('login', '=', login).executeTakeFirst();
  return row !== undefined;
}

export interface NewUser {
  login: string;
  displayName: string;
  passwordHash: string;
  isDemo: boolean;
  assignments: RoleAssignment[];
}

export async function insertUser(db: Db, user: NewUser, now: string): Promise<number> {
  const { id } = await db
    .insertInto('app_user')
    .values({
      login: user.login,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      is_active: 1,
      is_demo: user.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
      password_changed_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceAssignments(db, id, user.assignments);
  return id;
}

export async function updateUser(
  db: Db,
  id: number,
  change: { displayName?: string; isActive?: boolean },
  now: string,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
      ...(change.isActive !== undefined ? { is_active: change.isActive ? 1 : 0 } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function replaceAssignments(
  db: Db,
  userId: number,
  assignments: RoleAssignment[],
): Promise<void> {
  await db.deleteFrom('user_role').where('user_id', '=', userId).execute();
  if (assignments.length === 0) return;
  await db
    .insertInto('user_role')
    .values(assignments.map((a) => ({ user_id: userId, role: a.role, unit_id: a.unitId })))
    .execute();
}
