/**
 * `pnpm --filter @cds/core bench:extraction`: reading a ~20-page report (the seed and test
 * reports repeated to about 60,000 characters). Target: under 100 ms.
 */
import { bench, describe } from 'vitest';
import { extractionContext, reportTexts } from '../testing/extraction-context.ts';
import { extractFigures } from './extract-figures.ts';

const all = reportTexts().map((r) => r.text);
let long = '';
for (let i = 0; long.length < 60_000; i++) long += `${all[i % all.length]}\n\n`;
const context = extractionContext();

describe(`a ${long.length.toLocaleString('en')}-character report`, () => {
  bench('extractFigures', () => {
    extractFigures(long, context);
  });
});
