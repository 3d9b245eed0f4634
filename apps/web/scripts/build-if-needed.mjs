// Builds the dashboard when dist/ is missing or older than any source file, so
// `pnpm start` is quick on the second run and never serves a stale build.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const core = new URL('../../../packages/core/src', import.meta.url).pathname;

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = join(root, 'dist/index.html');
const sources = Math.max(newest(join(root, 'src')), newest(core), statSync(join(root, 'index.html')).mtimeMs);
if (existsSync(built) && statSync(built).mtimeMs >= sources) {
  console.log('Dashboard build is up to date.');
} else {
  console.log('Building the dashboard…');
  // Always the production build: run from a test runner, NODE_ENV=test would give React's
  // development build, slower, larger, and then reused by `pnpm start` as "up to date".
  execSync('pnpm exec vite build', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
