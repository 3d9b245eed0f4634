/**
 * Features import shared code, never each other: a screen can be changed or removed without
 * breaking another. Routes (`src/routes/`) are where features are put together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES_DIR = new URL('.', import.meta.url).pathname;
const features = readdirSync(FEATURES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesOf(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('feature boundaries', () => {
  it('finds the features', () => {
    expect(features).toEqual(
      expect.arrayContaining([
        'overview',
        'national-picture',
        'compare',
        'briefing',
        'entry',
        'auth',
        'admin',
      ]),
    );
  });

  it.each(features)('%s imports no other feature', (feature) => {
    const crossings = sourcesOf(join(FEATURES_DIR, feature)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)]
        .map((m) => m[1] as string)
        .filter((path) => features.some((other) => other !== feature && path.startsWith(`../${other}/`)))
        .map((path) => `${file.slice(FEATURES_DIR.length)} → ${path}`),
    );
    expect(crossings).toEqual([]);
  });
});
