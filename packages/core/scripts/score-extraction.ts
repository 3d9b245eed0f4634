/**
 * `pnpm --filter @cds/core score:extraction` (or `pnpm score:extraction`): the extractor's
 * precision and recall on the four seed reports (`../shared/seeds` and
 * `../shared/reference/seed-figures.csv`, beside the repository) and on our own test reports
 * (`packages/core/test-reports`), each read twice: from the text alone, and as the staff member
 * of the report's province would send it (their unit as the context's `unitId`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type ExpectedFigure,
  type ExtractionContext,
  expectedFromRecords,
  extractFigures,
  extractionUnitsFromCsv,
  type FigureProposal,
  parseCsvRecords,
  parseIndicatorPhrases,
  scoreExtraction,
} from '../src/index.ts';
import type { IndicatorUnit } from '../src/validation/validate-figure.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(path, 'utf8');
const catalogueRecords = parseCsvRecords(read(`${ROOT}data/indicators.csv`));
const context: ExtractionContext = {
  catalogue: catalogueRecords.map((r) => ({
    key: r.key ?? '',
    unit: r.unit as IndicatorUnit,
    direction: r.direction === 'lower' ? 'lower' : 'higher',
    max: r.max ? Number(r.max) : null,
  })),
  units: extractionUnitsFromCsv(read(`${ROOT}data/provinces-63.csv`), read(`${ROOT}data/provinces-34.csv`)),
  phrases: parseIndicatorPhrases(read(`${ROOT}data/indicator-phrases.csv`)),
};
const unitOf = (key: string) => context.catalogue.find((i) => i.key === key)?.unit;

function score(title: string, dir: string, expectedCsv: string): void {
  const expected = expectedFromRecords(parseCsvRecords(read(expectedCsv)), unitOf);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const mode of ['text alone', "staff member's unit as context"] as const) {
    const proposals: (FigureProposal & { sourceFile: string })[] = [];
    for (const file of files) {
      const own = expected.find((e: ExpectedFigure) => e.sourceFile === file && e.kind === 'figure');
      const unitId = mode === 'text alone' ? undefined : own?.unitId;
      const result = extractFigures(read(`${dir}/${file}`), { ...context, ...(unitId ? { unitId } : {}) });
      proposals.push(...result.proposals.map((p) => ({ ...p, sourceFile: file })));
    }
    const s = scoreExtraction(expected, proposals);
    console.log(`\n${title} — ${files.length} reports, ${mode}`);
    console.log('kind      expected  proposed  matched  precision  recall');
    for (const k of s.byKind) {
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(9);
      console.log(
        `${k.kind.padEnd(8)} ${String(k.expected).padStart(9)} ${String(k.proposed).padStart(9)} ${String(k.matched).padStart(8)} ${pct(k.precision)} ${pct(k.recall)}`,
      );
    }
    console.log(`proposals from dates or document numbers: ${s.distractorProposals}`);
    for (const e of s.unmatchedExpected)
      console.log(
        `  missed:   ${e.sourceFile} ${e.unitId} ${e.period} ${e.indicatorKey} ${e.kind} ${e.value}`,
      );
    for (const p of s.unmatchedProposals)
      console.log(
        `  unwanted: ${p.sourceFile} ${p.unitId} ${p.period} ${p.indicatorKey} ${p.kind} ${p.value} «${p.quote}»`,
      );
  }
}

const shared = `${ROOT}../shared`;
if (existsSync(`${shared}/seeds`) && existsSync(`${shared}/reference/seed-figures.csv`)) {
  score('Seed reports', `${shared}/seeds`, `${shared}/reference/seed-figures.csv`);
} else {
  console.log(
    `Seed reports: not found under ${shared}/seeds and ${shared}/reference/seed-figures.csv (they live beside the repository, not in it); skipped.`,
  );
}
score(
  'Our test reports',
  `${ROOT}packages/core/test-reports`,
  `${ROOT}packages/core/test-reports/expected-figures.csv`,
);
