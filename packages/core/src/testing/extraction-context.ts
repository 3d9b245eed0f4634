/**
 * For tests only: the extractor's context built from the repository's reference data
 * (`data/indicators.csv`, `data/indicator-phrases.csv`, the two province lists), read as the API
 * reads them, and the report texts the tests run on. Core has no Node type definitions on
 * purpose; tests run in Node, so these declarations type just what is used here.
 */
import type { ExtractionContext } from '../extraction/extract-figures.ts';
import { extractionUnitsFromCsv } from '../extraction/find-province.ts';
import { parseIndicatorPhrases } from '../extraction/indicator-phrases.ts';
import { parseCsvRecords } from '../files/csv-text.ts';
import type { IndicatorUnit } from '../validation/validate-figure.ts';

declare const process: {
  getBuiltinModule(id: 'node:fs'): {
    readFileSync(path: object, encoding: 'utf8'): string;
    readdirSync(path: object): string[];
  };
};
declare const URL: new (url: string, base: string) => object;
const here = (import.meta as ImportMeta & { url: string }).url;

/** A file under the repository's root, as text. */
export function readRepoFile(path: string): string {
  return process.getBuiltinModule('node:fs').readFileSync(new URL(`../../../../${path}`, here), 'utf8');
}

/** The names of the files in a folder under the repository's root. */
export function listRepoFiles(path: string): string[] {
  return process.getBuiltinModule('node:fs').readdirSync(new URL(`../../../../${path}/`, here));
}

let context: ExtractionContext | null = null;

/** The catalogue, phrases and units of the repository's data (built once). */
export function extractionContext(): ExtractionContext {
  context ??= {
    catalogue: parseCsvRecords(readRepoFile('data/indicators.csv')).map((r) => ({
      key: r.key ?? '',
      unit: r.unit as IndicatorUnit,
      direction: r.direction === 'lower' ? ('lower' as const) : ('higher' as const),
      max: r.max ? Number(r.max) : null,
    })),
    phrases: parseIndicatorPhrases(readRepoFile('data/indicator-phrases.csv')),
    units: extractionUnitsFromCsv(
      readRepoFile('data/provinces-63.csv'),
      readRepoFile('data/provinces-34.csv'),
    ),
  };
  return context;
}

/** The seed reports kept in the repository (`data/seeds`) and our own (`packages/core/test-reports`). */
export function reportTexts(): { name: string; text: string }[] {
  const seeds = listRepoFiles('data/seeds').map((f) => ({ name: f, text: readRepoFile(`data/seeds/${f}`) }));
  const own = listRepoFiles('packages/core/test-reports')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readRepoFile(`packages/core/test-reports/${f}`) }));
  return [...seeds, ...own].filter((r) => r.name.endsWith('.txt'));
}
