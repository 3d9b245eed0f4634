/**
 * `pnpm start`: opens (and on first run migrates and seeds) the database, then serves
 * the API under /api and the built dashboard at / from one Node process.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from './app.ts';
import { readCatalog } from './catalog/catalog.ts';
import { configuredClock } from './clock/clock.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { serveDashboard } from './http/serve-dashboard.ts';
import { buildStore, isStoreMissing } from './resolved-store/resolve-blocks.ts';
import { adminPasswordNotice, seedAccounts } from './seed/seed-accounts.ts';
import { seedIfEmpty } from './seed/seed-database.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const config = loadConfig(process.env);
const clock = configuredClock(config.now);
const db = openDatabase({ path: config.databasePath, url: config.databaseUrl });
await migrateToLatest(db);
const started = performance.now();
const seed = await seedIfEmpty(db, {
  withDemo: config.demoData,
  now: clock().toISOString(),
  ...(config.demoLastMonth ? { demoLastMonth: config.demoLastMonth } : {}),
});
if (seed.seeded) {
  console.log(
    `Seeded the database in ${Math.round(performance.now() - started)} ms: reference data${config.demoData ? `, ${seed.demoObservations} demo figures, ${seed.demoTargets} demo targets` : ' (demo data off)'}, ${seed.resolvedFigures} resolved figures.`,
  );
} else if (await isStoreMissing(db)) {
  // A database from before the resolved-figures store (or one filled outside the app): build it
  // before serving, since every view reads it.
  const building = performance.now();
  const store = await buildStore(db, await readCatalog(db), clock().toISOString());
  console.log(
    `Built the resolved-figures store in ${Math.round(performance.now() - building)} ms: ${store.figures} figures.`,
  );
}

const accounts = await seedAccounts(db, {
  withDemo: config.demoData,
  now: clock().toISOString(),
  adminLogin: config.adminLogin,
  adminPassword: config.adminPassword,
});
if (accounts.admin) {
  console.log(
    accounts.admin.generatedPassword
      ? adminPasswordNotice(accounts.admin.login, accounts.admin.generatedPassword)
      : `Created the admin account "${accounts.admin.login}" with ADMIN_PASSWORD.`,
  );
}
if (accounts.demoDeactivated > 0) {
  console.log(`Demo data is off: deactivated ${accounts.demoDeactivated} demo accounts.`);
}

const app = new Hono().route(
  '/',
  createApp(db, {
    dialect: config.databaseUrl ? 'postgres' : 'sqlite',
    publicRead: config.publicRead,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    now: clock,
  }),
);
if (existsSync(WEB_DIST)) {
  serveDashboard(app, WEB_DIST);
} else {
  app.get('/', (c) =>
    c.text('The dashboard is not built: run `pnpm --filter @cds/web build`. The API is at /api.', 503),
  );
}

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(
    `Chỉ số CĐS is running at http://${config.host}:${info.port} (database: ${config.databaseUrl ? 'PostgreSQL' : config.databasePath}${config.now ? `; clock started at ${config.now.toISOString()}` : ''})`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Stop taking requests, let those in progress finish, then close the database.
    server.close(() => void db.destroy().then(() => process.exit(0)));
    // Keep-alive connections would hold close() open: end the idle ones now, the rest after 10 s.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
