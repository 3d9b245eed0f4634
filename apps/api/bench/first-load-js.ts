/**
 * The JavaScript the dashboard's first page loads, as transferred (Brotli, or gzip where a
 * chunk has no .br copy): the output of apps/web/scripts/route-sizes.mjs on the last build,
 * when apps/web/dist/.vite/manifest.json exists, and whether a source file changed since that
 * build. It builds nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
const MANIFEST = join(WEB_DIR, 'dist/.vite/manifest.json');
const SCRIPT = join(WEB_DIR, 'scripts/route-sizes.mjs');

/** The newest modification time of the files under `dir`, in ms. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function printFirstLoadJs(): void {
  if (!existsSync(MANIFEST)) {
    console.log(
      `No build of the dashboard (${MANIFEST} is missing): run \`pnpm --filter @cds/web build\` first.`,
    );
    return;
  }
  const built = statSync(MANIFEST).mtimeMs;
  const sources = ['src', 'index.html', 'vite.config.ts'].map((p) => join(WEB_DIR, p)).filter(existsSync);
  const changed = sources.some(
    (p) => (statSync(p).isDirectory() ? newestUnder(p) : statSync(p).mtimeMs) > built,
  );
  console.log(
    `Build of ${new Date(built).toISOString()} (apps/web/dist${changed ? '; apps/web sources changed since: rebuild for current figures' : ''}); node apps/web/scripts/route-sizes.mjs:\n`,
  );
  const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', timeout: 60_000 });
  if (run.stdout) console.log(run.stdout.trimEnd());
  if (run.status !== 0)
    console.log(`route-sizes.mjs failed (${run.status ?? run.signal}): ${run.stderr.trim()}`);
}
