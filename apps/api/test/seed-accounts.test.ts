/** Password hashing, the first admin, and the demo accounts following DEMO_DATA. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from '../src/auth/password.ts';
import { loadConfig } from '../src/config.ts';
import { type Db, openSqlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { adminPasswordNotice, seedAccounts } from '../src/seed/seed-accounts.ts';
import { seedIfEmpty } from '../src/seed/seed-database.ts';
import { login, whoAmI } from './helpers/requests.ts';
import { SEED_NOW } from './helpers/seeded-app.ts';

const CHEAP = { N: 2 ** 12, r: 8, p: 1 };

describe('password hashing', () => {
  it('hashes with memory-hard scrypt defaults and a fresh salt, and verifies in constant time', async () => {
    expect(DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r * 128).toBeGreaterThanOrEqual(32 * 1024 * 1024);
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it('never matches a malformed or weakened hash', async () => {
    const good = await hashPassword('secret-secret', CHEAP);
    const parts = good.split('$');
    for (const bad of [
      '',
      'plain',
      good.replace('scrypt', 'bcrypt'),
      ['scrypt', '2', ...parts.slice(2)].join('$'),
    ]) {
      expect(await verifyPassword('secret-secret', bad), bad).toBe(false);
    }
  });
});

describe('seedAccounts', () => {
  let db: Db;
  beforeEach(async () => {
    db = openSqlite(':memory:');
    await migrateToLatest(db);
    await seedIfEmpty(db, { withDemo: false, now: SEED_NOW });
  });

  it('creates the admin with a random password once, and prints it boxed in both languages', async () => {
    const first = await seedAccounts(db, { withDemo: false, now: SEED_NOW, scrypt: CHEAP });
    expect(first.admin?.login).toBe('admin');
    const password = first.admin?.generatedPassword ?? '';
    expect(password).toHaveLength(18);
    const notice = adminPasswordNotice('admin', password);
    expect(notice).toContain(password);
    expect(notice).toContain('mật khẩu / password');
    expect(notice.split('\n')[0]).toMatch(/^\+-+\+$/);
    const app = createApp(db);
    expect(await whoAmI(app, await login(app, 'admin', password))).toBe('admin');
    // Later starts leave the admin alone and print nothing.
    expect((await seedAccounts(db, { withDemo: false, now: SEED_NOW, scrypt: CHEAP })).admin).toBeNull();
  });

  it('uses ADMIN_LOGIN and ADMIN_PASSWORD when given', async () => {
    const config = loadConfig({ ADMIN_LOGIN: 'Quan.Tri', ADMIN_PASSWORD: 'chosen-by-the-operator' });
    const result = await seedAccounts(db, {
      withDemo: false,
      now: SEED_NOW,
      adminLogin: config.adminLogin,
      adminPassword: config.adminPassword,
      scrypt: CHEAP,
    });
    expect(result.admin).toEqual({ login: 'quan.tri', generatedPassword: null });
    const app = createApp(db);
    expect(await whoAmI(app, await login(app, 'quan.tri', 'chosen-by-the-operator'))).toBe('quan.tri');
    const audit = await db.selectFrom('audit_event').select(['action', 'login']).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'user.create', login: 'system' },
      { action: 'auth.login', login: 'quan.tri' },
    ]);
  });

  it('refuses a weak ADMIN_PASSWORD at start', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ DEMO_LAST_MONTH: '2026-13' })).toThrow(/DEMO_LAST_MONTH/);
    expect(loadConfig({ DEMO_LAST_MONTH: '2026-10' }).demoLastMonth).toBe('2026-10');
    expect(() => loadConfig({ ADMIN_LOGIN: 'boss.person', ADMIN_PASSWORD: 'Boss.Person' })).toThrow(/login/);
    expect(loadConfig({}).publicRead).toBe(false);
    expect(loadConfig({ PUBLIC_READ: 'on' }).publicRead).toBe(true);
    expect(() => loadConfig({ PUBLIC_READ: 'yes' })).toThrow(/PUBLIC_READ/);
  });

  it('creates the demo accounts with demo data on, and switches them off and signs them out when it is off', async () => {
    const on = await seedAccounts(db, {
      withDemo: true,
      now: SEED_NOW,
      adminPassword: 'operator-password',
      scrypt: CHEAP,
    });
    expect(on.demoCreated).toBe(DEMO_ACCOUNTS.length);
    const rows = await db
      .selectFrom('app_user')
      .select(['login', 'is_demo', 'is_active'])
      .where('is_demo', '=', 1)
      .execute();
    expect(rows.map((r) => r.login).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.login).sort());
    const app = createApp(db, { publicRead: false });
    const cookie = await login(app, 'demo.reviewer', DEMO_PASSWORD);
    expect(await whoAmI(app, cookie)).toBe('demo.reviewer');

    const off = await seedAccounts(db, { withDemo: false, now: SEED_NOW, scrypt: CHEAP });
    expect(off).toMatchObject({ admin: null, demoCreated: 0, demoDeactivated: DEMO_ACCOUNTS.length });
    expect(await whoAmI(app, cookie)).toBeNull();
    const inactive = await db.selectFrom('app_user').select('is_active').where('is_demo', '=', 1).execute();
    expect(inactive.every((r) => r.is_active === 0)).toBe(true);
    // The real admin is untouched.
    expect(await whoAmI(app, await login(app, 'admin', 'operator-password'))).toBe('admin');
    // Demo back on: missing accounts would be created, but switched-off ones stay off.
    expect((await seedAccounts(db, { withDemo: true, now: SEED_NOW, scrypt: CHEAP })).demoCreated).toBe(0);
  });

  it('re-enables the admin with a new password when no real admin is active', async () => {
    await seedAccounts(db, {
      withDemo: false,
      now: SEED_NOW,
      adminPassword: 'first-password',
      scrypt: CHEAP,
    });
    await db.updateTable('app_user').set({ is_active: 0 }).where('login', '=', 'admin').execute();
    const again = await seedAccounts(db, { withDemo: false, now: SEED_NOW, scrypt: CHEAP });
    expect(again.admin?.generatedPassword).toEqual(expect.any(String));
    const app = createApp(db);
    expect(await whoAmI(app, await login(app, 'admin', again.admin?.generatedPassword ?? ''))).toBe('admin');
  });
});
