import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8080';

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the build, at the highest
 * levels (done once, not per request); the server sends the one the browser accepts.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cds-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
        );
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|json|svg)$/.test(f))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: { proxy: { '/api': apiTarget } },
  build: {
    // Which chunks each route loads: read by scripts/route-sizes.mjs.
    manifest: true,
    // One stylesheet for every page (≈50 kB, ≈10 kB compressed): the first screen asks for one
    // file instead of three, and no page waits for its own styles after its code.
    cssCodeSplit: false,
    // Two groups, so that a cold first screen (the leader's province page) takes a handful of
    // files, not thirty: what every page uses (the app's frame, its shared code, React, TanStack,
    // core) together with the province page (the first screen, imported by the router, not lazy),
    // and the province page's parts that other pages' lazy code shares (the printed report, the
    // trend chart). Everything else — the charts (Recharts), the maps (d3-geo), the report readers
    // (mammoth, pdf.js), other pages — stays split and lazy, as before.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'app',
              test: /\/apps\/web\/src\/((shared|api|i18n|shell|router)\/|(styles|accounts)\.css)|\/packages\/core\/src\/(?!extraction\/)|\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(react|react-dom|scheduler|@tanstack|zod|hono)\//,
              priority: 2,
            },
            {
              name: 'province',
              // Left out: the trend chart (Recharts), the province page's one lazy part, and the
              // printed report's own modules (a route of its own).
              test: (id: string) =>
                /\/apps\/web\/src\/(routes\/province-route|features\/(overview|briefing|entry|figure-history|importing|rank-history))\//.test(
                  id,
                ) && !/\/(trend-chart(-parts)?|print-page|print-charts|small-chart)\.tsx$/.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: { environment: 'node' },
});
