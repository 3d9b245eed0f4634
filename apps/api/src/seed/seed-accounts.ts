/**
 * Accounts at every start (not only the first): the first admin, and the demo accounts.
 * - With no active admin account other than the demo ones, the admin ADMIN_LOGIN (default `admin`)
 *   is created, or re-enabled, with ADMIN_PASSWORD or else a random password that the caller
 *   prints once. This is also the way back in if every real admin was switched off.
 * - With demo data on, missing demo accounts are created (an existing one is left alone, so one an
 *   admin switched off stays off); with demo data off, every demo account is switched off and
 *   signed out.
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/write-audit.ts';
import { DEFAULT_SCRYPT, hashPassword, randomPassword, type ScryptParams } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/sessions.repository.ts';
import type { Database } from '../db/database.ts';
import { insertUser, replaceAssignments } from '../routes/users/users.repository.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';

export interface AccountSeedOptions {
  withDemo: boolean;
  /** ISO timestamp recorded on the rows written. */
  now: string;
  adminLogin?: string;
  adminPassword?: string;
  /** Tests may pass cheaper parameters; the server never does. */
  scrypt?: ScryptParams;
}

export interface AccountSeedResult {
  /** The admin created or re-enabled at this start; `generatedPassword` is set when it is random. */
  admin: { login: string; generatedPassword: string | null } | null;
  demoCreated: number;
  demoDeactivated: number;
}

type Db = Kysely<Database>;
const SYSTEM = { login: 'system' };

async function hasActiveAdmin(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select('u.id')
    .where('r.role', '=', 'admin')
    .where('u.is_active', '=', 1)
    .where('u.is_demo', '=', 0)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

async function ensureAdmin(db: Db, options: AccountSeedOptions): Promise<AccountSeedResult['admin']> {
  if (await hasActiveAdmin(db)) return null;
  const login = (options.adminLogin ?? 'admin').trim().toLowerCase();
  const password = options.adminPassword ?? randomPassword();
  const passwordHash = await hashPassword(password, options.scrypt ?? DEFAULT_SCRYPT);
  const { now } = options;
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('app_user')
      .select(['id', 'is_demo'])
      .where('login', '=', login)
      .executeTakeFirst();
    if (existing?.is_demo === 1)
      throw new Error(`ADMIN_LOGIN "${login}" is a demo account; choose another login`);
    const admin = { role: 'admin' as const, unitId: null };
    if (!existing) {
      const id = await insertUser(
        trx,
        { login, displayName: 'Quản trị viên', passwordHash, isDemo: false, assignments: [admin] },
        now,
      );
      await writeAudit(
        trx,
        {
          action: 'user.create',
          entity: 'user',
          entityId: id,
          ...SYSTEM,
          details: { reason: 'first admin' },
        },
        now,
      );
      return;
    }
    const roles = await trx
      .selectFrom('user_role')
      .select(['role', 'unit_id'])
      .where('user_id', '=', existing.id)
      .execute();
    const assignments = [
      ...roles.map((r) => ({ role: r.role, unitId: r.unit_id })).filter((r) => r.role !== 'admin'),
      admin,
    ];
    await replaceAssignments(trx, existing.id, assignments);
    await trx
      .updateTable('app_user')
      .set({ is_active: 1, password_hash: passwordHash, password_changed_at: now, updated_at: now })
      .where('id', '=', existing.id)
      .execute();
    await deleteUserSessions(trx, existing.id);
    const details = { reason: 'no active admin: re-enabled with a new password' };
    await writeAudit(
      trx,
      { action: 'user.recover_admin', entity: 'user', entityId: existing.id, ...SYSTEM, details },
      now,
    );
  });
  return { login, generatedPassword: options.adminPassword ? null : password };
}

async function createDemoAccounts(db: Db, options: AccountSeedOptions): Promise<number> {
  const existing = new Set(
    (await db.selectFrom('app_user').select('login').where('is_demo', '=', 1).execute()).map((r) => r.login),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.login));
  // Hashed side by side: scrypt runs on libuv's thread pool, so five take little longer than one.
  const hashes = await Promise.all(
    missing.map(() => hashPassword(DEMO_PASSWORD, options.scrypt ?? DEFAULT_SCRYPT)),
  );
  await db.transaction().execute(async (trx) => {
    for (const [i, account] of missing.entries()) {
      const id = await insertUser(
        trx,
        { ...account, passwordHash: hashes[i] as string, isDemo: true },
        options.now,
      );
      const details = { reason: 'demo account', assignments: account.assignments };
      await writeAudit(
        trx,
        { action: 'user.create', entity: 'user', entityId: id, ...SYSTEM, details },
        options.now,
      );
    }
  });
  return missing.length;
}

async function deactivateDemoAccounts(db: Db, now: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const active = await trx
      .selectFrom('app_user')
      .select('id')
      .where('is_demo', '=', 1)
      .where('is_active', '=', 1)
      .execute();
    for (const { id } of active) {
      await trx.updateTable('app_user').set({ is_active: 0, updated_at: now }).where('id', '=', id).execute();
      await deleteUserSessions(trx, id);
      const details = { before: { isActive: true }, after: { isActive: false }, reason: 'DEMO_DATA=off' };
      await writeAudit(trx, { action: 'user.update', entity: 'user', entityId: id, ...SYSTEM, details }, now);
    }
    return active.length;
  });
}

export async function seedAccounts(db: Db, options: AccountSeedOptions): Promise<AccountSeedResult> {
  const admin = await ensureAdmin(db, options);
  const demoCreated = options.withDemo ? await createDemoAccounts(db, options) : 0;
  const demoDeactivated = options.withDemo ? 0 : await deactivateDemoAccounts(db, options.now);
  return { admin, demoCreated, demoDeactivated };
}

/** The console notice for a generated admin password, boxed so it is not lost in the start-up log. */
export function adminPasswordNotice(login: string, password: string): string {
  const lines = [
    'Tài khoản quản trị đầu tiên đã được tạo / The first admin account was created:',
    `  tên đăng nhập / login:    ${login}`,
    `  mật khẩu / password:      ${password}`,
    'Mật khẩu này chỉ hiện một lần: hãy đăng nhập và đổi ngay.',
    'This password is shown only once: sign in and change it now.',
    'Đặt ADMIN_LOGIN / ADMIN_PASSWORD để tự chọn / Set ADMIN_LOGIN / ADMIN_PASSWORD to choose them.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = `+${'-'.repeat(width + 2)}+`;
  return [bar, ...lines.map((l) => `| ${l.padEnd(width)} |`), bar].join('\n');
}
