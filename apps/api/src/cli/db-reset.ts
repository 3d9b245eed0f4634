/** `pnpm db:reset`: deletes the embedded database and builds it again from `data/`. */
import { rmSync } from 'node:fs';
import { configuredClock } from '../clock/clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { adminPasswordNotice, seedAccounts } from '../seed/seed-accounts.ts';
import { seedIfEmpty } from '../seed/seed-database.ts';

const config = loadConfig(process.env);
if (config.databaseUrl) {
  console.error('db:reset only recreates the embedded SQLite database; drop a PostgreSQL database yourself.');
  process.exit(1);
}
for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.databasePath}${suffix}`, { force: true });
const clock = configuredClock(config.now);
const db = openDatabase({ path: config.databasePath });
await migrateToLatest(db);
const result = await seedIfEmpty(db, {
  withDemo: config.demoData,
  now: clock().toISOString(),
  ...(config.demoLastMonth ? { demoLastMonth: config.demoLastMonth } : {}),
});
console.log(
  `Recreated ${config.databasePath}: reference data loaded, ${result.demoObservations} demo figures and ${result.demoTargets} demo targets.`,
);
// The new database has no admin: create it here, or its generated password would never be shown.
const accounts = await seedAccounts(db, {
  withDemo: config.demoData,
  now: clock().toISOString(),
  adminLogin: config.adminLogin,
  adminPassword: config.adminPassword,
});
if (accounts.admin?.generatedPassword) {
  console.log(adminPasswordNotice(accounts.admin.login, accounts.admin.generatedPassword));
}
await db.destroy();
