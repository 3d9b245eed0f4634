// The JavaScript each route loads before it shows, compressed as the server sends it (the Brotli
// copy written at build time; gzip where a file is too small to have one),
// read from the Vite manifest of the last build: `pnpm --filter @cds/web size` after a build.
//   shell  = the entry and what it imports statically (the same for every route)
//   route  = the route's own chunks beyond the shell
//   later  = what the page then loads on demand (charts, the map)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const ROUTES = {
  // The first screen: its code is in the shell (the entry); what it loads later is its trend chart.
  '/tinh/$unitId': 'index.html',
  '/tinh/$unitId/ban-in': 'src/features/briefing/print-page.tsx',
  '/xep-hang/$indicator': 'src/features/national-picture/national-picture-page.tsx',
  '/so-sanh': 'src/features/compare/compare-page.tsx',
  '/bao-cao': 'src/features/reporting/inbox-page.tsx',
  '/quan-tri/nguoi-dung': 'src/features/admin/users-page.tsx',
  '/dang-nhap': 'src/routes/login-route.tsx',
};

/** What a route in the shell loads on demand (the shell's dynamic imports are every lazy route). */
const LATER = { '/tinh/$unitId': ['src/features/overview/trend-chart.tsx'] };

const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) {
    const path = join(dist, file);
    const brotli = `${path}.br`;
    gzipped.set(file, existsSync(brotli) ? statSync(brotli).size : gzipSync(readFileSync(path)).length);
  }
  return gzipped.get(file);
};

/** Every chunk a manifest key pulls in statically, itself included. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}
const files = (keys) => new Set([...keys].map((k) => manifest[k].file));
const total = (set) => [...set].reduce((sum, file) => sum + sizeOf(file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const shell = files(closure(entryKey));
const rows = Object.entries(ROUTES).map(([path, key]) => {
  if (!manifest[key]) throw new Error(`${key} is not a chunk of the build: is ${path} still split?`);
  const own = [...files(closure(key))].filter((f) => !shell.has(f));
  const later = new Set();
  for (const k of closure(key)) {
    if (shell.has(manifest[k].file)) continue;
    for (const dynamic of manifest[k].dynamicImports ?? []) {
      for (const f of files(closure(dynamic))) if (!shell.has(f) && !own.includes(f)) later.add(f);
    }
  }
  // A route in the shell (the first screen) loads later what its own lazy parts need.
  for (const dynamic of LATER[path] ?? []) {
    for (const f of files(closure(dynamic))) if (!shell.has(f)) later.add(f);
  }
  return { path, shell: total(shell), route: total(new Set(own)), later: total(later) };
});

console.log('route                   shell     route     first load   later (on demand)');
for (const r of rows) {
  console.log(
    `${r.path.padEnd(22)}  ${kb(r.shell).padStart(8)}  ${kb(r.route).padStart(8)}  ${kb(r.shell + r.route).padStart(11)}   ${kb(r.later).padStart(8)}`,
  );
}
