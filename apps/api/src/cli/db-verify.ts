/**
 * `pnpm db:verify`: recomputes every block of the resolved-figures store from the approved figures
 * with the rules of @cds/core and reports any difference with what is stored (exit code 1), on the
 * database the server would open (DATABASE_PATH or DATABASE_URL). `--rebuild` builds it again.
 */

import { performance } from 'node:perf_hooks';
import { readCatalog } from '../catalog/catalog.ts';
import { configuredClock } from '../clock/clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { buildStore, verifyStore } from '../resolved-store/resolve-blocks.ts';

const config = loadConfig(process.env);
const db = openDatabase({ path: config.databasePath, url: config.databaseUrl });
await migrateToLatest(db);
const catalog = await readCatalog(db);
const where = config.databaseUrl ? 'PostgreSQL' : config.databasePath;

if (process.argv.includes('--rebuild')) {
  const started = performance.now();
  const built = await buildStore(db, catalog, configuredClock(config.now)().toISOString());
  console.log(
    `Rebuilt ${built.blocks} blocks (${built.figures} figures) in ${Math.round(performance.now() - started)} ms.`,
  );
}
const started = performance.now();
const { blocks, differences } = await verifyStore(db, catalog);
await db.destroy();
const took = `${Math.round(performance.now() - started)} ms`;
if (differences.length === 0) {
  console.log(`The resolved-figures store of ${where} is exact: ${blocks} blocks recomputed in ${took}.`);
} else {
  console.log(`${differences.length} differences in ${where} (${blocks} blocks recomputed in ${took}):`);
  for (const d of differences.slice(0, 50)) console.log(`  ${d.indicatorKey} ${d.year}: ${d.what}`);
  if (differences.length > 50) console.log(`  … and ${differences.length - 50} more`);
  console.log('Run `pnpm db:verify --rebuild` to build it again from the approved figures.');
  process.exitCode = 1;
}
